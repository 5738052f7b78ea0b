package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.core.landscape.SaddleSurface;
import org.junit.jupiter.api.Test;

/**
 * The first three steps of the Newton family, BFGS, L-BFGS and CG on two-parameter problems, worked by hand.
 * P: J = ½(θ1² + 4θ2²) (A = diag(1, 4)); Q: J = θ1⁴/4 + θ2²; the saddles x² − y² and x·y.
 */
class SecondOrderHandWorkedTest {
    private static void assertPoint(double x, double y, double[] actual, double tolerance, String what) {
        assertEquals(x, actual[0], tolerance, what + ": θ1");
        assertEquals(y, actual[1], tolerance, what + ": θ2");
    }

    @Test
    void newtonOnQuarticExactAndDifferenced() {
        // Q: g = (θ1³, 2θ2), H = diag(3θ1², 2): θ1 ← θ1 − θ1³/(3θ1²) = (2/3)θ1, θ2 ← θ2 − 2θ2/2 = 0
        double[][] expected = {{2.0 / 3, 0}, {4.0 / 9, 0}, {8.0 / 27, 0}};
        double[][] exact = TestObjectives.trajectory(OptimizerKind.NEWTON.create(OptimizerSettings.DEFAULTS, 2),
                TestObjectives.quartic(true), new double[] {1, 1}, 0.01, 3);
        double[][] differenced = TestObjectives.trajectory(OptimizerKind.NEWTON.create(OptimizerSettings.DEFAULTS, 2),
                TestObjectives.quartic(false), new double[] {1, 1}, 0.01, 3);
        for (int k = 0; k < 3; k++) {
            assertPoint(expected[k][0], expected[k][1], exact[k], 1e-15, "exact H, step " + (k + 1));
            assertPoint(expected[k][0], expected[k][1], differenced[k], 1e-8, "differenced H, step " + (k + 1));
        }
    }

    @Test
    void dampedNewtonOnQuartic() {
        // λ0 = 1; accepted steps divide λ by 10.
        // 1: (H + λI) = diag(3 + 1, 2 + 1), g = (1, 2): p = (1/4, 2/3), θ = (0.75, 1/3);
        //    J = 0.75⁴/4 + 1/9 ≈ 0.190 < J(1, 1) = 1.25: accepted, λ = 0.1
        // 2: g = (0.75³, 2/3) = (0.421875, 2/3), H + 0.1I = diag(3·0.5625 + 0.1, 2.1) = diag(1.7875, 2.1)
        double x2 = 0.75 - 0.421875 / 1.7875;
        double y2 = 1.0 / 3 - (2.0 / 3) / 2.1;
        // 3: λ = 0.01: H + λI = diag(3x2² + 0.01, 2.01)
        double x3 = x2 - x2 * x2 * x2 / (3 * x2 * x2 + 0.01);
        double y3 = y2 - 2 * y2 / 2.01;
        DampedNewton o = new DampedNewton(OptimizerSettings.DEFAULTS.withDamping(1), 2);
        double[][] t = TestObjectives.trajectory(o, TestObjectives.quartic(true), new double[] {1, 1}, 0.01, 3);
        assertPoint(0.75, 1.0 / 3, t[0], 1e-15, "step 1");
        assertPoint(x2, y2, t[1], 1e-15, "step 2");
        assertPoint(x3, y3, t[2], 1e-15, "step 3");
        assertEquals(0.001, o.damping(), 1e-18);
        assertEquals(0, o.guardRails().total());
    }

    @Test
    void saddleFreeNewtonOnBothSaddles() {
        // x² − y²: |H| = diag(2, 2), g = (2x, −2y): θ − |H|⁻¹g = (x − x, y + y) = (0, 2y)
        double[][] axis = TestObjectives.trajectory(
                OptimizerKind.SADDLE_FREE_NEWTON.create(OptimizerSettings.DEFAULTS, 2), new SaddleSurface(),
                new double[] {1, 1}, 0.01, 3);
        assertPoint(0, 2, axis[0], 1e-15, "step 1");
        assertPoint(0, 4, axis[1], 1e-15, "step 2");
        assertPoint(0, 8, axis[2], 1e-15, "step 3");
        // x·y: H = [[0, 1], [1, 0]] has λ = ±1 along (1, ±1)/√2, so |H| = I and the step is θ − g = (x − y, y − x)
        // (1, 0) → (1, −1) → (1 + 1, −1 − 1) = (2, −2) → (4, −4)
        double[][] twisted = TestObjectives.trajectory(
                OptimizerKind.SADDLE_FREE_NEWTON.create(OptimizerSettings.DEFAULTS, 2), TestObjectives.twistedSaddle(),
                new double[] {1, 0}, 0.01, 3);
        assertPoint(1, -1, twisted[0], 1e-14, "step 1");
        assertPoint(2, -2, twisted[1], 1e-14, "step 2");
        assertPoint(4, -4, twisted[2], 1e-14, "step 3");
    }

