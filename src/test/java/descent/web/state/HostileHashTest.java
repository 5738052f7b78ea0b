package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.experiment.PlaygroundConfig;
import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Specific garbled and hostile hashes: each gives a valid configuration and says what it dropped. */
class HostileHashTest {
    /** Decodes, checks validity, and returns the notices joined by " | " (which must mention each of expect). */
    private static DecodedState read(String hash, String... expect) {
        DecodedState s = HashState.decode(hash);
        ValidState.check(s, hash);
        String all = String.join(" | ", s.notices());
        assertFalse(s.notices().isEmpty(), "a notice for " + ValidState.shorten(hash));
        for (String e : expect) {
            assertTrue(all.contains(e), "expected \"" + e + "\" in: " + all);
        }
        return s;
    }

    private static PlaygroundConfig defaults() {
        return new PlaygroundConfig();
    }

    @Test
    void prototypeKeysAreUnknownKeys() {
        for (String key : new String[] {"__proto__", "constructor", "prototype", "__proto__.polluted", "hasOwnProperty"}) {
            DecodedState s = read(key + "=1", "ignored unknown key \"" + key);
            assertEquals(ConfigText.of(defaults()), ConfigText.of(s.config()));
        }
        read("__proto__[x]=1&noise=0.2", "__proto__");
    }

    @Test
    void nonFiniteNumbersAreIgnored() {
        assertEquals(0.1, read("l0.lr=NaN", "l0.lr: \"NaN\" is not a number, kept 0.1").config().lanes[0].settings.learningRate());
        assertEquals(0.1, read("l0.lr=1e400", "l0.lr: \"1e400\" is not finite, kept 0.1").config().lanes[0].settings.learningRate());
        read("l2.lr=-Infinity", "is not a number, kept 0.01");
        read("l2.lr=0x10", "is not a number");
        read("points=", "points: no value, kept 400");
        read("noise", "noise: no value, kept 0.1");
    }

    @Test
    void outOfRangeNumbersAreClamped() {
        assertEquals(0.0, read("noise=-3", "noise: \"-3\" clamped to 0 (allowed 0 to 0.5)").config().noise);
        assertEquals(0.5, read("noise=7", "clamped to 0.5").config().noise);
        assertEquals(6, read("lanes=99999", "lanes: \"99999\" clamped to 6").config().lanes.length);
        assertEquals(1, read("lanes=0", "clamped to 1").config().lanes.length);
        assertEquals(100, read("l0.lr=1e9", "clamped to 100").config().lanes[0].settings.learningRate());
        assertEquals(1e-6, read("l0.lr=0", "clamped to 1e-6").config().lanes[0].settings.learningRate());
        assertEquals(Integer.MAX_VALUE, read("seed=99999999999999999999", "clamped to 2147483647").config().seed);
        assertEquals(13, read("points=12.5", "points: \"12.5\" is not a whole number, rounded to 13").config().points);
        assertEquals(10, read("points=3", "clamped to 10").config().points);
        assertEquals(0.9999, read("l1.mom=1", "clamped to 0.9999").config().lanes[1].settings.momentum());
    }

