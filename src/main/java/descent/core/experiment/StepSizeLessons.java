package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.didNotDiverge;
import static descent.core.experiment.Claims.diverged;
import static descent.core.experiment.Claims.meanTrainLossBelow;
import static descent.core.experiment.Claims.trainLossBelow;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerKind;

/** Lessons on the step (CURRICULUM §3): ε too small or too large, decay, averaging, clipping. */
final class StepSizeLessons {
    private StepSizeLessons() {
    }

    /**
     * Regression on the bumps with full batch: a linear output layer has no saturation to hide behind, so a
     * step that is too large grows the error geometrically until it overflows — divergence, not just noise.
     */
    static Lesson learningRate() {
        PlaygroundConfig c = withLanes(playground(DatasetKind.BUMPS, 8, 8),
                lane("ε = 0.005 (too small)", OptimizerKind.GD, 0.005, 0),
                lane("ε = 0.2 (about right)", OptimizerKind.GD, 0.2, 0),
                lane("ε = 3 (too large)", OptimizerKind.GD, 3, 0));
        c.points = 200;
        c.logScale = true;
        return new Lesson("learning-rate", "Learning rate: too small, about right, too large",
                "Three lanes differ only in ε. The small one is safe but slow, the middle one gets furthest, and "
                        + "the large one overshoots further at every step until its numbers overflow: it stops, "
                        + "marked DIVERGED at the step where that happened, while the others go on.",
                c, 200,
                "after 200 steps ε = 3 has diverged, ε = 0.2 has not, and its training loss is below half of "
                        + "ε = 0.005's",
                all(diverged(2), didNotDiverge(1), trainLossBelow(1, 0.5, 0)));
    }

    /** SGD on single examples: a constant ε keeps jumping; decaying ε settles. */
    static Lesson linearDecay() {
        LaneConfig constant = lane("constant ε = 0.3", OptimizerKind.GD, 0.3, 1);
        LaneConfig decay = lane("linear decay to 1% at step 800", OptimizerKind.GD, 0.3, 1);
        decay.schedule = LearningRateSchedule.linearDecay(800);
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), constant, decay);
        int steps = 1000;
        return new Lesson("linear-decay", "Linear decay vs a constant learning rate",
                "Both lanes take steps on one example at a time (B = 1). With a constant ε the noise of single "
                        + "examples keeps kicking θ around the minimum, and the training loss keeps jumping; "
                        + "decaying ε linearly to 1% over 800 steps lets it settle.",
                c, steps,
                "over the last 300 of 1,000 steps, the decayed lane's mean training loss is below 60% of the "
                        + "constant lane's",
                meanTrainLossBelow(1, 0.6, 0, steps - 300, steps));
    }

    static Lesson averaging() {
        LaneConfig ema = lane("SGD + EMA α = 0.99", OptimizerKind.GD, 0.3, 1);
        ema.averaging = AveragingMode.EMA;
        ema.averagingDecay = 0.99;
        LaneConfig polyak = lane("SGD + Polyak average", OptimizerKind.GD, 0.3, 1);
        polyak.averaging = AveragingMode.POLYAK;
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), ema, polyak);
        int steps = 1000;
        return new Lesson("averaging", "Polyak and EMA averaging of the iterates",
                "Single-example SGD with a constant ε wanders around the minimum. Averaging the iterates — all of "
                        + "them (Polyak) or mostly the recent ones (exponential moving average) — cancels much of "
                        + "that wandering: compare each lane's loss at the averaged weights with its loss at θ.",
                c, steps,
                "over the last 500 of 1,000 steps, the mean training loss at the EMA-averaged weights is below "
                        + "75% of the mean at the raw weights",
                averagedBelowRaw(0, 0.75, steps - 500, steps));
    }

    /** Lane i's mean training loss at θ̂ over [from, to] is below factor × its mean at θ. */
    private static Claim averagedBelowRaw(int lane, double factor, int from, int to) {
        return race -> {
            Run run = race.run(lane);
            double averaged = Claims.mean(run.averagedTrainLossSeries(), from, to);
            double raw = Claims.mean(run.trainLossSeries(), from, to);
            return new Verdict(averaged < factor * raw, "mean train loss over steps " + from + "–" + to + " of "
                    + Claims.label(race, lane) + ": averaged " + Numbers.format(averaged) + " < "
                    + Numbers.format(factor) + " × raw " + Numbers.format(raw));
        };
    }

    static Lesson clippingOnACliff() {
        LaneConfig plain = lane("ε = 3, no clipping", OptimizerKind.GD, 3, 0);
        LaneConfig clipped = lane("ε = 3, clip ‖g‖ at 0.1", OptimizerKind.GD, 3, 0);
        clipped.clip = ClipMode.NORM;
        clipped.clipThreshold = 0.1;
        PlaygroundConfig c = withLanes(playground(DatasetKind.BUMPS, 8, 8), plain, clipped);
        c.points = 200;
        c.logScale = true;
        return new Lesson("clipping-cliff", "Gradient clipping on a cliff",
                "At this large ε the first steep gradient catapults the unclipped lane up a cliff of the loss, "
                        + "each step throws it further, and it diverges. Clipping by norm caps every step at "
                        + "ε·c = 0.3 whatever the gradient, so the same ε walks down instead.",
                c, 200,
                "after 200 steps the unclipped lane has diverged, the clipped one has not, clipped some steps, "
                        + "and its training loss is below 0.05 and below where it started",
                all(diverged(0), didNotDiverge(1), clippedAndDescended(1, 0.05)));
    }

    /** Lane i clipped at least one step and its training loss is below {@code bound} and its loss at step 0. */
    private static Claim clippedAndDescended(int lane, double bound) {
        return race -> {
            Run run = race.run(lane);
            double start = run.trainLossSeries().value(0);
            double now = run.trainLoss();
            int clipped = run.clippedStepCount();
            return new Verdict(clipped > 0 && now < bound && now < start, Claims.label(race, lane) + " clipped "
                    + clipped + " steps; train loss " + Numbers.format(now) + " < " + Numbers.format(bound)
                    + ", started at " + Numbers.format(start));
        };
    }
}
