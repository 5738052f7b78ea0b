package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

/** The optimizer's state at a glance: effective step sizes and momentum's speed, as a run records them. */
class OptimizerStatisticsTest {
    private static Run run(OptimizerKind kind, OptimizerSettings s) {
        RunConfig c = new RunConfig();
        c.points = 100;
        c.hiddenLayers = new int[] {4};
        c.optimizer = kind.factory(s);
        c.learningRate = s.learningRate();
        Run run = new Run(c);
        run.optimizerStatistics().setEnabled(true);
        return run;
    }

    /** The value at the stored point nearest {@code step}. */
    private static double medianAt(Series s, int step) {
        int nearest = 0; // the series thins itself: the stored point closest to the step
        for (int i = 0; i < s.size(); i++) {
            if (Math.abs(s.step(i) - step) < Math.abs(s.step(nearest) - step)) {
                nearest = i;
            }
        }
        assertTrue(Math.abs(s.step(nearest) - step) <= 2, "a point near step " + step);
        return s.value(nearest);
    }

    @Test
    void adaGradsMedianStepFallsOver500StepsWhileRmsPropsDoesNot() {
        Run adagrad = run(OptimizerKind.ADAGRAD, OptimizerKind.ADAGRAD.defaults().withLearningRate(0.1));
        Run rmsprop = run(OptimizerKind.RMSPROP, OptimizerKind.RMSPROP.defaults().withLearningRate(0.01));
        assertEquals(500, adagrad.steps(500));
        assertEquals(500, rmsprop.steps(500));
        Series a = adagrad.optimizerStatistics().medianSeries();
        Series r = rmsprop.optimizerStatistics().medianSeries();
        double previous = Double.POSITIVE_INFINITY;
        for (int step : new int[] {1, 10, 100, 250, 500}) {
            double now = medianAt(a, step);
            assertTrue(now < previous, "AdaGrad's median effective step at step " + step + ": " + now
                    + " is below the one before, " + previous);
            previous = now;
        }
        assertTrue(medianAt(a, 500) < 0.3 * medianAt(a, 10), "AdaGrad's median shrank by far more than noise");
        // RMSProp forgets: after its first steps its median step stays at the scale of ε/RMS(g)
        assertTrue(medianAt(r, 500) > 0.3 * medianAt(r, 50), "RMSProp's median did not vanish: "
                + medianAt(r, 50) + " → " + medianAt(r, 500));
        Series lo = adagrad.optimizerStatistics().minimumSeries();
        Series hi = adagrad.optimizerStatistics().maximumSeries();
        for (int i = 0; i < a.size(); i++) {
            assertTrue(lo.value(i) <= a.value(i) && a.value(i) <= hi.value(i), "min ≤ median ≤ max");
        }
    }

    @Test
    void momentumsSpeedIsRecordedBesideItsTerminalSpeed() {
        Run run = run(OptimizerKind.MOMENTUM, OptimizerKind.MOMENTUM.defaults().withLearningRate(0.03));
        run.steps(50);
        OptimizerStatistics s = run.optimizerStatistics();
        assertEquals(50, s.speedSeries().size());
        // v ← αv − εg with v₀ = 0: after one step ‖v‖ = ε‖g‖ = (1 − α) × the terminal speed
        assertEquals(0.1 * s.terminalSpeedSeries().value(0), s.speedSeries().value(0), 1e-12);
        assertEquals(0.03 * 8.0 / 8.0, s.medianSeries().value(0), 1e-15, "momentum's effective step is ε");
        Run plain = run(OptimizerKind.GD, OptimizerKind.GD.defaults());
        plain.steps(5);
        assertEquals(0, plain.optimizerStatistics().speedSeries().size(), "no speed without momentum");
    }

    @Test
    void nothingIsRecordedWhileDisabledAndAResetForgets() {
        Run run = run(OptimizerKind.ADAM, OptimizerKind.ADAM.defaults());
        run.optimizerStatistics().setEnabled(false);
        run.steps(10);
        assertEquals(0, run.optimizerStatistics().medianSeries().size());
        run.optimizerStatistics().setEnabled(true);
        run.steps(10);
        assertEquals(10, run.optimizerStatistics().medianSeries().size());
        // Adam's first step is ε/(|g| + δ)·|g|: its effective step ε/(√ŝ + δ) there is ε/(|g₁| + δ), not ε
        run.reset();
        assertEquals(0, run.optimizerStatistics().medianSeries().size());
    }

    @Test
    void theMedianBySelectionIsTheMedianBySorting() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(40);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(4) == 0 ? 0.5 : random.nextGaussian(); // with ties
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            assertEquals(expected, OptimizerStatistics.median(a, n), 0, "n = " + n);
        }
    }
}