    @Test
    void absurdSizesAreCut() {
        StringBuilder layers = new StringBuilder("layers=");
        for (int i = 0; i < 100; i++) {
            layers.append(i == 0 ? "" : ",").append(64);
        }
        int[] read = read(layers.toString(), "layers: more than 12 entries, only the first 12 kept").config().hiddenLayers;
        assertEquals(12, read.length);
        assertEquals(64, read[11]);

        assertEquals(12, read("layers=" + "8,".repeat(1000), "more than 12").config().hiddenLayers.length);
        assertEquals(64, read("layers=1000", "clamped to 64").config().hiddenLayers[0]);

        String label = read("l0.label=" + "x".repeat(10 * 1024 * 1024), "the link's state is 10485769 characters long",
                "l0.label: changed to").config().lanes[0].label;
        assertEquals("x".repeat(32), label);

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            many.append("junk").append(i).append("=1&");
        }
        DecodedState s = read(many.toString(), "ignored unknown key \"junk0\"", "more problems");
        assertEquals(Limits.MAX_NOTICES + 1, s.notices().size());
    }

    @Test
    void aMegabyteOfAnythingIsReadOnlyUpToTheLimit() {
        StringBuilder b = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        while (b.length() < 1 << 20) {
            b.append((char) random.nextInt(0x10000));
        }
        // What bounds the work is the limit, not the machine: whatever follows it changes nothing.
        String megabyte = "lanes=2&l1.opt=adam&" + b;
        DecodedState whole = read(megabyte, "only the parts within the first 8192 were read");
        DecodedState head = HashState.decode(megabyte.substring(0, 8192));
        assertEquals(HashState.encode(head.config(), head.hidden()), HashState.encode(whole.config(), whole.hidden()));
        assertEquals(2, whole.config().lanes.length);
        read("%".repeat(1 << 20), "within the first 8192", "broken percent-encoding");
        read("a=".repeat(1 << 19), "within the first 8192");
    }

    @Test
    void markupIsJustText() {
        DecodedState s = read("l0.label=<script>alert(1)</script>", "l0.label: changed to \"‹script›alert(1)‹/script›\"");
        assertEquals("‹script›alert(1)‹/script›", s.config().lanes[0].label);
        read("l0.label=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "‹script›");
        DecodedState d = read("data=<img src=x onerror=alert(1)>",
                "data: \"‹img src=x onerror=alert(1)›\" is not a dataset (circle, xor,", "kept circle");
        assertEquals(DatasetKind.CIRCLE, d.config().dataset);
        read("<svg/onload=alert(1)>=1", "ignored unknown key \"‹svg/onload\"");
        read("lesson=<b>x</b>", "lesson: \"‹b›x‹/b›\" is not an id");
        assertEquals("", read("lesson=javascript:alert(1)", "is not an id").config().lesson);
    }

    @Test
    void controlCharactersNeverReachTheLabelsOrTheNotices() {
        DecodedState s = read("l1.label=a%00b%0Ac%E2%80%AEd%C2%85e&x%07y=1&noise=%1B[31m", "ignored unknown key \"xy\"");
        assertEquals("abcde", s.config().lanes[1].label);
        assertTrue(String.join("", s.notices()).contains("\"[31m\""));
    }

    @Test
    void brokenPercentEncodingIsDroppedWithANotice() {
        read("%E0%A4%A", "broken percent-encoding in \"%E0%A4%A\"");
        read("%", "broken percent-encoding in \"%\"");
        DecodedState s = read("noise=0.2&l0.label=%E0%A4%A&seed=%ZZ", "broken percent-encoding in \"l0.label=%E0%A4%A\"",
                "\"seed=%ZZ\"");
        assertEquals(0.2, s.config().noise, "the good parts are still read");
        assertEquals("", s.config().lanes[0].label);
        read("l0.label=%ED%A0%80", "broken"); // an encoded lone surrogate
    }

    @Test
    void emptyAndSeparatorOnlyHashesAreTheDefaultsWithNothingToReport() {
        // Nothing is dropped from these, so there is nothing to say: the default page has an empty hash.
        for (String h : new String[] {"", "#", "?", "#?", "&&&", "#&&&&", "&", null}) {
            DecodedState s = HashState.decode(h);
            ValidState.check(s, String.valueOf(h));
            assertEquals(ConfigText.of(defaults()), ConfigText.of(s.config()), h);
            assertEquals(List.of(), s.notices(), h);
        }
    }

    @Test
    void separatorsAndLeadingMarksAreTolerated() {
        DecodedState s = HashState.decode("#?noise=0.2&&&seed=5&&l0.label=two+words&");
        assertEquals(List.of(), s.notices());
        assertEquals(0.2, s.config().noise);
        assertEquals(5, s.config().seed);
        assertEquals("two words", s.config().lanes[0].label);
        read("=5&noise=0.3", "ignored \"=5\", which has no key");
        read("noise=0.2=3", "noise: \"0.2=3\" is not a number");
    }

    @Test
    void repeatedKeysKeepTheLastValue() {
        DecodedState s = read("noise=0.2&seed=3&noise=0.3&noise=0.4", "\"noise\" appears more than once; the last value was used");
        assertEquals(0.4, s.config().noise);
        assertEquals(1, s.notices().size(), "one notice per repeated key");
    }

    @Test
    void keysOfMissingLanesAreIgnoredWithANotice() {
        read("l4.lr=0.5", "ignored l4.lr: the state has 4 lanes (lanes=4)");
        read("lanes=1&l1.opt=adam", "ignored l1.opt: the state has 1 lane");
        read("l7.lr=0.5", "ignored l7.lr: there are at most 6 lanes");
        read("l0.nope=1", "ignored unknown key \"l0.nope\"");
        read("l00.lr=1", "ignored unknown key \"l00.lr\"");
        read("L0.lr=1", "ignored unknown key \"L0.lr\"");
        assertEquals(0.5, HashState.decode("lanes=5&l4.lr=0.5").config().lanes[4].settings.learningRate());
    }

    @Test
    void unusableChoicesAndFlagsKeepTheirValue() {
        assertEquals(OptimizerKind.ADAM, read("l3.opt=adamm", "l3.opt: \"adamm\" is not an optimizer", "kept adam")
                .config().lanes[3].optimizer);
        assertTrue(read("shuffle=maybe", "shuffle: \"maybe\" is not 1 or 0, kept 1").config().shuffle);
        assertEquals(OptimizerKind.GD, HashState.decode("l1.opt=sgd").config().lanes[1].optimizer, "alias");
        assertEquals(OptimizerKind.ADAM, HashState.decode("l0.opt=ADAM").config().lanes[0].optimizer, "any case");
        assertTrue(HashState.decode("l0.opt=ADAM&log=TRUE").isClean());
    }

    @Test
    void valuesThatTheSettingsCannotCombineAreReported() {
        DecodedState s = read("l0.c1=0.5&l0.c2=0.1", "l0.c1 must be below l0.c2; kept c1 = 1e-4 and c2 = 0.9");
        assertEquals(1e-4, s.config().lanes[0].settings.armijoC1());
        read("l0.tau=50", "l0.tau: ignored, only the linear, inverse-time and cosine schedules read it (l0.sched is constant)");
        read("l0.sched=step&l0.gamma=0.9", "l0.gamma: ignored, only the exponential schedule reads it");
    }

    @Test
    void malformedListsKeepTheirGoodEntries() {
        assertEquals("[8, 4]", java.util.Arrays.toString(read("layers=8,x,4", "layers: dropped the entry \"x\"")
                .config().hiddenLayers));
        assertEquals("[1]", java.util.Arrays.toString(read("layers=0", "clamped to 1").config().hiddenLayers));
        DecodedState s = read("hide=seed,Bad,a_b,%3Cx%3E,noise", "hide: dropped \"Bad\"", "dropped \"‹x›\"");
        assertEquals(java.util.Set.of("noise", "seed"), s.hidden());
        assertEquals(List.of(), HashState.decode("hide=seed,,noise,seed,").notices());
    }
}
