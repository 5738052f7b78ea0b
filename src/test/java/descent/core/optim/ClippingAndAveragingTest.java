package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.landscape.PlateauCliff;
import descent.core.landscape.QuadraticBowl;
import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

class ClippingAndAveragingTest {
    @Test
    void clipByNorm() {
        double[] g = {3, 4};
        assertEquals(5, ClippedObjective.clipByNorm(g, 1), 0);
        assertArrayEquals(new double[] {0.6, 0.8}, g, 1e-15); // c·g/‖g‖ = (3, 4)/5
        double[] small = {0.3, 0.4};
        ClippedObjective.clipByNorm(small, 1);
        assertArrayEquals(new double[] {0.3, 0.4}, small, 0);
    }

    @Test
    void clipByValue() {
        double[] g = {3, -4, 0.5};
        assertTrue(ClippedObjective.clipByValue(g, 1));
        assertArrayEquals(new double[] {1, -1, 0.5}, g, 0);
        assertFalse(ClippedObjective.clipByValue(g, 1));
    }

    @Test
    void wrapperClipsTheGradientOnlyAndCounts() {
        QuadraticBowl bowl = new QuadraticBowl(4); // at (3, 1): J = ½(9 + 4) = 6.5, g = (3, 4)
        ClippedObjective clipped = new ClippedObjective(bowl, ClipMode.NORM, 1);
        double[] g = new double[2];
        assertEquals(6.5, clipped.valueAndGradient(new double[] {3, 1}, g), 0);
        assertArrayEquals(new double[] {0.6, 0.8}, g, 1e-15);
        assertEquals(5, clipped.lastNorm(), 0);
        clipped.valueAndGradient(new double[] {0.1, 0}, g);
        assertEquals(2, clipped.evaluations());
        assertEquals(1, clipped.clippedCount());
        assertEquals(6.5, clipped.value(new double[] {3, 1}), 0);
    }

    @Test
    void clippingKeepsTheCliffFromCatapultingGradientDescent() {
        // PlateauCliff from (4, 0.5) with ε = 0.5: on the cliff face ‖∇J‖ reaches 25, one step throws θ ≈ 12
        // units, onto the plateau beyond the bowl, where it stays. Clipped at ‖g‖ ≤ 1, steps are ≤ 0.5 long.
        PlateauCliff cliff = new PlateauCliff();
        double[] free = {cliff.startX(), cliff.startY()};
        double[] clippedTheta = free.clone();
        Sgd plain = new Sgd(2);
        Sgd guarded = new Sgd(2);
        ClippedObjective clipped = new ClippedObjective(cliff, ClipMode.NORM, 1);
        double longest = 0;
        for (int k = 0; k < 300; k++) {
            double x = free[0];
            double y = free[1];
            plain.step(cliff, free, 0.5);
            longest = Math.max(longest, Math.hypot(free[0] - x, free[1] - y));
            guarded.step(clipped, clippedTheta, 0.5);
        }
        assertTrue(longest > 5, "catapulted: longest step " + longest);
        assertTrue(cliff.value(free[0], free[1]) > 0.9, "stranded on the plateau");
        assertTrue(cliff.distanceToNearestMinimum(clippedTheta[0], clippedTheta[1]) < 1e-3, "clipped run in the bowl");
        assertTrue(clipped.clippedCount() > 0);
    }

    @Test
    void polyakAverageByHand() {
        ParameterAverage avg = new ParameterAverage(AveragingMode.POLYAK, 0, new double[] {9, 9});
        assertArrayEquals(new double[] {9, 9}, avg.averaged(), 0); // before any step: θ0
        avg.update(new double[] {1, 0});
        assertArrayEquals(new double[] {1, 0}, avg.averaged(), 0);
        avg.update(new double[] {2, 2});
        assertArrayEquals(new double[] {1.5, 1}, avg.averaged(), 1e-16); // (1 + 2)/2, (0 + 2)/2
        avg.update(new double[] {6, 4});
        assertArrayEquals(new double[] {3, 2}, avg.averaged(), 1e-15); // (1 + 2 + 6)/3, (0 + 2 + 4)/3
        assertEquals(3, avg.count());
        assertEquals(0.5 * (9 + 4 * 4), avg.valueAt(new QuadraticBowl(4)), 1e-14); // J at (3, 2)
    }

    @Test
    void emaByHand() {
        // α = 0.5, θ̂0 = (0, 0): (0.5, 0), then (0.25 + 1, 0 + 1) = (1.25, 1), then (0.625 + 3, 0.5 + 2)
        ParameterAverage avg = new ParameterAverage(AveragingMode.EMA, 0.5, new double[] {0, 0});
        avg.update(new double[] {1, 0});
        assertArrayEquals(new double[] {0.5, 0}, avg.averaged(), 0);
        avg.update(new double[] {2, 2});
        assertArrayEquals(new double[] {1.25, 1}, avg.averaged(), 0);
        avg.update(new double[] {6, 4});
        assertArrayEquals(new double[] {3.625, 2.5}, avg.averaged(), 0);
        avg.reset(new double[] {7, 7});
        assertArrayEquals(new double[] {7, 7}, avg.averaged(), 0);
        assertEquals(0, avg.count());
    }

    @Test
    void averagedWeightsBeatTheNoisyIterate() {
        // SGD with gradient noise N(0, 1) per coordinate on ½(x² + 4y²), constant ε = 0.1: the iterate keeps
        // jittering around the minimum; its averages settle much closer.
        QuadraticBowl bowl = new QuadraticBowl(4);
        Rng rng = new Rng(42);
        Objective noisy = new Objective() {
            public int dimension() {
                return 2;
            }

            public double value(double[] t) {
                return bowl.value(t);
            }

            public double valueAndGradient(double[] t, double[] g) {
                double v = bowl.valueAndGradient(t, g);
                g[0] += rng.nextGaussian();
                g[1] += rng.nextGaussian();
                return v;
            }
        };
        Sgd sgd = new Sgd(2);
        double[] theta = {1, 1};
        ParameterAverage polyak = new ParameterAverage(AveragingMode.POLYAK, 0, theta);
        ParameterAverage ema = new ParameterAverage(AveragingMode.EMA, 0.99, theta);
        double iterate = 0;
        double polyakLoss = 0;
        double emaLoss = 0;
        for (int k = 1; k <= 4000; k++) {
            sgd.step(noisy, theta, 0.1);
            polyak.update(theta);
            ema.update(theta);
            if (k > 2000) { // mean loss over the second half
                iterate += bowl.value(theta);
                polyakLoss += polyak.valueAt(bowl);
                emaLoss += ema.valueAt(bowl);
            }
        }
        assertTrue(polyakLoss < iterate / 10, polyakLoss + " vs " + iterate);
        assertTrue(emaLoss < iterate / 3, emaLoss + " vs " + iterate);
    }
}
