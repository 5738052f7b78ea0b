package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.landscape.QuadraticBowl;
import descent.core.landscape.Rosenbrock;
import descent.core.landscape.SaddleSurface;
import org.junit.jupiter.api.Test;

/** Newton's lessons, quasi-Newton convergence, and the guard rails being reported. */
class SecondOrderBehaviourTest {
    @Test
    void newtonSolvesAQuadraticInOneStep() {
        double[] theta = {-2.5, 1.5};
        new Newton(OptimizerSettings.DEFAULTS, 2).step(new QuadraticBowl(50), theta, 0);
        assertEquals(0, theta[0], 1e-15);
        assertEquals(0, theta[1], 1e-15);
        // a 3D quadratic with off-diagonal terms and no exact Hessian: finite differences of gradients
        // J = ½ θᵀAθ − bᵀθ, A = [[4, 1, 0], [1, 3, 1], [0, 1, 2]], b = (1, 2, 3). Solving Aθ = b by hand:
        // θ1 = (1 − θ2)/4, θ3 = (3 − θ2)/2, so (1 − θ2)/4 + 3θ2 + (3 − θ2)/2 = 2 → 9θ2 = 1: θ = (2/9, 1/9, 13/9)
        Objective f = new Objective() {
            public int dimension() {
                return 3;
            }

            public double value(double[] t) {
                double[] g = new double[3];
                return valueAndGradient(t, g);
            }

            public double valueAndGradient(double[] t, double[] g) {
                g[0] = 4 * t[0] + t[1] - 1;
                g[1] = t[0] + 3 * t[1] + t[2] - 2;
                g[2] = t[1] + 2 * t[2] - 3;
                return 0.5 * (t[0] * (g[0] + 1) + t[1] * (g[1] + 2) + t[2] * (g[2] + 3)) - t[0] - 2 * t[1] - 3 * t[2];
            }
        };
        double[] x = {5, -7, 2};
        new Newton(OptimizerSettings.DEFAULTS, 3).step(f, x, 0);
        assertEquals(2.0 / 9, x[0], 1e-8);
        assertEquals(1.0 / 9, x[1], 1e-8);
        assertEquals(13.0 / 9, x[2], 1e-8);
    }

    @Test
    void newtonStepsOntoTheSaddleAndSaddleFreeNewtonMovesAway() {
        SaddleSurface saddle = new SaddleSurface();
        double[] newton = {-1.5, 0.7};
        Newton n = new Newton(OptimizerSettings.DEFAULTS, 2);
        n.step(saddle, newton, 0);
        assertEquals(0, newton[0], 0);
        assertEquals(0, newton[1], 0);
        assertEquals(GuardRail.NEWTON_INDEFINITE, n.guardRails().last());

        double[] free = {-1.5, 0.7};
        new SaddleFreeNewton(OptimizerSettings.DEFAULTS, 2).step(saddle, free, 0);
        assertEquals(0, free[0], 1e-15);   // x solved: x − 2x/2
        assertEquals(1.4, free[1], 1e-15); // y doubled: y + 2y/2
        assertTrue(saddle.value(free) < saddle.value(new double[] {-1.5, 0.7}));
    }

    @Test
    void dampedNewtonRaisesItsDampingAtTheSaddleAndGoesDownhill() {
        SaddleSurface saddle = new SaddleSurface();
        DampedNewton o = new DampedNewton(OptimizerSettings.DEFAULTS, 2);
        double[] theta = {-1.5, 0.7};
        double before = saddle.value(theta);
        o.step(saddle, theta, 0);
        assertTrue(saddle.value(theta) < before);
        assertTrue(Math.abs(theta[1]) > 0.7, "moves away from the saddle along y");
        assertTrue(o.guardRails().count(GuardRail.DAMPING_RAISED_NOT_PD) > 0);
        // λ: 1e-3 → 1e-2 → 0.1 → 1 → 10, the first above |λmin| = 2; after the accepted step λ ← λ/10
        assertEquals(4, o.guardRails().count(GuardRail.DAMPING_RAISED_NOT_PD));
        assertEquals(1, o.damping(), 1e-12);
    }

