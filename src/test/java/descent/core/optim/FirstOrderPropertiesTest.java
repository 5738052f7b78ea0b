package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.landscape.QuadraticBowl;
import descent.core.landscape.Rosenbrock;
import org.junit.jupiter.api.Test;

/** The claims of the course about first-order rules, as properties of whole trajectories. */
class FirstOrderPropertiesTest {
    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1]);
    }

    @Test
    void bothMomentumFormsGiveTheSameTrajectoryWithAConstantRate() {
        OptimizerSettings s = OptimizerSettings.DEFAULTS.withMomentum(0.9);
        Objective[] problems = {new QuadraticBowl(10), new Rosenbrock()};
        double[] rates = {0.05, 1e-4};
        for (int p = 0; p < 2; p++) {
            double[][] polyak = TestObjectives.trajectory(new Momentum(s, 2), problems[p], new double[] {-1.2, 1},
                    rates[p], 200);
            double[][] cs231n = TestObjectives.trajectory(new MomentumCs231n(s, 2), problems[p],
                    new double[] {-1.2, 1}, rates[p], 200);
            for (int k = 0; k < 200; k++) {
                assertEquals(polyak[k][0], cs231n[k][0], 1e-12, "step " + (k + 1));
                assertEquals(polyak[k][1], cs231n[k][1], 1e-12, "step " + (k + 1));
            }
        }
    }

    @Test
    void momentumFormsDifferOnceTheRateChanges() {
        // CS231n's v is the Polyak v divided by −ε: a new ε rescales the accumulated velocity too.
        OptimizerSettings s = OptimizerSettings.DEFAULTS.withMomentum(0.9);
        Momentum polyak = new Momentum(s, 2);
        MomentumCs231n cs = new MomentumCs231n(s, 2);
        Objective f = new QuadraticBowl(10);
        double[] a = {-1.2, 1};
        double[] b = {-1.2, 1};
        LearningRateSchedule schedule = LearningRateSchedule.exponential(0.5);
        for (int k = 0; k < 5; k++) {
            polyak.step(f, a, schedule.rate(0.05, k));
            cs.step(f, b, schedule.rate(0.05, k));
        }
        assertNotEquals(a[0], b[0], 1e-6);
    }

    @Test
    void nesterovFormsAgreeAfterTheShift() {
        OptimizerSettings s = OptimizerSettings.DEFAULTS.withMomentum(0.9);
        Objective[] problems = {new QuadraticBowl(10), new Rosenbrock()};
        double[] rates = {0.05, 1e-4};
        for (int p = 0; p < 2; p++) {
            Nesterov lookAhead = new Nesterov(s, 2);
            NesterovChangeOfVariables shifted = new NesterovChangeOfVariables(s, 2);
            double[] theta = {-1.2, 1};
            double[] x = {-1.2, 1}; // x̃0 = θ0 + α·0
            for (int k = 1; k <= 200; k++) {
                lookAhead.step(problems[p], theta, rates[p]);
                shifted.step(problems[p], x, rates[p]);
                double[] v = lookAhead.velocity();
                assertEquals(theta[0] + 0.9 * v[0], x[0], 1e-12, "step " + k);
                assertEquals(theta[1] + 0.9 * v[1], x[1], 1e-12, "step " + k);
            }
        }
    }

    @Test
    void adamsFirstStepHasSizeEpsilonInEachCoordinate() {
        // m̂ = g, ŝ = g⊙g at t = 1, so |Δθᵢ| = ε|gᵢ|/(|gᵢ| + δ) ≈ ε, whatever the scale of gᵢ
        OptimizerSettings s = OptimizerKind.ADAM.defaults();
        double[] theta = {0.3, -0.7};
        new Adam(s, 2).step(TestObjectives.linear(1e-2, -1e3), theta, s.learningRate());
        assertEquals(0.3 - 1e-3, theta[0], 1e-3 * 1e-5);
        assertEquals(-0.7 + 1e-3, theta[1], 1e-3 * 1e-10);
    }

    @Test
    void adamWithoutCorrectionTakesTooLargeFirstSteps() {
        // uncorrected first step: ε (1 − β1)/√(1 − β2) = 1e-3 · 0.1/√0.001 ≈ 3.16e-3
        OptimizerSettings s = OptimizerKind.ADAM_NOBIAS.defaults().withDelta(0);
        double[] theta = {0, 0};
        new AdamNoBiasCorrection(s, 2).step(TestObjectives.linear(5, 5), theta, s.learningRate());
        assertEquals(-1e-3 * 0.1 / Math.sqrt(0.001), theta[0], 1e-12);
    }

    @Test
    void adaGradStepsShrinkOnAConstantGradient() {
        // r_k = k g², so step k is ε|g|/(δ + √k|g|) ≈ ε/√k
        OptimizerSettings s = OptimizerKind.ADAGRAD.defaults().withLearningRate(0.1);
        AdaGrad o = new AdaGrad(s, 2);
        Objective f = TestObjectives.linear(3, 4);
        double[] theta = {0, 0};
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= 100; k++) {
            double before = theta[0];
            o.step(f, theta, 0.1);
            double step = before - theta[0];
            assertTrue(step < previous, "step " + k + " shrinks");
            assertEquals(0.1 / Math.sqrt(k), step, 1e-7);
            previous = step;
        }
    }

    @Test
    void momentumSpeedTendsToTerminalSpeed() {
        // g = (3, 4), ‖g‖ = 5, ε = 0.1, α = 0.9: ‖v‖ → ε‖g‖/(1 − α) = 0.5/0.1 = 5, ten times GD's 0.5
        Momentum o = new Momentum(OptimizerSettings.DEFAULTS.withMomentum(0.9), 2);
        double[] theta = {0, 0};
        for (int k = 0; k < 400; k++) {
            o.step(TestObjectives.linear(3, 4), theta, 0.1);
        }
        assertEquals(5, norm(o.velocity()), 1e-12);
        assertEquals(5, Momentum.terminalSpeed(0.1, 5, 0.9), 1e-12);
    }

    @Test
    void gradientDescentAtItsBestRateContractsByKappaMinusOneOverKappaPlusOne() {
        QuadraticBowl bowl = new QuadraticBowl(25);
        double rate = bowl.optimalGradientDescentRate();
        assertEquals(2.0 / 26, rate, 1e-16); // 2/(λmin + λmax) = 2/(1 + 25)
        double contraction = 24.0 / 26;     // (κ − 1)/(κ + 1)
        Sgd o = new Sgd(2);
        double[] theta = {-2.5, 1.5};
        for (int k = 1; k <= 50; k++) {
            double before = norm(theta);
            o.step(bowl, theta, rate);
            assertEquals(contraction, norm(theta) / before, 1e-12, "step " + k);
        }
    }

    @Test
    void heavyBallAtItsBestSettingsContractsByAboutRootKappaMinusOneOverRootKappaPlusOne() {
        QuadraticBowl bowl = new QuadraticBowl(25);
        // ε = 4/(√1 + √25)² = 4/36, α = ((5 − 1)/(5 + 1))² = 4/9; both eigenvalues give a double root ±2/3,
        // so ‖θ_k‖ ∝ k (2/3)^k: over steps 100…200 the mean contraction is (2/3)·2^(1/100) ≈ 0.6713
        assertEquals(4.0 / 36, bowl.optimalHeavyBallRate(), 1e-16);
        assertEquals(4.0 / 9, bowl.optimalHeavyBallMomentum(), 1e-15);
        Momentum o = new Momentum(OptimizerSettings.DEFAULTS.withMomentum(4.0 / 9), 2);
        double[] theta = {-2.5, 1.5};
        double at100 = 0;
        for (int k = 1; k <= 200; k++) {
            o.step(bowl, theta, 4.0 / 36);
            if (k == 100) {
                at100 = norm(theta);
            }
        }
        double mean = Math.pow(norm(theta) / at100, 1.0 / 100);
        assertTrue(mean >= 2.0 / 3 && mean <= 2.0 / 3 * 1.01, "mean contraction " + mean);
        assertTrue(mean < 24.0 / 26, "faster than GD's best");
    }
}