    @Test
    void newtonJumpsOntoTheTwistedSaddleAndSaysSo() {
        // x·y: H⁻¹ = H, H g = H (y, x) = (x, y): θ − H⁻¹g = 0 at once, then g = 0 keeps it there
        Newton o = new Newton(OptimizerSettings.DEFAULTS, 2);
        double[][] t = TestObjectives.trajectory(o, TestObjectives.twistedSaddle(), new double[] {1, 0}, 0.01, 3);
        for (int k = 0; k < 3; k++) {
            assertPoint(0, 0, t[k], 0, "step " + (k + 1));
        }
        assertEquals(3, o.guardRails().count(GuardRail.NEWTON_INDEFINITE));
    }

    // θ1 of BFGS, L-BFGS and CG on P from (1, 1): g0 = (1, 4), ‖g0‖ = √17, first trial α0 = 1/√17 along −g0.
    // φ'(α) = −17 + 65α, so φ'(1/√17) ≈ −1.235: |φ'| ≤ 0.1·17 and ≤ 0.9·17, and φ falls from 2.5 to ≈ 0.289,
    // so α0 is accepted by both strong-Wolfe settings: θ1 = (1 − 1/√17, 1 − 4/√17).
    private static final double X1 = 1 - 1 / Math.sqrt(17);
    private static final double Y1 = 1 - 4 / Math.sqrt(17);

