package descent.web.state;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerSettings;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The promise of {@link HashState#decode}, checked against the documented bounds written out again here
 * (not read from the table, so a wrong row in the table fails): every field set and within bounds, 1 to 6
 * lanes, labels short and clean, notices bounded and clean, and every lane buildable. Messages are built
 * only on failure: the fuzz test calls this thousands of times.
 */
final class ValidState {
    private ValidState() {
    }

    static void check(DecodedState s, String input) {
        PlaygroundConfig c = s.config();
        require(c.dataset != null && c.activation != null && c.loss != null, "enums set", input);
        in(c.points, 10, 2000, "points", input);
        in(c.scaleX, 0.01, 100, "sx", input);
        in(c.scaleY, 0.01, 100, "sy", input);
        in(c.noise, 0, 0.5, "noise", input);
        in(c.trainFraction, 0.1, 0.9, "split", input);
        in(c.seed, 0, Integer.MAX_VALUE, "seed", input);
        require(c.hiddenLayers.length <= 12, "at most 12 layers", input);
        for (int w : c.hiddenLayers) {
            in(w, 1, 64, "layer width", input);
        }
        require(c.lesson.isEmpty() || SafeText.isToken(c.lesson, 40), "lesson id", input);
        in(c.lanes.length, 1, 6, "lanes", input);
        for (int i = 0; i < c.lanes.length; i++) {
            lane(c.lanes[i], input);
            c.runConfig(i); // the page builds runs from these
        }
        require(s.hidden().size() <= 32, "at most 32 hidden ids", input);
        for (String id : s.hidden()) {
            require(SafeText.isToken(id, 24), "hidden id " + id, input);
        }
        require(s.notices().size() <= Limits.MAX_NOTICES + 1, "notices are bounded", input);
        for (String n : s.notices()) {
            require(n.length() < 400, "notice length", input);
            assertClean(n, "notice", input);
            require(!n.equals(HashState.INTERNAL_ERROR), "no internal error", input);
        }
    }

    /** The fields of the model, for ModelCoverageTest: a new one must be given a row or listed as off the URL. */
    static final java.util.Set<String> SHARED_FIELDS = java.util.Set.of("dataset", "points", "scaleX", "scaleY", "noise",
            "trainFraction", "seed", "hiddenLayers", "activation", "loss", "shuffle", "lanes", "lesson", "logScale", "examplesAxis",
            "smoothCharts", "ownData", "ruleViews", "diagramViews", "surface", "table");
    /** Kept out of the link on purpose: a learner's own points live in local storage (key own says they exist). */
    static final java.util.Set<String> NOT_IN_URL = java.util.Set.of("customData", "customTable", "loadedTable");
    static final java.util.Set<String> LANE_FIELDS = java.util.Set.of("label", "optimizer", "settings", "batchSize",
            "init", "initScale", "batchNorm", "schedule", "clip", "clipThreshold", "averaging", "averagingDecay", "l2");

    private static void lane(LaneConfig l, String input) {
        require(l.optimizer != null && l.init != null && l.clip != null && l.averaging != null, "lane enums", input);
        require(l.label.length() <= 32, "label length", input);
        assertClean(l.label, "label", input);
        require(l.label.isEmpty() || l.label.charAt(0) != ' ' && l.label.charAt(l.label.length() - 1) != ' ',
                "label trimmed", input);
        OptimizerSettings s = l.settings;
        in(s.learningRate(), 1e-6, 100, "lr", input);
        in(s.momentum(), 0, 0.9999, "mom", input);
        in(s.rho(), 0, 0.9999, "rho", input);
        in(s.beta1(), 0, 0.9999, "b1", input);
        in(s.beta2(), 0, 0.9999, "b2", input);
        in(s.delta(), 0, 1, "delta", input);
        in(s.weightDecay(), 0, 1, "wd", input);
        in(s.memory(), 1, 50, "mem", input);
        in(s.armijoC1(), 1e-6, 0.5, "c1", input);
        in(s.wolfeC2(), 1e-3, 0.999, "c2", input);
        require(s.armijoC1() < s.wolfeC2(), "c1 < c2", input);
        in(s.maxLineSearchTrials(), 1, 100, "trials", input);
        in(s.damping(), 0, 1000, "damp", input);
        in(l.batchSize, 0, 2000, "batch", input);
        in(l.initScale, 0, 10, "scale", input);
        LearningRateSchedule r = l.schedule;
        in(r.tau(), 1, 100000, "tau", input);
        in(r.finalFraction(), 0, 1, "final", input);
        in(r.stepEvery(), 1, 100000, "every", input);
        in(r.stepFactor(), 0.01, 1, "factor", input);
        in(r.gamma(), 0.5, 1, "gamma", input);
        in(r.warmupSteps(), 0, 100000, "warmup", input);
        in(l.clipThreshold, 1e-4, 1e4, "clipc", input);
        in(l.averagingDecay, 0, 0.9999, "avgd", input);
        in(l.l2, 0, 1, "l2", input);
        l.optimizer.create(l.settings, 3); // settings the rule accepts
    }

    /** No control characters, no unpaired surrogates, no angle brackets. */
    static void assertClean(String s, String what, String input) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '<' || c == '>' || c == 0x202E || c == 0x2028
                    || Character.isLowSurrogate(c)
                    || Character.isHighSurrogate(c) && !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)));
            if (bad) {
                fail(what + " has character U+" + Integer.toHexString(c) + ": " + s + " (input: " + shorten(input) + ")");
            }
        }
    }

    private static void in(double v, double min, double max, String what, String input) {
        if (!(v >= min && v <= max)) {
            fail(what + " = " + v + " outside [" + min + ", " + max + "] (input: " + shorten(input) + ")");
        }
    }

    private static void require(boolean ok, String what, String input) {
        if (!ok) {
            fail(what + " (input: " + shorten(input) + ")");
        }
    }

    static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "… (" + s.length() + " chars)" : s;
    }
}
