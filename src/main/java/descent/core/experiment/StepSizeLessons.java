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
import descent.core.text.NumberText;

/** Lessons on the step (CURRICULUM §3): ε too small or too large, decay, averaging, clipping. */
final class StepSizeLessons {
    private StepSizeLessons() {
    }

    /**
     * Regression on the bumps with full batch: a linear output layer has no saturation to hide behind, so a
     * step that is too large grows the error geometrically — divergence, not just noise; the run is stopped once its loss
     * stays above ten times its start (BlowUpWatch), long before the numbers overflow.
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
                        + "the large one overshoots further at every step: within a few steps its loss is ten times "
                        + "where it started and still growing, so it stops, marked DIVERGED at that step, while the "
                        + "others go on.",
                c, 200,
                "after 200 steps ε = 3 has diverged, ε = 0.2 has not, and its training loss is below half of "
                        + "ε = 0.005's",
                all(diverged(2), didNotDiverge(1), trainLossBelow(1, 0.5, 0)))
                .with("ε = 3 diverged, and ε = 0.2 got further than ε = 0.005.",
                        "the run did not show ε = 3 diverging with ε = 0.2 getting furthest.",
                        new Prediction<Race>("Which lane gets furthest in 200 steps?",
                                new String[] {"{0}", "{1}", "{2}"}, 1, StepSizeLessons::furthest));
    }

    /** The lane with the lowest training loss among those that did not diverge, or undecided. */
    private static int furthest(Race race) {
        int best = Prediction.UNDECIDED;
        for (int i = 0; i < Math.min(3, race.laneCount()); i++) {
            Run run = race.run(i);
            if (run.status() != Status.DIVERGED && (best < 0 || run.trainLoss() < race.run(best).trainLoss())) {
                best = i;
            }
        }
        return best;
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
                meanTrainLossBelow(1, 0.6, 0, steps - 300, steps))
                .with("over the last 300 steps the decayed lane's loss was well below the constant lane's.",
                        "over the last 300 steps the decayed lane's loss was not below 60% of the constant lane's.",
                        Prediction.lower("Over the last 300 of 1,000 steps, which lane's training loss is lower?",
                                "{0}", 0, "{1}", 1, 1.25, "Within 25% of each other", 1,
                                (race, lane) -> Claims.mean(race.run(lane).trainLossSeries(), steps - 300, steps)));
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
                "Single-example SGD with a constant ε keeps jumping around the minimum, and so does its decision "
                        + "map (the one marked θ). Averaging the iterates — all of them (Polyak) or mostly the "
                        + "recent ones (exponential moving average) — cancels much of that wandering: each card "
                        + "draws the model at the averaged weights θ̂ beside the raw one, and the charts its loss.",
                c, steps,
                "over the last 500 of 1,000 steps, the mean training loss at the EMA-averaged weights is below "
                        + "75% of the mean at the raw weights",
                averagedBelowRaw(0, 0.75, steps - 500, steps))
                .with("the EMA-averaged weights had a clearly lower loss than the raw ones.",
                        "the EMA-averaged weights did not have a 25% lower loss than the raw ones.",
                        new Prediction<Race>("Over the last 500 steps, which model of “{0}” has the lower training "
                                + "loss?", new String[] {"The raw weights θ", "The averaged weights θ̂",
                                    "Within 10% of each other"}, 1, race -> {
                                        Run run = race.run(0);
                                        double raw = Claims.mean(run.trainLossSeries(), steps - 500, steps);
                                        double avg = Claims.mean(run.averagedTrainLossSeries(), steps - 500, steps);
                                        if (!(raw - raw == 0) || !(avg - avg == 0)) {
                                            return Prediction.UNDECIDED;
                                        }
                                        return Math.max(raw, avg) < 1.1 * Math.min(raw, avg) ? 2 : avg < raw ? 1 : 0;
                                    }));
    }

    /** Lane i's mean training loss at θ̂ over [from, to] is below factor × its mean at θ. */
    private static Claim averagedBelowRaw(int lane, double factor, int from, int to) {
        return race -> {
            Run run = race.run(lane);
            double averaged = Claims.mean(run.averagedTrainLossSeries(), from, to);
            double raw = Claims.mean(run.trainLossSeries(), from, to);
            return new Verdict(averaged < factor * raw, "mean train loss over steps " + from + "–" + to + " of "
                    + Claims.label(race, lane) + ": averaged " + NumberText.of(averaged) + " < "
                    + NumberText.of(factor) + " × raw " + NumberText.of(raw));
        };
    }

    /**
     * A real cliff of a network's loss, not divergence: regression on the bumps, full batch at ε = 0.5. For 150
     * steps plain gradient descent descends smoothly (‖g‖ ≈ 0.01); near step 155 it steps onto a wall where the
     * gradient is a hundred times steeper, and the next step throws it up the loss (×30) before it finds its
     * way back. Clipping ‖g‖ at c = 0.1 caps every step at ε·c = 0.05, so the clipped lane crosses the same
     * region without a jump (its ‖g‖ stays within 2× of its recent median).
     */
    static Lesson clippingOnACliff() {
        LaneConfig plain = lane("ε = 0.5, no clipping", OptimizerKind.GD, 0.5, 0);
        LaneConfig clipped = lane("ε = 0.5, clip ‖g‖ at 0.1", OptimizerKind.GD, 0.5, 0);
        clipped.clip = ClipMode.NORM;
        clipped.clipThreshold = 0.1;
        PlaygroundConfig c = withLanes(playground(DatasetKind.BUMPS, 8, 8), plain, clipped);
        c.points = 200;
        c.logScale = true;
        return new Lesson("clipping-cliff", "Gradient clipping on a cliff",
                "For 150 steps both lanes walk down the loss; then the unclipped lane reaches a cliff, a wall "
                        + "where the gradient is about a hundred times steeper, and one step throws it far up: its "
                        + "‖g‖ spikes and its loss jumps more than tenfold before it finds its way back. Clipping by "
                        + "norm caps every step at ε·c = 0.05, so the clipped lane passes without a jump (its ‖g‖ "
                        + "rises near step 75, where it enters a steep valley, but its capped steps only wobble).",
                c, 200,
                "within 200 steps the unclipped lane's ‖g‖ spikes above 20× its recent median and its training "
                        + "loss jumps more than 5-fold, while the clipped lane, which clipped some steps, shows no "
                        + "spike of that kind and does not diverge",
                all(Claims.hitsCliff(0, CLIFF_RISE, CLIFF_JUMP), Claims.passesCliff(1, CLIFF_RISE, CLIFF_JUMP),
                        didNotDiverge(1), clippedSome(1)))
                .with("the unclipped lane fell off the cliff (‖g‖ spike, loss jump); the clipped lane passed it.",
                        "the run did not show the unclipped lane thrown by a cliff while the clipped lane passed.",
                        new Prediction<Race>("What happens to “{0}” at the cliff?",
                                new String[] {"It walks down smoothly, like “{1}”",
                                    "Its loss jumps up once, then it recovers", "It diverges"}, 1, race -> {
                                        Run run = race.run(0);
                                        if (run.status() == Status.DIVERGED) {
                                            return 2;
                                        }
                                        return Claims.largestSpike(run).isCliff(CLIFF_RISE, CLIFF_JUMP) ? 1 : 0;
                                    }));
    }

    /** A cliff on the charts: ‖g‖ above 20× its recent median, then the loss more than 5× its value before. */
    private static final double CLIFF_RISE = 20;
    private static final double CLIFF_JUMP = 5;

    /** Lane i clipped at least one step. */
    private static Claim clippedSome(int lane) {
        return race -> {
            Run run = race.run(lane);
            return new Verdict(run.clippedStepCount() > 0, Claims.label(race, lane) + " clipped "
                    + run.clippedStepCount() + " of " + run.stepCount() + " steps");
        };
    }
}
