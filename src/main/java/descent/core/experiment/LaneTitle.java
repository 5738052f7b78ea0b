package descent.core.experiment;

import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.Hyperparameter;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import descent.core.optim.ScheduleKind;
import descent.core.text.NumberText;

/**
 * A lesson lane's title as the lane is now. A lesson names its lanes by their settings ("ε = 3 (too large)");
 * once the learner changes one of those settings the name would lie, so a changed lane is titled by what it
 * is: its optimizer, ε, and every setting that differs from the lesson's lane or marks the lane out (clipping,
 * averaging, batch norm, a schedule), e.g. "Gradient descent, ε = 0.1". A lane brought back to the lesson's
 * settings gets the lesson's name back.
 */
public final class LaneTitle {
    /** A link keeps labels of at most this many UTF-16 units (longer ones would come back cut, with a notice). */
    static final int MAX_CHARS = 32;

    private LaneTitle() {
    }

    /**
     * Retitles every lane of {@code now} that the lesson {@code preset} has: the preset's label when the lane
     * has the preset lane's settings, else a title from its settings. A label the learner wrote (neither the
     * lesson's nor one made here) is left alone.
     */
    public static void retitle(PlaygroundConfig preset, PlaygroundConfig now) {
        int n = Math.min(preset.lanes.length, now.lanes.length);
        for (int i = 0; i < n; i++) {
            now.lanes[i].label = of(preset.lanes[i], now.lanes[i]);
        }
    }

    /** The title of {@code lane}, which is the lesson's lane {@code preset} or a variation of it. */
    public static String of(LaneConfig preset, LaneConfig lane) {
        String label = lane.label == null ? "" : lane.label;
        if (!label.isEmpty() && !label.equals(preset.label) && !isMade(label)) {
            return label;
        }
        LaneConfig bare = lane.copy();
        bare.label = preset.label;
        if (LessonVariation.lane(preset, bare).isEmpty()) {
            return preset.label;
        }
        return describe(preset, lane);
    }

    /**
     * "Gradient descent, ε = 0.1, B = 1": the optimizer and as many of its settings as fit in
     * {@value #MAX_CHARS} characters, most telling first (the card shows them all); "" (the optimizer's name)
     * when none fits.
     */
    static String describe(LaneConfig preset, LaneConfig lane) {
        String full = items(preset, lane);
        String name = lane.optimizer.label();
        int end = full.length();
        while (end > name.length() && end > MAX_CHARS) {
            end = full.lastIndexOf(", ", end - 1);
        }
        return end <= name.length() || end > MAX_CHARS ? "" : full.substring(0, end);
    }

    private static String items(LaneConfig preset, LaneConfig lane) {
        StringBuilder s = new StringBuilder(lane.optimizer.label());
        OptimizerSettings x = lane.settings;
        OptimizerSettings p = preset.optimizer == lane.optimizer ? preset.settings : lane.optimizer.defaults();
        if (lane.optimizer.usesLearningRate()) {
            item(s, "ε", x.learningRate());
        }
        if (lane.optimizer.uses(Hyperparameter.MOMENTUM) && x.momentum() != p.momentum()) {
            item(s, "α", x.momentum());
        }
        if (lane.optimizer.uses(Hyperparameter.RHO) && x.rho() != p.rho()) {
            item(s, "ρ", x.rho());
        }
        if (lane.optimizer.uses(Hyperparameter.BETA1) && x.beta1() != p.beta1()) {
            item(s, "β₁", x.beta1());
        }
        if (lane.optimizer.uses(Hyperparameter.BETA2) && x.beta2() != p.beta2()) {
            item(s, "β₂", x.beta2());
        }
        if (lane.batchSize != preset.batchSize) {
            s.append(", ").append(lane.batchSize <= 0 ? "full batch" : "B = " + lane.batchSize);
        }
        if (lane.init != preset.init || lane.initScale != preset.initScale) {
            s.append(", ").append(lane.init.label());
            if (lane.initScale != 1) {
                s.append(" ×").append(number(lane.initScale));
            }
        }
        if (lane.batchNorm) {
            s.append(", batch norm");
        }
        if (lane.schedule.kind() != ScheduleKind.CONSTANT) {
            s.append(", ").append(lane.schedule.kind().id()).append(" schedule");
        }
        if (lane.clip != ClipMode.NONE) {
            s.append(", clip ").append(lane.clip == ClipMode.NORM ? "‖g‖" : "gᵢ").append(" at ")
                    .append(number(lane.clipThreshold));
        }
        if (lane.averaging == AveragingMode.EMA) {
            s.append(", EMA α = ").append(number(lane.averagingDecay));
        } else if (lane.averaging != AveragingMode.NONE) {
            s.append(", ").append(lane.averaging.id()).append(" average");
        }
        return s.toString();
    }

    /** Whether a label is one {@link #describe} makes: an optimizer's name, then ", ". */
    static boolean isMade(String label) {
        for (OptimizerKind k : OptimizerKind.values()) {
            if (label.startsWith(k.label() + ", ")) {
                return true;
            }
        }
        return false;
    }

    /** Three significant digits without trailing zeros: 0.1, not 0.100 (a title names a setting as typed). */
    static String number(double v) {
        return NumberText.trimmed(v, 3);
    }

    private static void item(StringBuilder s, String name, double value) {
        s.append(", ").append(name).append(" = ").append(number(value));
    }
}
