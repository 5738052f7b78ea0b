package descent.web.state;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of generated hashes, from a fixed seed: mixtures of valid keys with valid values, unknown keys,
 * junk and out-of-range values, keys of missing lanes, broken and random percent-encoding, very long values
 * and stray separators. The generator knows which parts must be reported, which must pass silently, and
 * which could go either way, and checks each decode against that.
 */
class HashFuzzTest {
    private static final int HASHES = 5000;

    @Test
    void generatedHashesNeverBreakTheState() {
        Random random = new Random(20261122L);
        int bad = 0;
        int clean = 0;
        for (int k = 0; k < HASHES; k++) {
            Generated g = new Generated(random);
            DecodedState s;
            try {
                s = HashState.decode(g.hash);
            } catch (Throwable thrown) {
                fail("decode threw on " + ValidState.shorten(g.hash), thrown);
                return;
            }
            ValidState.check(s, g.hash);
            if (g.mustReport) {
                bad++;
                assertFalse(s.notices().isEmpty(), "no notice for " + ValidState.shorten(g.hash) + " (" + g.why + ")");
            } else if (!g.unsure) {
                clean++;
                assertEquals(List.of(), s.notices(), ValidState.shorten(g.hash));
            }
            String again = HashState.encode(s.config(), s.hidden());
            DecodedState t = HashState.decode(again);
            ConfigText.assertSame(s.config(), t.config(), again);
            assertEquals(s.hidden(), t.hidden(), again);
            assertEquals(List.of(), t.notices(), again);
        }
        assertTrue(bad > HASHES / 3 && clean > HASHES / 20, "a mix of hostile and clean hashes: " + bad + ", " + clean);
    }

    /** One generated hash and what its decode must report. */
    private static final class Generated {
        private final Random random;
        private final RandomConfigs values;
        private final List<String> parts = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private int lanes = 4;
        private boolean longValue;
        boolean mustReport;
        boolean unsure;
        String why = "";
        final String hash;

        Generated(Random random) {
            this.random = random;
            this.values = new RandomConfigs(random.nextLong());
            if (random.nextInt(20) == 0) {
                hash = randomText(random.nextInt(200));
                unsure = true;
                return;
            }
            if (random.nextBoolean()) {
                lanes = 1 + random.nextInt(6);
                add("lanes", Integer.toString(lanes), false);
            }
            int n = random.nextInt(25);
            for (int i = 0; i < n; i++) {
                addRandomPart();
            }
            Collections.shuffle(parts, random);
            StringBuilder b = new StringBuilder(new String[] {"", "#", "?", "#?", "&"}[random.nextInt(5)]);
            for (String p : parts) {
                b.append(b.length() > 1 || b.length() == 1 && b.charAt(0) != '#' && b.charAt(0) != '?' ? "&" : "")
                        .append(p).append(random.nextInt(10) == 0 ? "&" : "");
            }
            hash = b.toString();
            if (hash.length() > Limits.MAX_HASH_CHARS) {
                report("longer than the read limit");
            }
        }

