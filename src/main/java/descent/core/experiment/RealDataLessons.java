package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.lossPerExampleBelow;
import static descent.core.experiment.Claims.trainLossNotBelow;
import static descent.core.experiment.Claims.trainLossBelow;
import static descent.core.experiment.Claims.trainLossOver;
import static descent.core.experiment.Claims.trainLossUnder;
import static descent.core.experiment.Claims.weightNormAbove;
import static descent.core.experiment.Claims.weightNormBelow;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.table.TableKind;
import descent.core.optim.OptimizerKind;

/** Lessons on the shipped real data (issue 14): the course's claims where they matter, on digits and penguins. */
final class RealDataLessons {
    private RealDataLessons() {
    }

    private static PlaygroundConfig on(TableKind table, int... hidden) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.table = table;
        c.hiddenLayers = hidden.clone();
        return c;
    }

    static Lesson digitsOptimizers() {
        PlaygroundConfig c = withLanes(on(TableKind.DIGITS, 32),
                lane("SGD", OptimizerKind.GD, 0.01, 32),
                lane("Momentum", OptimizerKind.MOMENTUM, 0.01, 32),
                lane("Adam", OptimizerKind.ADAM, 0.001, 32));
        return new Lesson("digits-optimizers", "SGD, momentum and Adam on handwritten digits",
                "A 64-32-10 network learns 8×8 images of digits from minibatches of 32, from the same weights. "
                        + "At the same ε, momentum's velocity carries it far ahead of plain SGD, and Adam's per-weight "
                        + "steps get there too; watch the confusion matrices darken along the diagonal.",
                c, 600,
                "after 600 steps both momentum's and Adam's training losses are below half of SGD's",
                all(trainLossBelow(1, 0.5, 0), trainLossBelow(2, 0.5, 0)))
                .with("momentum and Adam left plain SGD far behind on real images.",
                        "momentum and Adam did not both halve SGD's training loss.",
                        new Prediction<Race>("After 600 steps, which lane has the highest training loss?",
                                new String[] {"{0}", "{1}", "{2}"}, 0, RealDataLessons::worst));
    }

    static Lesson penguinsLearningRate() {
        PlaygroundConfig c = withLanes(on(TableKind.PENGUINS, 8, 8),
                lane("ε = 0.1", OptimizerKind.GD, 0.1, 10),
                lane("ε = 1", OptimizerKind.GD, 1, 10),
                lane("ε = 10", OptimizerKind.GD, 10, 10));
        return new Lesson("penguins-learning-rate", "A learning rate too large for real penguins",
                "Three species of penguin from two bill measurements. ε = 0.1 and ε = 1 both find the three regions, "
                        + "while ε = 10 overshoots every valley: its loss climbs above ln 3 ≈ 1.10, worse than "
                        + "guessing each species with equal odds, and its map stays a muddle.",
                c, 200,
                "after 200 steps ε = 0.1 and ε = 1 have training losses below 0.2, and ε = 10's is above ln 3",
                all(trainLossUnder(0, 0.2), trainLossUnder(1, 0.2), trainLossOver(2, Math.log(3))))
                .with("the two smaller rates learned the species; ε = 10 did worse than guessing.",
                        "the run did not show ε = 10 failing while the smaller rates learn.",
                        new Prediction<Race>("After 200 steps, which lane has the highest training loss?",
                                new String[] {"{0}", "{1}", "{2}"}, 2, RealDataLessons::worst));
    }

    static Lesson digitsBatchSize() {
        PlaygroundConfig c = withLanes(on(TableKind.DIGITS, 32),
                lane("B = 1", OptimizerKind.GD, 0.1, 1),
                lane("B = 32", OptimizerKind.GD, 0.1, 32),
                lane("full batch", OptimizerKind.GD, 0.1, 0));
        c.examplesAxis = true;
        c.logScale = true;
        return new Lesson("digits-batch-size", "Batch size on digits: per step and per example seen",
                "Three batch sizes at the same ε = 0.1, charted per example seen: on the first 900 examples B = 1 "
                        + "takes 900 steps and the full batch one, so the small batch is far ahead. Untick “Per example "
                        + "seen” to chart per step: there the larger batches win, yet 32 examples a step do as well as "
                        + "all 899 — a larger batch gives less than linear returns.",
                c, 1000,
                "after 1,000 steps: per step, B = 32's loss is below half of B = 1's while the full batch's is not "
                        + "below half of B = 32's; per example, after 900 examples B = 1's loss is below half of "
                        + "B = 32's",
                all(trainLossBelow(1, 0.5, 0), trainLossNotBelow(2, 0.5, 1), lossPerExampleBelow(0, 0.5, 1, 900)))
                .with("per example the small batch led; per step 32 examples did as well as all 899.",
                        "the run did not show both sides of the batch size: per step and per example.",
                        new Prediction<Race>("Per example seen, which batch size gets its loss down fastest?",
                                new String[] {"{0}", "{1}", "{2}"}, 0, RealDataLessons::bestPerExample));
    }

    /** The lane with the lowest training loss after 900 examples seen. */
    private static int bestPerExample(Race race) {
        int best = 0;
        for (int i = 1; i < race.laneCount(); i++) {
            if (Claims.lossAfterExamples(race.run(i), 900) < Claims.lossAfterExamples(race.run(best), 900)) {
                best = i;
            }
        }
        return best;
    }

    static Lesson adamL2VersusAdamW() {
        LaneConfig l2 = lane("Adam + L2 λ = 0.01", OptimizerKind.ADAM, 0.01, 32);
        l2.l2 = 0.01;
        LaneConfig small = lane("AdamW λ = 0.01", OptimizerKind.ADAMW, 0.01, 32);
        small.settings = small.settings.withWeightDecay(0.01);
        LaneConfig large = lane("AdamW λ = 1", OptimizerKind.ADAMW, 0.01, 32);
        large.settings = large.settings.withWeightDecay(1);
        PlaygroundConfig c = withLanes(on(TableKind.PENGUINS, 8, 8),
                lane("Adam", OptimizerKind.ADAM, 0.01, 32), l2, small, large);
        return new Lesson("adam-l2-vs-adamw", "Adam + L2 is not AdamW",
                "Weight decay two ways (Loshchilov & Hutter 2019): L2 puts λW into the gradient, which Adam divides "
                        + "by √ŝ like the rest, so it pulls at nearly the full step ε wherever the data's gradients are "
                        + "small; AdamW leaves the gradient alone and shrinks every weight by 1 − ελ per step, 0.9999 at "
                        + "λ = 0.01. So the same λ is not the same decay. Watch ‖W‖: Adam + L2's stays low while AdamW "
                        + "at λ = 0.01 climbs with plain Adam, and it takes λ = 1 to hold it down.",
                c, 1000,
                "after 1,000 steps ‖W‖ of Adam + L2 and of AdamW λ = 1 are below 0.7 × plain Adam's, and AdamW "
                        + "λ = 0.01's is above 0.9 × it",
                all(weightNormBelow(1, 0.7, 0), weightNormAbove(2, 0.9, 0), weightNormBelow(3, 0.7, 0)))
                .with("the same λ = 0.01 held Adam + L2's weights down but not AdamW's; AdamW needed λ = 1.",
                        "the run did not show the same λ decaying Adam + L2 and AdamW differently.",
                        new Prediction<Race>("After 1,000 steps, at the same λ = 0.01, whose weights are smaller?",
                                new String[] {"{1}", "{2}", "about the same"}, 0, RealDataLessons::smallerAtSameLambda));
    }

    /** 0 when Adam + L2 ends with the smaller ‖W‖, 1 when AdamW λ = 0.01 does, 2 within 10% of each other. */
    private static int smallerAtSameLambda(Race race) {
        double l2 = race.run(1).weightNormSeries().last();
        double w = race.run(2).weightNormSeries().last();
        return Math.abs(l2 - w) < 0.1 * Math.max(l2, w) ? 2 : l2 < w ? 0 : 1;
    }

    /** The lane with the highest training loss (a diverged lane counts as the highest). */
    private static int worst(Race race) {
        int worst = 0;
        for (int i = 1; i < race.laneCount(); i++) {
            Run r = race.run(i);
            if (r.status() == Status.DIVERGED || r.trainLoss() > race.run(worst).trainLoss()) {
                worst = i;
            }
        }
        return worst;
    }
}
