package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.trainLossBelow;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.optim.OptimizerKind;
import descent.core.text.NumberText;

/** Lessons on learning as opposed to pure optimization (CURRICULUM §7): minibatch noise, overfitting. */
final class NoiseLessons {
    private NoiseLessons() {
    }

    static Lesson batchSize() {
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8),
                lane("B = 1", OptimizerKind.GD, 0.1, 1),
                lane("B = 10", OptimizerKind.GD, 0.1, 10),
                lane("full batch", OptimizerKind.GD, 0.1, 0));
        c.points = 200;
        int steps = 400;
        return new Lesson("batch-size", "Batch size and gradient noise",
                "Each lane estimates the gradient from B examples. With one example the estimate is so noisy that "
                        + "its norm jumps from step to step and the loss wanders; ten examples already come close "
                        + "to the full batch per step, at a tenth of the cost (100 training points): returns of "
                        + "larger batches are less than linear.",
                c, steps,
                "over steps 200–400, B = 1's gradient norm varies (std/mean) more than 3× as much as the full "
                        + "batch's, and after 400 steps B = 10's training loss is within 1.3× of the full batch's",
                all(noisierGradient(0, 3, 2, steps / 2), trainLossBelow(1, 1.3, 2)))
                .with("B = 1's gradient norm jumped 3× more than the full batch's; B = 10 came close to full batch.",
                        "the run did not show B = 1 far noisier with B = 10 close to the full batch.",
                        new Prediction<Race>("After 400 steps, how close is the training loss of “{1}” to that of “{2}”?",
                                new String[] {"Within 30%", "Far behind (more than 30% higher)"}, 0,
                                race -> race.run(1).trainLoss() < 1.3 * race.run(2).trainLoss() ? 0 : 1));
    }

    /** Lane a's relative spread of ‖g‖ from step {@code from} on exceeds factor × lane b's. */
    private static Claim noisierGradient(int a, double factor, int b, int from) {
        return race -> {
            double sa = Claims.relativeSpread(race.run(a).gradientNormSeries(), from);
            double sb = Claims.relativeSpread(race.run(b).gradientNormSeries(), from);
            return new Verdict(sa > factor * sb, "std/mean of ‖g‖ from step " + from + ": " + Claims.label(race, a)
                    + " " + NumberText.of(sa) + " > " + NumberText.of(factor) + " × " + Claims.label(race, b) + " "
                    + NumberText.of(sb));
        };
    }

    static Lesson earlyStopping() {
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 16, 16),
                lane("Adam, 30 training points", OptimizerKind.ADAM, 0.01, 0));
        c.points = 60;
        c.noise = 0.3;
        return new Lesson("early-stopping", "Training vs validation loss: overfitting and early stopping",
                "Thirty noisy training points and a network with over 300 parameters: the training loss falls "
                        + "towards zero because the network memorizes the noise, while the validation loss turns "
                        + "around after a few dozen steps and climbs. Early stopping keeps the weights from the "
                        + "validation minimum.",
                c, 400,
                "after 400 steps the validation loss is more than twice its minimum along the way, and the "
                        + "training loss is below a tenth of its value at that minimum",
                overfits(0, 2, 0.1))
                .with("the validation loss turned around and doubled while the training loss kept falling.",
                        "the validation loss did not double from its minimum while the training loss fell.",
                        new Prediction<Race>("While the training loss falls, what does the validation loss do?",
                                new String[] {"It falls too, all the way", "It turns around and climbs"}, 1, race -> {
                                    Series val = race.run(0).validationLossSeries();
                                    if (val.size() < 2) {
                                        return Prediction.UNDECIDED;
                                    }
                                    double min = val.value(Claims.argMin(val));
                                    return race.run(0).validationLoss() > 1.5 * min ? 1 : 0;
                                }));
    }

    /**
     * Lane i's validation loss now exceeds {@code rise} × its minimum so far, while its training loss now is below
     * {@code fall} × the training loss at the step of that minimum.
     */
    private static Claim overfits(int lane, double rise, double fall) {
        return race -> {
            Run run = race.run(lane);
            Series val = run.validationLossSeries();
            int best = Claims.argMin(val);
            double bestVal = val.value(best);
            int bestStep = val.step(best);
            double trainThen = Claims.valueAt(run.trainLossSeries(), bestStep);
            boolean holds = run.validationLoss() > rise * bestVal && run.trainLoss() < fall * trainThen;
            return new Verdict(holds, Claims.label(race, lane) + ": validation loss "
                    + NumberText.of(run.validationLoss()) + " vs minimum " + NumberText.of(bestVal) + " at step "
                    + bestStep + "; train loss " + NumberText.of(run.trainLoss()) + " vs "
                    + NumberText.of(trainThen) + " then");
        };
    }
}
