package descent.core.experiment;

import descent.core.optim.OptimizerSettings;
import descent.core.text.NumberText;

/**
 * What a learner changed from a lesson's preset, in words for the page: "seed 1 → 2; lane 2: ε 0.2 → 0.1".
 * Lane labels and view flags (log scale) are not settings of the experiment and are not compared; lanes
 * added after the lesson's own are reported as added, missing ones as removed.
 */
public final class LessonVariation {
    private LessonVariation() {
    }

    /** The changes from {@code preset} to {@code now}, "; "-separated; empty when {@code now} is the preset. */
    public static String changes(PlaygroundConfig preset, PlaygroundConfig now) {
        StringBuilder s = new StringBuilder();
        if (now.usesOwn() != preset.usesOwn()) {
            add(s, now.usesOwn() ? "your own data" : "generated data");
        } else if (now.dataset != preset.dataset) {
            add(s, "data " + name(preset.dataset.name()) + " → " + name(now.dataset.name()));
        }
        number(s, "points", preset.points, now.points);
        number(s, "noise", preset.noise, now.noise);
        number(s, "stretch x", preset.scaleX, now.scaleX);
        number(s, "stretch y", preset.scaleY, now.scaleY);
        number(s, "training share", preset.trainFraction, now.trainFraction);
        if (now.seed != preset.seed) {
            add(s, "seed " + preset.seed + " → " + now.seed);
        }
        if (!java.util.Arrays.equals(now.hiddenLayers, preset.hiddenLayers)) {
            add(s, "hidden layers " + layers(preset.hiddenLayers) + " → " + layers(now.hiddenLayers));
        }
        if (now.activation != preset.activation) {
            add(s, "activation " + name(preset.activation.name()) + " → " + name(now.activation.name()));
        }
        if (now.loss != preset.loss) {
            add(s, "loss " + name(preset.loss.name()) + " → " + name(now.loss.name()));
        }
        if (now.shuffle != preset.shuffle) {
            add(s, now.shuffle ? "shuffling on" : "shuffling off");
        }
        int common = Math.min(preset.lanes.length, now.lanes.length);
        for (int i = 0; i < common; i++) {
            lane(s, i, preset.lanes[i], now.lanes[i]);
        }
        for (int i = common; i < now.lanes.length; i++) {
            add(s, "added lane " + (i + 1) + " (" + now.lanes[i].displayLabel() + ")");
        }
        if (now.lanes.length < preset.lanes.length) {
            add(s, "removed " + (preset.lanes.length - now.lanes.length) + " of the lesson's lanes");
        }
        return s.toString();
    }

    /** What changed from lane {@code a} to lane {@code b}, "; "-separated; empty when they train alike. */
    static String lane(LaneConfig a, LaneConfig b) {
        StringBuilder s = new StringBuilder();
        lane(s, 0, a, b);
        return s.toString();
    }

    private static void lane(StringBuilder s, int i, LaneConfig a, LaneConfig b) {
        String p = "lane " + (i + 1) + ": ";
        if (a.optimizer != b.optimizer) {
            add(s, p + a.optimizer.label() + " → " + b.optimizer.label());
        } else {
            OptimizerSettings x = a.settings;
            OptimizerSettings y = b.settings;
            if (a.optimizer.usesLearningRate()) {
                number(s, p + "ε", x.learningRate(), y.learningRate());
            }
            number(s, p + "momentum", x.momentum(), y.momentum());
            number(s, p + "ρ", x.rho(), y.rho());
            number(s, p + "β₁", x.beta1(), y.beta1());
            number(s, p + "β₂", x.beta2(), y.beta2());
            number(s, p + "δ", x.delta(), y.delta());
        }
        if (a.batchSize != b.batchSize) {
            add(s, p + "batch " + batch(a.batchSize) + " → " + batch(b.batchSize));
        }
        if (a.init != b.init) {
            add(s, p + "init " + a.init.label() + " → " + b.init.label());
        }
        number(s, p + "init scale", a.initScale, b.initScale);
        if (a.batchNorm != b.batchNorm) {
            add(s, p + (b.batchNorm ? "batch norm on" : "batch norm off"));
        }
        if (!a.schedule.equals(b.schedule)) {
            add(s, p + "schedule " + a.schedule.kind().id() + " → " + b.schedule.kind().id());
        }
        if (a.clip != b.clip) {
            add(s, p + "clipping " + a.clip.id() + " → " + b.clip.id());
        } else if (a.clip != descent.core.optim.ClipMode.NONE) {
            number(s, p + "clip at", a.clipThreshold, b.clipThreshold);
        }
        if (a.averaging != b.averaging) {
            add(s, p + "averaging " + a.averaging.id() + " → " + b.averaging.id());
        } else if (a.averaging == descent.core.optim.AveragingMode.EMA) {
            number(s, p + "EMA α", a.averagingDecay, b.averagingDecay);
        }
    }

    private static void number(StringBuilder s, String what, double was, double is) {
        if (was != is) {
            add(s, what + " " + NumberText.of(was) + " → " + NumberText.of(is));
        }
    }

    private static void add(StringBuilder s, String change) {
        if (s.length() > 0) {
            s.append("; ");
        }
        s.append(change);
    }

    private static String batch(int b) {
        return b <= 0 ? "full" : Integer.toString(b);
    }

    private static String layers(int[] hidden) {
        if (hidden.length == 0) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < hidden.length; i++) {
            s.append(i > 0 ? "," : "").append(hidden[i]);
        }
        return s.toString();
    }

    private static String name(String enumName) {
        return enumName.toLowerCase().replace('_', ' ');
    }
}