        private void addRandomPart() {
            int c = random.nextInt(100);
            if (c < 30) {
                Property<SharedDraft> row = pick(StateTable.SHARED);
                if (!row.key().equals("lanes")) {
                    add(row.key(), good(row), false);
                }
            } else if (c < 55) {
                Property<LaneDraft> row = pick(StateTable.LANE);
                add(StateTable.prefix(random.nextInt(lanes)) + row.key(), good(row), false);
                if (!row.relevance().isEmpty() || row.key().equals("c1") || row.key().equals("c2")) {
                    unsure = true; // depends on the lane's schedule, or on the other line-search constant
                }
            } else if (c < 70) {
                boolean shared = random.nextBoolean();
                Property<?> row = shared ? pick(StateTable.SHARED)
                        : pick(StateTable.LANE);
                String key = shared ? row.key() : StateTable.prefix(random.nextInt(6)) + row.key();
                add(key, junk(row), true);
                report("junk value for " + key);
            } else if (c < 78) {
                String[] unknown = {"__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "foo",
                    "l7.lr", "l9.opt", "l0.nope", "L0.lr", "l00.lr", "l-1.lr", "lanes ", "zz" + randomText(8)};
                add(unknown[random.nextInt(unknown.length)], randomText(random.nextInt(10)), true);
                report("unknown key");
            } else if (c < 83) {
                if (lanes < 6) {
                    Property<LaneDraft> row = pick(StateTable.LANE);
                    add(StateTable.prefix(lanes + random.nextInt(6 - lanes)) + row.key(), good(row), true);
                    report("a lane beyond lanes=" + lanes);
                }
            } else if (c < 88) {
                String[] broken = {"%E0%A4%A", "%", "%G1", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%E2%82"};
                String b = broken[random.nextInt(broken.length)];
                parts.add(random.nextBoolean() ? "noise=0" + b : "no" + b + "ise=0.2");
                report("broken percent-encoding");
            } else if (c < 93) {
                StringBuilder bytes = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    bytes.append('%').append(Character.forDigit(random.nextInt(16), 16))
                            .append(Character.forDigit(random.nextInt(16), 16));
                }
                Property<SharedDraft> row = pick(StateTable.SHARED);
                parts.add(row.key() + "=" + bytes);
                unsure = true;
                keys.add(row.key());
            } else if (c < 96) {
                if (longValue) {
                    return; // one very long value per hash at most: they cost far more than the rest
                }
                longValue = true;
                int length = 100 + random.nextInt(random.nextInt(8) == 0 ? 20000 : 2000);
                String[] longKeys = {"noise", "l0.lr", "l1.label", "layers", "hide", "lesson", "zz-unknown"};
                String key = longKeys[random.nextInt(longKeys.length)];
                // hide: always more ids than the limit (length / 4 alone could fall within it, with no notice)
                String v = key.equals("layers") ? "8,".repeat(length / 2)
                        : key.equals("hide") ? distinctIds(Limits.MAX_HIDE_IDS + 1 + length / 4)
                        : key.endsWith("label") ? "x".repeat(length) : "9".repeat(length);
                add(key, v, true);
                report("a very long value for " + key);
            } else {
                String[] stray = {"=", "=5", "==", "=&="};
                parts.add(stray[random.nextInt(stray.length)]);
                report("a value without a key");
            }
        }

        private <T> Property<T> pick(List<Property<T>> rows) {
            return rows.get(random.nextInt(rows.size()));
        }

        private void add(String key, String value, boolean alreadyBad) {
            if (!keys.add(key) && !alreadyBad) {
                report("repeated key " + key);
            }
            String k = random.nextInt(10) == 0 ? escapeAll(key) : key;
            String v = random.nextBoolean() && plain(value) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
            parts.add(random.nextInt(15) == 0 && value.isEmpty() && !alreadyBad ? k + "=" : k + "=" + v);
        }

        private void report(String reason) {
            mustReport = true;
            why = why.isEmpty() ? reason : why;
        }

