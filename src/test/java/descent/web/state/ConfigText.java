package descent.web.state;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerSettings;

import java.util.Arrays;

/**
 * Every field of a configuration in one string, doubles by their exact bits, written without any of the
 * code under test: two configurations are equal exactly when their descriptions are, and a failing
 * assertEquals shows which field differs.
 */
final class ConfigText {
    private ConfigText() {
    }

    /** Fails with a field-by-field diff unless a and b are equal in every field, bit for bit. */
    static void assertSame(PlaygroundConfig expected, PlaygroundConfig actual, String message) {
        // The direct comparison is cheap enough for thousands of round trips, the text is built only on failure.
        // (HashStateRoundTripTest compares the full texts, so a field forgotten in same() is still caught.)
        if (!same(expected, actual)) {
            org.junit.jupiter.api.Assertions.assertEquals(of(expected), of(actual), message);
        }
    }

    private static boolean same(PlaygroundConfig a, PlaygroundConfig b) {
        if (a.dataset != b.dataset || a.table != b.table || a.points != b.points || !bits(a.scaleX, b.scaleX) || !bits(a.scaleY, b.scaleY)
                || !bits(a.noise, b.noise)
                || !bits(a.trainFraction, b.trainFraction) || a.seed != b.seed
                || !Arrays.equals(a.hiddenLayers, b.hiddenLayers) || a.activation != b.activation || a.loss != b.loss
                || a.shuffle != b.shuffle || !a.lesson.equals(b.lesson) || a.logScale != b.logScale || a.examplesAxis != b.examplesAxis || a.smoothCharts != b.smoothCharts || a.ownData != b.ownData
                || !Arrays.equals(a.ruleViews, b.ruleViews) || !Arrays.equals(a.diagramViews, b.diagramViews) || a.surface != b.surface
                || a.lanes.length != b.lanes.length) {
            return false;
        }
        for (int i = 0; i < a.lanes.length; i++) {
            LaneConfig x = a.lanes[i];
            LaneConfig y = b.lanes[i];
            if (!x.label.equals(y.label) || x.optimizer != y.optimizer || !x.settings.equals(y.settings)
                    || x.batchSize != y.batchSize || x.init != y.init || !bits(x.initScale, y.initScale)
                    || x.batchNorm != y.batchNorm || !x.schedule.equals(y.schedule) || x.clip != y.clip
                    || !bits(x.clipThreshold, y.clipThreshold) || x.averaging != y.averaging
                    || !bits(x.averagingDecay, y.averagingDecay) || !bits(x.l2, y.l2)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bits(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    static String of(PlaygroundConfig c) {
        return of(c, true);
    }

    private static String of(PlaygroundConfig c, boolean readable) {
        StringBuilder b = new StringBuilder();
        b.append("dataset=").append(c.dataset).append(" table=").append(c.table).append(" points=").append(c.points)
                .append(" sx=").append(exact(readable, c.scaleX)).append(" sy=").append(exact(readable, c.scaleY))
                .append(" noise=").append(exact(readable, c.noise))
                .append(" train=").append(exact(readable, c.trainFraction)).append(" seed=").append(c.seed)
                .append(" layers=").append(Arrays.toString(c.hiddenLayers)).append(" act=").append(c.activation)
                .append(" loss=").append(c.loss).append(" shuffle=").append(c.shuffle)
                .append(" lesson=").append(c.lesson).append(" log=").append(c.logScale).append(" examples=").append(c.examplesAxis).append(" smooth=").append(c.smoothCharts)
                .append(" own=").append(c.ownData).append(" rule=").append(Arrays.toString(c.ruleViews)).append(" diagram=").append(Arrays.toString(c.diagramViews)).append(" surface=").append(c.surface.id())
                .append(" lanes=").append(c.lanes.length);
        for (int i = 0; i < c.lanes.length; i++) {
            b.append("\n  lane ").append(i).append(": ").append(of(c.lanes[i], readable));
        }
        return b.toString();
    }

    static String of(LaneConfig l) {
        return of(l, true);
    }

    private static String of(LaneConfig l, boolean readable) {
        OptimizerSettings s = l.settings;
        LearningRateSchedule r = l.schedule;
        return "label=[" + l.label + "] opt=" + l.optimizer + " lr=" + exact(readable, s.learningRate())
                + " mom=" + exact(readable, s.momentum()) + " rho=" + exact(readable, s.rho()) + " b1=" + exact(readable, s.beta1())
                + " b2=" + exact(readable, s.beta2()) + " delta=" + exact(readable, s.delta()) + " wd=" + exact(readable, s.weightDecay())
                + " mem=" + s.memory() + " ls=" + s.lineSearch() + " trials=" + s.maxLineSearchTrials()
                + " c1=" + exact(readable, s.armijoC1()) + " c2=" + exact(readable, s.wolfeC2()) + " cg=" + s.cgVariant()
                + " damp=" + exact(readable, s.damping()) + " batch=" + l.batchSize + " init=" + l.init
                + " scale=" + exact(readable, l.initScale) + " bn=" + l.batchNorm + " sched=" + r.kind() + " tau=" + r.tau()
                + " final=" + exact(readable, r.finalFraction()) + " every=" + r.stepEvery() + " factor=" + exact(readable, r.stepFactor())
                + " gamma=" + exact(readable, r.gamma()) + " warmup=" + r.warmupSteps() + " clip=" + l.clip
                + " clipc=" + exact(readable, l.clipThreshold) + " avg=" + l.averaging + " avgd=" + exact(readable, l.averagingDecay) + " l2=" + exact(readable, l.l2);
    }

    private static String exact(boolean readable, double v) {
        String bits = Long.toHexString(Double.doubleToRawLongBits(v));
        return readable ? v + "/" + bits : bits;
    }
}
