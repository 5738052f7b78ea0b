package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.trainLossBelow;
import static descent.core.experiment.Claims.trainLossOver;
import static descent.core.experiment.Claims.trainLossUnder;
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
                                new String[] {"“{0}”", "“{1}”", "“{2}”"}, 0, RealDataLessons::worst));
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
                                new String[] {"“{0}”", "“{1}”", "“{2}”"}, 2, RealDataLessons::worst));
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
