package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.experiment.DivergenceWatch;
import descent.core.experiment.Status;
import descent.core.landscape.QuadraticBowl;
import descent.core.landscape.Rosenbrock;
import org.junit.jupiter.api.Test;

/** A far too large learning rate ends in a reported DIVERGED state, never in an exception or NaN parameters. */
class DivergenceTest {
    @Test
    void everyRuleWithAFarTooLargeLearningRateDiverges() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (!kind.usesLearningRate()) {
                continue;
            }
            QuadraticBowl f = new QuadraticBowl(10);
            Optimizer o = kind.create(kind.defaults(), 2);
            double[] theta = {-2.5, 1.5};
            DivergenceWatch watch = new DivergenceWatch(theta);
            double[] lastGood = theta.clone();
            int step = 0;
            while (step < 1000 && watch.status() != Status.DIVERGED) {
                step++;
                double loss = o.step(f, theta, 1e200);
                if (watch.check(step, loss, theta)) {
                    lastGood = theta.clone();
                }
            }
            assertEquals(Status.DIVERGED, watch.status(), kind.id());
            assertEquals(step, watch.divergedAtStep(), kind.id());
            assertTrue(step >= 1 && step <= 5, kind.id() + " diverged at step " + step);
            assertTrue(Double.isFinite(theta[0]) && Double.isFinite(theta[1]), kind.id());
            assertEquals(lastGood[0], theta[0], 0, kind.id());
            assertEquals(lastGood[1], theta[1], 0, kind.id());
            assertTrue(!watch.reason().isEmpty());
        }
    }

    @Test
    void rulesWithoutALearningRateIgnoreIt() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (kind.usesLearningRate()) {
                continue;
            }
            double[][] sane = TestObjectives.trajectory(kind.create(kind.defaults(), 2), new Rosenbrock(),
                    new double[] {-1.2, 1}, 0.01, 20);
            double[][] absurd = TestObjectives.trajectory(kind.create(kind.defaults(), 2), new Rosenbrock(),
                    new double[] {-1.2, 1}, 1e200, 20);
            for (int k = 0; k < 20; k++) {
                assertEquals(sane[k][0], absurd[k][0], 0, kind.id());
                assertEquals(sane[k][1], absurd[k][1], 0, kind.id());
                assertTrue(Double.isFinite(absurd[k][0]) && Double.isFinite(absurd[k][1]), kind.id());
            }
        }
    }

    @Test
    void dampedNewtonOnAnObjectiveUnboundedBelowDivergesCleanly() {
        // J = θ1 + 2θ2 (H = 0): every step is accepted and λ shrinks tenfold, so the step grows until θ overflows
        DampedNewton o = new DampedNewton(OptimizerSettings.DEFAULTS, 2);
        Objective f = TestObjectives.linear(1, 2);
        double[] theta = {0, 0};
        DivergenceWatch watch = new DivergenceWatch(theta);
        int step = 0;
        while (step < 2000 && watch.status() != Status.DIVERGED) {
            step++;
            watch.check(step, o.step(f, theta, 0.01), theta);
        }
        assertEquals(Status.DIVERGED, watch.status());
        assertTrue(Double.isFinite(theta[0]) && Double.isFinite(theta[1]));
    }
}
