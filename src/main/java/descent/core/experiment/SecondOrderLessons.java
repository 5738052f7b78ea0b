package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.trainLossOver;
import static descent.core.experiment.Claims.trainLossUnder;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.optim.OptimizerKind;
import descent.core.text.NumberText;

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
                "within 40 steps Newton stops where the gradient is zero but the Hessian has a negative "
                        + "eigenvalue, with its training loss still above 0.6, while BFGS's training loss is below 0.1",
                all(stoppedAtSaddle(0), trainLossOver(0, 0.6), trainLossUnder(1, 0.1)))
                .with("Newton stopped at a critical point that is not a minimum; BFGS went on down.",
                        "the run did not show Newton stuck at a saddle while BFGS went on down.",
                        new Prediction<Race>("Where does {0} end up?",
                                new String[] {"As low as {1}", "Stuck at a critical point that is not a minimum",
                                    "It diverges"}, 1, race -> {
                                        Run newton = race.run(0);
                                        if (newton.status() == Status.DIVERGED) {
                                            return 2;
                                        }
                                        if (new StopCheck().kind(race, 0) == StopCheck.Kind.NOT_A_MINIMUM) {
                                            return 1;
                                        }
                                        double best = race.run(1).trainLoss();
                                        return newton.trainLoss() <= 2 * best + 0.01 ? 0 : Prediction.UNDECIDED;
                                    }));
    }

    /** Lane i has converged at a critical point whose Hessian has a negative eigenvalue. */
    private static Claim stoppedAtSaddle(int lane) {
        return race -> {
            Run run = race.run(lane);
            boolean critical = run.status() == Status.CONVERGED && run.isFullBatch()
                    && run.gradientNorm() < StopCheck.CRITICAL_GRADIENT;
            double lambda = critical ? StopCheck.smallestEigenvalue(run) : Double.NaN;
            return new Verdict(critical && lambda < 0, Claims.label(race, lane) + " " + Claims.statusText(run)
                    + (critical ? ", ‖g‖ " + NumberText.of(run.gradientNorm()) + ", smallest Hessian eigenvalue "
                            + NumberText.of(lambda) : ""));
        };
    }
}