    /** One 2×2 BFGS inverse update in product form, H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ. */
    private static double[][] bfgsUpdate(double[][] h, double[] s, double[] y) {
        double rho = 1 / (s[0] * y[0] + s[1] * y[1]);
        double[][] v = {{1 - rho * y[0] * s[0], -rho * y[0] * s[1]}, {-rho * y[1] * s[0], 1 - rho * y[1] * s[1]}};
        double[][] out = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double sum = 0;
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        sum += v[a][i] * h[a][b] * v[b][j]; // (Vᵀ H V)ᵢⱼ with V = I − ρ y sᵀ
                    }
                }
                out[i][j] = sum + rho * s[i] * s[j];
            }
        }
        return out;
    }

    @Test
    void bfgsOnBowl() {
        // 1: θ1 as above. s1 = −(1, 4)/√17, y1 = A s1 = −(1, 16)/√17; s1ᵀy1 = 65/17, y1ᵀy1 = 257/17,
        //    H0 = (65/257) I. Worked out: (I − ρs yᵀ) = (1/65)[[64, −16], [−4, 1]], so
        //    H1 = (65/257)(1/65²)[[4352, −272], [−272, 17]] + (1/65)[[1, 4], [4, 16]] = (1/16705)[[4609, 756], [756, 4129]]
        //    (check: H1 y1 = s1).
        // 2: g1 = (X1, 4Y1), p = −H1 g1. α = 1 is accepted: with p ≈ (−0.2144, −0.0638), gᵀp ≈ −0.1700,
        //    pᵀAp ≈ 0.0622: φ(1) − φ(0) ≈ −0.1389 ≤ 1e-4 gᵀp and |gᵀp + pᵀAp| ≈ 0.108 ≤ 0.9·0.1700.
        double x2 = X1 - (4609 * X1 + 756 * 4 * Y1) / 16705;
        double y2 = Y1 - (756 * X1 + 4129 * 4 * Y1) / 16705;
        // 3: s2 = θ2 − θ1, y2 = A s2; H2 = BFGS update of H1; θ3 = θ2 − H2 g2 (α = 1 again, asserted below)
        double[][] h2 = bfgsUpdate(new double[][] {{4609.0 / 16705, 756.0 / 16705}, {756.0 / 16705, 4129.0 / 16705}},
                new double[] {x2 - X1, y2 - Y1}, new double[] {x2 - X1, 4 * (y2 - Y1)});
        double x3 = x2 - (h2[0][0] * x2 + h2[0][1] * 4 * y2);
        double y3 = y2 - (h2[1][0] * x2 + h2[1][1] * 4 * y2);

        Bfgs o = new Bfgs(OptimizerSettings.DEFAULTS, 2);
        double[] theta = {1, 1};
        HessianObjective p = TestObjectives.bowl();
        o.step(p, theta, 0);
        assertPoint(X1, Y1, theta, 1e-15, "step 1");
        double[] h1 = o.inverseHessian();
        assertEquals(4609.0 / 16705, h1[0], 1e-15);
        assertEquals(756.0 / 16705, h1[1], 1e-15);
        assertEquals(4129.0 / 16705, h1[3], 1e-15);
        o.step(p, theta, 0);
        assertEquals(1, o.lineSearch().step());
        assertPoint(x2, y2, theta, 1e-15, "step 2");
        o.step(p, theta, 0);
        assertEquals(1, o.lineSearch().step());
        assertPoint(x3, y3, theta, 1e-15, "step 3");
        assertEquals(0, o.guardRails().total());
    }

    @Test
    void lbfgsOnBowl() {
        // Steps 1 and 2 are BFGS's: with one pair, the two-loop recursion applies exactly H1 above.
        double x2 = X1 - (4609 * X1 + 756 * 4 * Y1) / 16705;
        double y2 = Y1 - (756 * X1 + 4129 * 4 * Y1) / 16705;
        // 3: two pairs and a fresh scaling γ2 = s2ᵀy2 / y2ᵀy2:
        //    H = V2ᵀ (V1ᵀ γ2 I V1 + ρ1 s1 s1ᵀ) V2 + ρ2 s2 s2ᵀ — i.e. two BFGS updates of γ2 I, oldest first
        double[] s1 = {X1 - 1, Y1 - 1};
        double[] y1 = {s1[0], 4 * s1[1]};
        double[] s2 = {x2 - X1, y2 - Y1};
        double[] y2v = {s2[0], 4 * s2[1]};
        double gamma2 = (s2[0] * y2v[0] + s2[1] * y2v[1]) / (y2v[0] * y2v[0] + y2v[1] * y2v[1]);
        double[][] h = bfgsUpdate(bfgsUpdate(new double[][] {{gamma2, 0}, {0, gamma2}}, s1, y1), s2, y2v);
        double x3 = x2 - (h[0][0] * x2 + h[0][1] * 4 * y2);
        double y3 = y2 - (h[1][0] * x2 + h[1][1] * 4 * y2);

        Lbfgs o = new Lbfgs(OptimizerSettings.DEFAULTS, 2);
        double[] theta = {1, 1};
        HessianObjective p = TestObjectives.bowl();
        o.step(p, theta, 0);
        assertPoint(X1, Y1, theta, 1e-15, "step 1");
        o.step(p, theta, 0);
        assertPoint(x2, y2, theta, 1e-15, "step 2");
        o.step(p, theta, 0);
        assertEquals(1, o.lineSearch().step());
        assertPoint(x3, y3, theta, 1e-14, "step 3");
        assertEquals(3, o.storedPairs()); // one pair per step
    }

    @Test
    void conjugateGradientOnBowl() {
        // 2: β_PR = g1ᵀ(g1 − g0)/g0ᵀg0 = ((X1² + 16Y1²) − (X1 + 16Y1))/17 ≈ −0.038 < 0: restart, d1 = −g1 (reported).
        //    The first trial α0 = α1 (g0ᵀd0)/(g1ᵀd1) = √17/(g1ᵀg1) ≈ 7.0 overshoots; φ is a quadratic, so the cubic
        //    of the zoom is φ itself and lands on the exact minimizer α* = g1ᵀg1 / g1ᵀAg1 = (X1² + 16Y1²)/(X1² + 64Y1²).
        double alpha = (X1 * X1 + 16 * Y1 * Y1) / (X1 * X1 + 64 * Y1 * Y1);
        double x2 = X1 - alpha * X1;
        double y2 = Y1 - alpha * 4 * Y1;
        // 3: after an exact search g2 ⊥ d1, β_PR = g2ᵀg2/g1ᵀg1 > 0, and d2 is A-conjugate to d1: an exact search
        //    along d2 ends at the minimum (0, 0) — n = 2 conjugate directions finish a 2D quadratic.
        ConjugateGradient o = new ConjugateGradient(OptimizerKind.CG.defaults(), 2);
        double[] theta = {1, 1};
        HessianObjective p = TestObjectives.bowl();
        o.step(p, theta, 0);
        assertPoint(X1, Y1, theta, 1e-15, "step 1");
        o.step(p, theta, 0);
        assertPoint(x2, y2, theta, 1e-12, "step 2");
        assertEquals(1, o.guardRails().count(GuardRail.CG_RESTART_NEGATIVE_BETA));
        o.step(p, theta, 0);
        assertPoint(0, 0, theta, 1e-12, "step 3");
        assertEquals(1, o.guardRails().total());
    }
}