    @Test
    void dampedNewtonWithOneTrialReportsTheCap() {
        DampedNewton o = new DampedNewton(OptimizerSettings.DEFAULTS.withMaxLineSearchTrials(1), 2);
        double[] theta = {-1.5, 0.7};
        o.step(new SaddleSurface(), theta, 0);
        assertEquals(-1.5, theta[0]);
        assertEquals(0.7, theta[1]);
        assertEquals(GuardRail.DAMPING_CAPPED, o.guardRails().last());
        assertEquals("step 1: damping capped at 1 trials: no step taken", o.guardRails().describeLast());
    }

    private static int stepsToReach(OptimizerKind kind, OptimizerSettings s, double target, int cap) {
        Rosenbrock f = new Rosenbrock();
        Optimizer o = kind.create(s, 2);
        double[] theta = {-1.2, 1};
        for (int k = 1; k <= cap; k++) {
            o.step(f, theta, 0.01);
            if (f.value(theta) < target) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void quasiNewtonAndConjugateGradientReachTheRosenbrockMinimum() {
        int[] steps = {
            stepsToReach(OptimizerKind.BFGS, OptimizerKind.BFGS.defaults(), 1e-10, 200),
            stepsToReach(OptimizerKind.BFGS, OptimizerKind.BFGS.defaults().withLineSearch(LineSearchKind.ARMIJO),
                    1e-10, 200),
            stepsToReach(OptimizerKind.LBFGS, OptimizerKind.LBFGS.defaults(), 1e-10, 200),
            stepsToReach(OptimizerKind.LBFGS, OptimizerKind.LBFGS.defaults().withMemory(3), 1e-10, 200),
            stepsToReach(OptimizerKind.LBFGS, OptimizerKind.LBFGS.defaults().withLineSearch(LineSearchKind.ARMIJO),
                    1e-10, 200),
            stepsToReach(OptimizerKind.CG, OptimizerKind.CG.defaults(), 1e-10, 1000),
            stepsToReach(OptimizerKind.CG, OptimizerKind.CG.defaults().withCgVariant(CgVariant.FLETCHER_REEVES),
                    1e-10, 1000),
            stepsToReach(OptimizerKind.DAMPED_NEWTON, OptimizerKind.DAMPED_NEWTON.defaults(), 1e-10, 200),
            stepsToReach(OptimizerKind.NEWTON, OptimizerKind.NEWTON.defaults(), 1e-10, 200),
        };
        for (int i = 0; i < steps.length; i++) {
            assertTrue(steps[i] > 0, "case " + i + " did not reach J < 1e-10");
        }
    }

    @Test
    void bfgsSkipsTheUpdateWhenCurvatureIsNegativeAndSaysSo() {
        // On x² − y² from (0, 1), −g = (0, 2) points along the concave direction: y = g(θ + s) − g(θ) = −2s,
        // so sᵀy = −2‖s‖² < 0. The Armijo search accepts the first trial (J keeps falling).
        OptimizerSettings s = OptimizerSettings.DEFAULTS.withLineSearch(LineSearchKind.ARMIJO);
        Bfgs bfgs = new Bfgs(s, 2);
        bfgs.step(new SaddleSurface(), new double[] {0, 1}, 0);
        assertEquals(1, bfgs.guardRails().count(GuardRail.BFGS_UPDATE_SKIPPED));
        assertEquals("step 1: BFGS update skipped: sᵀy ≤ 0", bfgs.guardRails().describeLast());
        Lbfgs lbfgs = new Lbfgs(s, 2);
        lbfgs.step(new SaddleSurface(), new double[] {0, 1}, 0);
        assertEquals(1, lbfgs.guardRails().count(GuardRail.LBFGS_PAIR_SKIPPED));
        assertEquals(0, lbfgs.storedPairs());
    }

    @Test
    void lineSearchCapIsReported() {
        // Along the concave direction of the saddle the slope only steepens: strong Wolfe never finds
        // |φ'(α)| ≤ c2|φ'(0)|, expands until the cap, and settles for the last point of sufficient decrease.
        Bfgs bfgs = new Bfgs(OptimizerSettings.DEFAULTS.withMaxLineSearchTrials(8), 2);
        double[] theta = {0, 1};
        bfgs.step(new SaddleSurface(), theta, 0);
        assertEquals(1, bfgs.guardRails().count(GuardRail.LINE_SEARCH_CAPPED));
        assertEquals(8, bfgs.lineSearch().trials());
        assertTrue(theta[1] > 1, "still took the best decreasing point");
        assertEquals("line search capped at 8 trials", GuardRail.LINE_SEARCH_CAPPED.describe(8));
        assertEquals(1, bfgs.guardRails().count(GuardRail.BFGS_UPDATE_SKIPPED)); // and then sᵀy < 0
    }

    @Test
    void newtonWithASingularHessianFallsBackToAGradientStep() {
        // J = θ1 + 2θ2: H = 0 (differenced exactly), no Newton step; θ ← θ − εg with ε = 0.1
        Newton o = new Newton(OptimizerSettings.DEFAULTS, 2);
        double[] theta = {1, 1};
        o.step(TestObjectives.linear(1, 2), theta, 0.1);
        assertEquals(0.9, theta[0], 1e-15);
        assertEquals(0.8, theta[1], 1e-15);
        assertEquals(GuardRail.NEWTON_SINGULAR, o.guardRails().last());
    }

    @Test
    void saddleFreeNewtonFloorsFlatDirections() {
        // J = θ1 + 2θ2: both eigenvalues 0, floored at 0.5: θ − g/0.5 = (1 − 2, 1 − 4)
        SaddleFreeNewton o = new SaddleFreeNewton(OptimizerSettings.DEFAULTS.withDamping(0.5), 2);
        double[] theta = {1, 1};
        o.step(TestObjectives.linear(1, 2), theta, 0.1);
        assertEquals(-1, theta[0], 1e-12);
        assertEquals(-3, theta[1], 1e-12);
        assertEquals(2, o.guardRails().count(GuardRail.EIGENVALUE_FLOORED));
        assertEquals("step 1: |λ| below the floor: clamped to 0.5", o.guardRails().describeLast());
    }

    @Test
    void lineSearchNeverStepsIntoANonFiniteRegion() {
        // J = −θ1 − θ2, NaN once θ1 + θ2 > 10: the searches treat NaN as "too far" and stay finite
        Objective f = new Objective() {
            public int dimension() {
                return 2;
            }

            public double value(double[] t) {
                return t[0] + t[1] > 10 ? Double.NaN : -t[0] - t[1];
            }

            public double valueAndGradient(double[] t, double[] g) {
                g[0] = -1;
                g[1] = -1;
                return value(t);
            }
        };
        OptimizerKind[] kinds = {OptimizerKind.BFGS, OptimizerKind.LBFGS, OptimizerKind.CG};
        for (OptimizerKind kind : kinds) {
            for (LineSearchKind ls : LineSearchKind.values()) {
                Optimizer o = kind.create(kind.defaults().withLineSearch(ls), 2);
                double[] theta = {0, 0};
                for (int k = 0; k < 50; k++) {
                    o.step(f, theta, 0.01);
                    assertTrue(Double.isFinite(f.value(theta)), kind.id() + "/" + ls.id() + " step " + k);
                }
            }
        }
    }

    @Test
    void lineSearchesSatisfyTheirConditions() {
        Rosenbrock f = new Rosenbrock();
        double[] x = {-1.2, 1};
        double[] g = new double[2];
        double f0 = f.valueAndGradient(x, g);
        double[] p = {-g[0], -g[1]};
        double d0 = -(g[0] * g[0] + g[1] * g[1]);
        for (LineSearchKind kind : LineSearchKind.values()) {
            LineSearch ls = new LineSearch(2, kind, 1e-4, 0.9, 40, new GuardRailLog());
            double alpha = ls.search(f, x, f0, g, p, 1);
            assertTrue(alpha > 0);
            assertTrue(ls.value() <= f0 + 1e-4 * alpha * d0, kind + ": sufficient decrease");
            assertEquals(f.value(ls.point()), ls.value(), 0);
            if (kind == LineSearchKind.STRONG_WOLFE) {
                double[] gNew = ls.gradient();
                assertTrue(Math.abs(gNew[0] * p[0] + gNew[1] * p[1]) <= 0.9 * Math.abs(d0), "curvature");
            }
        }
    }
}