        /** A value the row accepts as it is. */
        private String good(Property<?> row) {
            if (row instanceof IntProperty) {
                IntProperty<?> p = (IntProperty<?>) row;
                return Integer.toString(p.min + (int) (random.nextDouble() * ((double) p.max - p.min + 1)));
            } else if (row instanceof RealProperty) {
                RealProperty<?> p = (RealProperty<?>) row;
                return Double.toString(values.real(p.min, p.max));
            } else if (row instanceof FlagProperty) {
                return new String[] {"1", "0", "true", "off", "YES", "no"}[random.nextInt(6)];
            } else if (row instanceof ChoiceProperty) {
                ChoiceProperty<?, ?> p = (ChoiceProperty<?, ?>) row;
                String id = idOf(p, values.pick(p.choices()));
                return random.nextInt(5) == 0 ? id.toUpperCase() : id;
            } else if (row instanceof IntListProperty) {
                IntListProperty<?> p = (IntListProperty<?>) row;
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(p.maxCount + 1); i > 0; i--) {
                    b.append(b.length() == 0 ? "" : ",").append(values.between(p.min(), p.max()));
                }
                return b.toString();
            } else if (row instanceof LaneSetProperty) {
                StringBuilder b = new StringBuilder(); // ascending, without repeats: the one spelling of a set
                for (int lane = 0; lane < ((LaneSetProperty<?>) row).maxLanes; lane++) {
                    if (random.nextBoolean()) {
                        b.append(b.length() == 0 ? "" : ",").append(lane);
                    }
                }
                return b.toString();
            } else if (row instanceof LabelProperty) {
                return values.label();
            } else if (row instanceof TokenProperty) {
                return random.nextInt(4) == 0 ? "" : values.token(((TokenProperty<?>) row).maxLength);
            } else {
                TokenSetProperty<?> p = (TokenSetProperty<?>) row;
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(p.maxCount + 1); i > 0; i--) {
                    b.append(b.length() == 0 ? "" : ",").append(values.token(p.maxLength));
                }
                return b.toString();
            }
        }

        @SuppressWarnings("unchecked")
        private static <E> String idOf(ChoiceProperty<?, E> p, Object value) {
            return p.idOf((E) value);
        }

        /** A value the row cannot take as it is. */
        private String junk(Property<?> row) {
            if (row instanceof IntProperty || row instanceof RealProperty) {
                double min = row instanceof IntProperty ? ((IntProperty<?>) row).min : ((RealProperty<?>) row).min;
                double max = row instanceof IntProperty ? ((IntProperty<?>) row).max : ((RealProperty<?>) row).max;
                String[] junk = {"NaN", "abc", "", "1e400", "-1e400", "Infinity", "0x1A", "1,5", "١", "9".repeat(70),
                    "<script>", " ", "1e", "--1"};
                switch (random.nextInt(3)) {
                    case 0: return Double.toString(max + 1 + random.nextInt(1000) + (max >= 1e9 ? max : 0));
                    case 1: return Double.toString(min - 1 - random.nextInt(1000));
                    default: return junk[random.nextInt(junk.length)];
                }
            } else if (row instanceof FlagProperty) {
                return new String[] {"maybe", "2", "", "-1", "1.0"}[random.nextInt(5)];
            } else if (row instanceof ChoiceProperty) {
                return new String[] {"zzz", "", "<img src=x onerror=alert(1)>", "adam!", "__proto__"}[random.nextInt(5)];
            } else if (row instanceof IntListProperty) {
                return new String[] {"x", "8,x", "0", "65", "8,".repeat(13 + random.nextInt(50)), "-5", "8;8"}[random.nextInt(7)];
            } else if (row instanceof LaneSetProperty) {
                return new String[] {"x", "0,x", "6", "-1", "0,".repeat(7 + random.nextInt(20)), "1;2"}[random.nextInt(6)];
            } else if (row instanceof LabelProperty) {
                return new String[] {"x".repeat(33 + random.nextInt(3000)), "<b>hi</b>", "a\u0001b", " padded ",
                    "\u202Eevil", "tab\there"}[random.nextInt(6)];
            } else if (row instanceof TokenProperty) {
                return new String[] {"Bad", "../x", "x".repeat(41), "a b", "<i>"}[random.nextInt(5)];
            } else {
                StringBuilder many = new StringBuilder();
                for (int i = 0; i < 40; i++) {
                    many.append("id").append(i).append(',');
                }
                return new String[] {"Bad", "a,B", "<x>", many.toString(), "x".repeat(25)}[random.nextInt(5)];
            }
        }

        private static String distinctIds(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append('i').append(i).append(',');
            }
            return b.toString();
        }

        private String randomText(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : (char) (32 + random.nextInt(95)));
            }
            return b.toString();
        }

        private static boolean plain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                        || c == ',')) {
                    return false;
                }
            }
            return true;
        }

        private static String escapeAll(String key) {
            StringBuilder b = new StringBuilder();
            for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
                b.append('%').append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            return b.toString();
        }
    }
}
