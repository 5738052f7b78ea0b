package descent.core.experiment;

import static descent.core.experiment.Claims.accuracyAtLeast;
import static descent.core.experiment.Claims.accuracyAtMost;
import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.meanValidationLossBelow;
import static descent.core.experiment.Claims.trainLossOver;
import static descent.core.experiment.Claims.trainLossUnder;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.nn.Init;
import descent.core.nn.Network;
import descent.core.optim.OptimizerKind;
import descent.core.text.NumberText;

/** Lessons on where training starts and how depth treats it (CURRICULUM §4, §5). */
final class InitLessons {
    private InitLessons() {
    }

    static Lesson zeroInit() {
        LaneConfig xavier = lane("Xavier init", OptimizerKind.GD, 0.1, 10);
        LaneConfig zero = lane("zero init", OptimizerKind.GD, 0.1, 10);
        zero.init = Init.ZERO;
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), xavier, zero);
        return new Lesson("zero-init", "Zero initialization never breaks symmetry",
                "With every weight at zero, all units of a layer compute the same thing and receive the same "
                        + "gradient, so they stay identical forever: the network is no wider than one unit per "
                        + "layer. Compare the decision boundaries: random Xavier weights draw the circle, zero "
                        + "weights cannot.",
                c, 500,
                "after 500 steps Xavier's validation accuracy is at least 90%, zero init's at most 60%, and its "
                        + "hidden units are still identical",
                all(accuracyAtLeast(0, 0.9), accuracyAtMost(1, 0.6), unitsIdentical(1)))
                .with("Xavier drew the circle; zero init's identical units could not.",
                        "the run did not show Xavier drawing the circle while zero init could not.",
                        new Prediction<Race>("After 500 steps, what has the network of “{1}” learned?",
                                new String[] {"The circle, like {0}", "No circle: it stays near chance"}, 1,
                                race -> race.run(1).validationAccuracy() >= 0.75 ? 0 : 1));
    }

    /** Every hidden unit of lane i has the same incoming weights and bias as unit 0 of its layer. */
    private static Claim unitsIdentical(int lane) {
        return race -> {
            Run run = race.run(lane);
            Network net = run.network();
            double[] theta = run.parameters();
            double largest = 0;
            for (int l = 0; l + 1 < net.layerCount(); l++) {
                int m = net.width(l);
                for (int j = 1; j < net.width(l + 1); j++) {
                    for (int i = 0; i < m; i++) {
                        largest = Math.max(largest, Math.abs(theta[net.weightOffset(l) + j * m + i]
                                - theta[net.weightOffset(l) + i]));
                    }
                    largest = Math.max(largest, Math.abs(theta[net.biasOffset(l) + j] - theta[net.biasOffset(l)]));
                }
            }
            return new Verdict(largest == 0, Claims.label(race, lane)
                    + ": largest difference between units of a hidden layer " + NumberText.of(largest));
        };
    }

    /** Six tanh layers of 8 units: deep enough for the scale of the weights to compound. */
    private static final int[] DEEP = {8, 8, 8, 8, 8, 8};

    static Lesson initDepth() {
        LaneConfig small = lane("N(0, 0.1²): too small", OptimizerKind.GD, 0.1, 10);
        small.init = Init.NORMAL;
        small.initScale = 0.1;
        LaneConfig xavier = lane("Xavier", OptimizerKind.GD, 0.1, 10);
        LaneConfig he = lane("He", OptimizerKind.GD, 0.1, 10);
        he.init = Init.HE_NORMAL;
        LaneConfig large = lane("N(0, 2²): too large", OptimizerKind.GD, 0.1, 10);
        large.init = Init.NORMAL;
        large.initScale = 2;
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, DEEP), small, xavier, he, large);
        c.points = 200;
        return new Lesson("init-depth", "Initialization scale on a deep network",
                "Six tanh layers multiply the scale of the weights six times. Too small, and the signal and the "
                        + "gradient vanish on the way through: the loss never leaves ln 2. Too large, and every "
                        + "unit saturates at ±1 and learns next to nothing; Xavier and He keep the scale and train.",
                c, 1000,
                "after 1,000 steps Xavier's and He's training losses are below 0.25, the small init's is still "
                        + "above 0.6 (ln 2 ≈ 0.69 is where it started) and the large init's above 0.4",
                all(trainLossUnder(1, 0.25), trainLossUnder(2, 0.25), trainLossOver(0, 0.6), trainLossOver(3, 0.4)))
                .with("only Xavier and He trained the six-layer network.",
                        "the run did not show Xavier and He training while the too-small and too-large inits stall.",
                        new Prediction<Race>("Which lanes train the six-layer network in 1,000 steps?",
                                new String[] {"All four", "Only {1} and {2}", "None of them"}, 1, race -> {
                                    int trained = 0;
                                    for (int i = 0; i < 4 && i < race.laneCount(); i++) {
                                        trained |= race.run(i).trainLoss() < 0.25 ? 1 << i : 0;
                                    }
                                    return trained == 15 ? 0 : trained == 6 ? 1 : trained == 0 ? 2
                                            : Prediction.UNDECIDED;
                                }));
    }

    static Lesson batchNorm() {
        LaneConfig plain = lane("no batch norm", OptimizerKind.GD, 1, 10);
        LaneConfig normalized = lane("batch norm", OptimizerKind.GD, 1, 10);
        normalized.batchNorm = true;
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, DEEP), plain, normalized);
        c.points = 200;
        return new Lesson("batch-norm", "Batch norm lets a deep network train at a high learning rate",
                "The same six-layer network from the same weights at ε = 1. Without batch norm a step that size "
                        + "changes every layer at once and the product of their changes is far too large; batch "
                        + "norm re-centres and re-scales each layer, so the same ε is usable.",
                c, 500,
                "over steps 250–500 the batch-norm lane's mean validation loss is below half the plain lane's, "
                        + "and its validation accuracy at step 500 is at least 90%",
                all(meanValidationLossBelow(1, 0.5, 0, 250, 500), accuracyAtLeast(1, 0.9)))
                .with("with batch norm the same ε = 1 trained: half the validation loss, 90% accuracy.",
                        "batch norm did not halve the validation loss at ε = 1 with 90% accuracy.",
                        Prediction.lower("Which lane's validation loss is lower over steps 250–500?",
                                "{0}", 0, "{1}", 1, 1.25, "Within 25% of each other", 1,
                                (race, lane) -> Claims.mean(race.run(lane).validationLossSeries(), 250, 500)));
    }

    /** Batch norm needs a batch: B = 2 normalizes every unit's pair to ±1; B = 32, or no batch norm, trains. */
    static Lesson batchNormSmallBatch() {
        LaneConfig tiny = lane("batch norm, B = 2", OptimizerKind.GD, 0.1, 2);
        tiny.batchNorm = true;
        LaneConfig usual = lane("batch norm, B = 32", OptimizerKind.GD, 0.1, 32);
        usual.batchNorm = true;
        LaneConfig plain = lane("no batch norm, B = 2", OptimizerKind.GD, 0.1, 2);
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, DEEP), tiny, usual, plain);
        c.points = 200;
        return new Lesson("batch-norm-small-batch", "Batch norm needs a batch",
                "Batch norm normalizes each unit over the batch, so with two examples a unit's two values always "
                        + "become −1 and +1, whatever they were: the layer passes on only which example was larger, "
                        + "and the running averages used for evaluation follow noise. The same network trains with "
                        + "B = 32, and without batch norm even with B = 2.",
                c, 500,
                "after 500 steps the validation accuracy of batch norm with B = 2 is at most 70%, while batch norm "
                        + "with B = 32 and the plain network with B = 2 reach at least 85%",
                all(accuracyAtMost(0, 0.7), accuracyAtLeast(1, 0.85), accuracyAtLeast(2, 0.85)))
                .with("batch norm failed with two examples per batch and trained with 32; without it, B = 2 trained.",
                        "the run did not show batch norm failing at B = 2 while B = 32 and the plain network trained.",
                        new Prediction<Race>("After 500 steps, which lane classifies the validation points worst?",
                                new String[] {"{0}", "{1}", "{2}"}, 0, InitLessons::worstAccuracy));
    }

    private static int worstAccuracy(Race race) {
        int worst = Prediction.UNDECIDED;
        for (int i = 0; i < Math.min(3, race.laneCount()); i++) {
            if (worst < 0 || race.run(i).validationAccuracy() < race.run(worst).validationAccuracy()) {
                worst = i;
            }
        }
        return worst;
    }
}
