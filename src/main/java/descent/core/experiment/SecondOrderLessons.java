package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.trainLossOver;
import static descent.core.experiment.Claims.trainLossUnder;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.optim.OptimizerKind;

/** Lessons on curvature-based rules (CURRICULUM §2), on networks small enough for an n×n Hessian. */
final class SecondOrderLessons {
    private SecondOrderLessons() {
    }

    /**
     * One hidden layer of 4 units (17 parameters) on 100 points, full batch: Newton differences 34 gradients
     * per step, cheap enough for the page.
     */
    static Lesson newtonSaddle() {
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 4),
                lane("Newton", OptimizerKind.NEWTON, 0.1, 0),
                lane("BFGS", OptimizerKind.BFGS, 0.1, 0));
        c.points = 100;
        return new Lesson("newton-saddle", "Newton's method heads for any critical point",
                "A network's loss is not convex, and near the start its Hessian has negative eigenvalues. Newton "
                        + "jumps to the stationary point of its local quadratic model whatever its kind, so it "
                        + "settles on a critical point that is no minimum (a loss near ln 2: the network predicts "
                        + "the base rate) and reports the indefinite Hessian on the way. BFGS keeps a "
                        + "positive-definite model and a line search, so it only goes downhill.",
                c, 40,
                "after 40 steps Newton's training loss is still above 0.6 and it has reported guard-rail events, "
                        + "while BFGS's training loss is below 0.1",
                all(trainLossOver(0, 0.6), guardRailsReported(0), trainLossUnder(1, 0.1)));
    }

    /** Lane i's rule reported at least one guard-rail event. */
    private static Claim guardRailsReported(int lane) {
        return race -> {
            Run run = race.run(lane);
            return new Verdict(run.guardRailCount() > 0, Claims.label(race, lane) + " reported "
                    + run.guardRailCount() + " guard-rail events, the last \"" + run.lastGuardRail() + "\"");
        };
    }
}
