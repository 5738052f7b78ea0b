package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

class LayerStatsTest {
    @Test
    void histogramCountsIntoEqualBinsClampsOutliersAndSkipsNaN() {
        double[] v = {-1, -0.99, -0.5, 0, 0.2499, 0.25, 0.999, 1, 3, -7, Double.NaN, 42};
        int[] bins = {9, 9, 9, 9};
        int clamped = LayerStats.histogram(v, 0, 11, -1, 1, bins); // 42 is outside the range given
        // [-1, -0.5): -1, -0.99, -7 (clamped); [-0.5, 0): -0.5; [0, 0.5): 0, 0.2499, 0.25;
        // [0.5, 1]: 0.999, 1 (the upper end belongs to the last bin), 3 (clamped); NaN skipped
        assertArrayEquals(new int[] {3, 1, 3, 3}, bins);
        assertEquals(2, clamped);
        assertEquals(10, bins[0] + bins[1] + bins[2] + bins[3]);
    }

    @Test
    void saturationFollowsEachActivationsFlatParts() {
        assertTrue(LayerStats.isSaturated(Activation.TANH, 0.995));
        assertTrue(LayerStats.isSaturated(Activation.TANH, -0.9901));
        assertFalse(LayerStats.isSaturated(Activation.TANH, 0.99));
        assertTrue(LayerStats.isSaturated(Activation.SIGMOID, 0.005));
        assertTrue(LayerStats.isSaturated(Activation.SIGMOID, 0.995));
        assertFalse(LayerStats.isSaturated(Activation.SIGMOID, 0.01));
        assertFalse(LayerStats.isSaturated(Activation.SIGMOID, 0.5));
        assertTrue(LayerStats.isSaturated(Activation.RELU, 0));
        assertFalse(LayerStats.isSaturated(Activation.RELU, 1e-300));
        assertFalse(LayerStats.isSaturated(Activation.LINEAR, 1e6));
        assertEquals(0.5, LayerStats.saturatedFraction(Activation.TANH, new double[] {1, 0, -1, 0.3}, 0, 4));
    }

    @Test
    void measuredStatisticsMatchADirectComputation() {
        DepthProbe probe = new DepthProbe(3, 5, Activation.TANH, BatchNormPlacement.NONE);
        probe.initialize(Init.NORMAL, 1.5, 1, 15, new Rng(1));
        probe.sampleInputs(7, new Rng(2));
        double loss = probe.measure();
        Network net = probe.network();
        LayerStats s = probe.stats();
        for (int l = 1; l <= 3; l++) {
            double[] a = net.activations(l);
            double sum = 0;
            int sat = 0;
            for (int p = 0; p < 35; p++) {
                sum += a[p];
                sat += Math.abs(a[p]) > 0.99 ? 1 : 0;
            }
            double mean = sum / 35;
            double sq = 0;
            for (int p = 0; p < 35; p++) {
                sq += (a[p] - mean) * (a[p] - mean);
            }
            assertEquals(mean, s.activationMean(l), 1e-15);
            assertEquals(Math.sqrt(sq / 35), s.activationStd(l), 1e-15);
            assertEquals(sat / 35.0, s.saturatedFraction(l), 0.0);
            double g = 0;
            double w = 0;
            for (int p = net.weightOffset(l - 1); p < net.biasOffset(l - 1); p++) {
                g += probe.gradient()[p] * probe.gradient()[p];
                w += probe.theta()[p] * probe.theta()[p];
            }
            assertEquals(Math.sqrt(g), s.weightGradientNorm(l), 1e-15);
            assertEquals(Math.sqrt(w), s.weightNorm(l), 1e-15);
            assertTrue(s.gradientStd(l) > 0);
        }
        // the probe's loss is the mean of ½ŷ² and its gradient matches finite differences
        double[] theta = probe.theta();
        int p = net.weightOffset(1) + 3;
        double saved = theta[p];
        double h = 1e-6;
        theta[p] = saved + h;
        double plus = probe.measure();
        theta[p] = saved - h;
        double minus = probe.measure();
        theta[p] = saved;
        double analytic = probe.gradient()[p];
        assertEquals(loss, probe.measure(), 0.0);
        assertEquals((plus - minus) / (2 * h), probe.gradient()[p], 1e-7 * Math.abs(analytic) + 1e-10);
    }

    @Test
    void deadReluUnitsAreCounted() {
        DepthProbe probe = new DepthProbe(2, 4, Activation.RELU, BatchNormPlacement.NONE);
        probe.initialize(Init.HE_NORMAL, 1, 1, 15, new Rng(3));
        Network net = probe.network();
        probe.theta()[net.biasOffset(0) + 1] = -100; // unit 1 of layer 1 never fires
        probe.theta()[net.biasOffset(0) + 3] = -100;
        probe.sampleInputs(50, new Rng(4));
        probe.measure();
        assertEquals(0.5, probe.stats().deadUnitFraction(1));
        assertTrue(probe.stats().saturatedFraction(1) >= 0.5);
    }

    @Test
    void updateToWeightRatioOfAnSgdStepIsEpsilonTimesTheGradientOverTheWeights() {
        DepthProbe probe = new DepthProbe(2, 6, Activation.TANH, BatchNormPlacement.NONE);
        probe.initialize(Init.XAVIER_UNIFORM, 1, 1, 15, new Rng(5));
        probe.sampleInputs(16, new Rng(6));
        probe.measure();
        double[] before = probe.theta().clone();
        double[] after = before.clone();
        double eps = 0.05;
        for (int p = 0; p < after.length; p++) {
            after[p] -= eps * probe.gradient()[p];
        }
        LayerStats s = probe.stats();
        for (int l = 1; l <= 2; l++) {
            assertEquals(eps * s.weightGradientNorm(l) / s.weightNorm(l),
                LayerStats.updateToWeightRatio(probe.network(), l, before, after), 1e-15);
        }
        assertEquals(0.0, LayerStats.updateToWeightRatio(probe.network(), 1, before, before));
        double[] zero = new double[before.length];
        assertEquals(Double.POSITIVE_INFINITY, LayerStats.updateToWeightRatio(probe.network(), 1, zero, after));
    }

    @Test
    void unitSpreadSeesEveryParameterOfAUnit() {
        Network net = new Network(new int[] {2, 3, 2, 1}, Activation.TANH, Activation.SIGMOID, true);
        double[] theta = new double[net.parameterCount()];
        Init.CONSTANT.initialize(net, theta, new Rng(1), 0.4);
        assertEquals(0.0, LayerStats.unitSpread(net, theta, 1));
        int[] probes = {net.weightOffset(0) + 2 * 2 + 1, net.biasOffset(0) + 1, net.gammaOffset(1) + 2,
            net.betaOffset(1) + 1, net.weightOffset(1) + 1 * 3 + 2};
        for (int p : probes) {
            double saved = theta[p];
            theta[p] += 0.01;
            assertEquals(0.01, LayerStats.unitSpread(net, theta, 1), 1e-12, "parameter " + p);
            assertFalse(LayerStats.unitsIdentical(net, theta, 1, 1e-3));
            boolean intoLayer2 = p == net.weightOffset(1) + 5; // W_1[1][2] is also an incoming weight of layer 2
            assertEquals(intoLayer2 ? 0.01 : 0.0, LayerStats.unitSpread(net, theta, 2), 1e-12);
            theta[p] = saved;
        }
    }
}
