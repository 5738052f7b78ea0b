package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.math.MathFns;
import descent.core.math.Rng;
import descent.core.optim.Sgd;
import org.junit.jupiter.api.Test;

/** Layout, training and evaluation modes, running averages and allocation of batch norm. */
class BatchNormModesTest {
    private final Dataset data = DatasetKind.CIRCLE.generate(40, 0.1, new Rng(1));
    private final int[] all = range(40);

    private static int[] range(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static double[] randomTheta(Network net, int seed) {
        double[] theta = new double[net.parameterCount()];
        Init.XAVIER_UNIFORM.initialize(net, theta, new Rng(seed), 1);
        Rng rng = new Rng(seed + 100);
        for (int l = 1; l < net.layerCount(); l++) {
            for (int j = 0; j < net.width(l); j++) {
                theta[net.gammaOffset(l) + j] = 0.5 + rng.nextDouble();
                theta[net.betaOffset(l) + j] = rng.nextGaussian();
            }
        }
        return theta;
    }

    @Test
    void gammaAndBetaFollowAllWeightsAndBiasesLayerByLayer() {
        Network net = new Network(new int[] {2, 3, 4, 1}, Activation.TANH, Activation.SIGMOID, true);
        assertEquals(BatchNormPlacement.BEFORE_ACTIVATION, net.batchNormPlacement());
        assertEquals(0, net.weightOffset(0));
        assertEquals(29, net.biasOffset(2)); // as without batch norm
        assertEquals(30, net.gammaOffset(1));
        assertEquals(33, net.betaOffset(1));
        assertEquals(36, net.gammaOffset(2));
        assertEquals(40, net.betaOffset(2));
        assertEquals(44, net.parameterCount());
        assertThrows(IllegalArgumentException.class, () -> net.gammaOffset(0));
        assertThrows(IllegalArgumentException.class, () -> net.betaOffset(3));
        Network plain = new Network(new int[] {2, 3, 4, 1}, Activation.TANH, Activation.SIGMOID, false);
        assertFalse(plain.hasBatchNorm());
        assertEquals(30, plain.parameterCount());
        assertThrows(IllegalArgumentException.class, () -> plain.gammaOffset(1));
        assertEquals(BatchNormPlacement.AFTER_ACTIVATION, BatchNormPlacement.fromId("after"));
    }

    @Test
    void trainingModeNormalizesEachUnitOverTheBatch() {
        for (BatchNormPlacement placement : new BatchNormPlacement[] {BatchNormPlacement.BEFORE_ACTIVATION,
            BatchNormPlacement.AFTER_ACTIVATION}) {
            Network net = new Network(new int[] {2, 5, 4, 1}, Activation.TANH, Activation.SIGMOID, placement);
            double[] theta = randomTheta(net, 3);
            net.forward(theta, data, all, 40);
            for (int l = 1; l <= 2; l++) {
                BatchNorm bn = net.batchNorm(l);
                int k = net.width(l);
                double[] xhat = bn.normalized();
                for (int j = 0; j < k; j++) {
                    double mean = 0;
                    double sq = 0;
                    for (int b = 0; b < 40; b++) {
                        mean += xhat[b * k + j];
                        sq += xhat[b * k + j] * xhat[b * k + j];
                    }
                    double var = bn.batchSigma()[j] * bn.batchSigma()[j] - BatchNorm.DELTA;
                    assertEquals(0, mean / 40, 1e-12);
                    assertEquals(var / (var + BatchNorm.DELTA), sq / 40, 1e-12);
                    double a = net.activations(l)[7 * k + j]; // the layer's output from x̂
                    double y = theta[net.gammaOffset(l) + j] * xhat[7 * k + j] + theta[net.betaOffset(l) + j];
                    double expected = placement == BatchNormPlacement.BEFORE_ACTIVATION ? MathFns.tanh(y) : y;
                    assertEquals(expected, a, 1e-15);
                }
            }
        }
    }

    @Test
    void evaluationModeBeforeTrainingIsThePlainNetwork() {
        int[] sizes = {2, 5, 4, 1};
        Network plain = new Network(sizes, Activation.RELU, Activation.SIGMOID);
        Network bn = new Network(sizes, Activation.RELU, Activation.SIGMOID, true);
        double[] theta = new double[bn.parameterCount()];
        Init.HE_NORMAL.initialize(bn, theta, new Rng(4), 1); // γ = 1, β = 0, μ̄ = 0, σ̄ = 1
        bn.setTraining(false);
        bn.forward(theta, data, all, 40);
        plain.forward(theta, data, all, 40);
        for (int b = 0; b < 40; b++) {
            assertEquals(plain.outputs()[b], bn.outputs()[b], 0.0);
        }
        assertEquals(plain.predict(theta, 0.5, -1), bn.predict(theta, 0.5, -1), 0.0);
    }

    @Test
    void runningAveragesApproachTheBatchStatisticsGeometrically() {
        Network net = new Network(new int[] {2, 5, 4, 1}, Activation.TANH, Activation.SIGMOID, true);
        double[] theta = randomTheta(net, 5);
        NetworkObjective objective = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        objective.setBatch(all, 40);
        double[] grad = new double[theta.length];
        objective.value(theta); // a value alone does not move the averages
        assertEquals(0.0, net.batchNorm(1).runningMean()[0]);
        assertEquals(1.0, net.batchNorm(1).runningSigma()[0]);
        int steps = 30;
        for (int k = 0; k < steps; k++) {
            objective.valueAndGradient(theta, grad); // θ fixed: the same batch statistics every time
        }
        double keep = Math.pow(1 - RunningStatistics.DEFAULT_MOMENTUM, steps);
        for (int l = 1; l <= 2; l++) {
            BatchNorm bn = net.batchNorm(l);
            for (int j = 0; j < net.width(l); j++) {
                assertEquals((1 - keep) * bn.batchMean()[j], bn.runningMean()[j], 1e-12);
                assertEquals(keep + (1 - keep) * bn.batchSigma()[j], bn.runningSigma()[j], 1e-12);
            }
        }
        // evaluation mode does not update them, and with η = 1 they are the last batch's
        net.setTraining(false);
        double before = net.batchNorm(1).runningMean()[0];
        objective.valueAndGradient(theta, grad);
        assertEquals(before, net.batchNorm(1).runningMean()[0], 0.0);
        net.setTraining(true);
        net.runningStatistics().setMomentum(1);
        objective.valueAndGradient(theta, grad);
        assertEquals(net.batchNorm(2).batchSigma()[3], net.batchNorm(2).runningSigma()[3], 0.0);
        // with the running averages equal to the full batch's statistics, both modes agree
        double training = objective.value(theta);
        net.setTraining(false);
        assertEquals(training, objective.value(theta), 1e-12);
        net.runningStatistics().reset();
        assertEquals(0.0, net.batchNorm(1).runningMean()[2]);
        assertEquals(1.0, net.batchNorm(2).runningSigma()[1]);
        assertThrows(IllegalArgumentException.class, () -> net.runningStatistics().setMomentum(0));
    }

    @Test
    void theEvaluatorUsesTheRunningAveragesAndRestoresTheMode() {
        Network net = new Network(new int[] {2, 6, 1}, Activation.TANH, Activation.SIGMOID, true);
        double[] theta = randomTheta(net, 6);
        net.runningStatistics().setMomentum(1);
        NetworkObjective objective = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        objective.setBatch(new int[] {0, 1, 2, 3, 4}, 5); // running averages from 5 points only
        objective.valueAndGradient(theta, new double[theta.length]);
        Evaluator evaluator = new Evaluator(net, Loss.CROSS_ENTROPY);
        evaluator.evaluate(theta, data);
        assertTrue(net.isTraining());
        net.setTraining(false);
        objective.setBatch(all, 40);
        assertEquals(objective.value(theta), evaluator.loss(), 1e-12);
        net.setTraining(true);
        assertTrue(Math.abs(objective.value(theta) - evaluator.loss()) > 1e-6, "the modes differ");
    }

    /** One training step (alternating a batch of 40 and of 1), a gradient, the statistics and two histograms. */
    private void iterate(int k, NetworkObjective objective, Sgd sgd, double[] theta, double[] grad, LayerStats stats,
                         int[] bins, int[] one) {
        Network net = objective.network();
        objective.setBatch(k % 2 == 0 ? all : one, k % 2 == 0 ? 40 : 1);
        sgd.step(objective, theta, 0.01);
        objective.valueAndGradient(theta, grad);
        stats.measure(net, theta, grad);
        LayerStats.activationHistogram(net, 1, -1, 1, bins);
        LayerStats.gradientHistogram(net, 2, -0.1, 0.1, bins);
    }

    @Test
    void stepsWithBatchNormAllocateNothingEvenForABatchOfOne() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean)) {
            return; // only HotSpot-like JVMs count allocations per thread
        }
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        for (BatchNormPlacement placement : new BatchNormPlacement[] {BatchNormPlacement.BEFORE_ACTIVATION,
            BatchNormPlacement.AFTER_ACTIVATION}) {
            Network net = new Network(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.SIGMOID, placement);
            double[] theta = randomTheta(net, 7);
            NetworkObjective objective = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
            Sgd sgd = new Sgd(theta.length);
            int[] one = {3};
            LayerStats stats = new LayerStats(net);
            int[] bins = new int[20];
            double[] grad = new double[theta.length];
            for (int warm = 0; warm < 2000; warm++) { // let the JIT settle and every class initialize
                iterate(warm, objective, sgd, theta, grad, stats, bins, one);
            }
            long before = hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int k = 0; k < 500; k++) {
                iterate(k, objective, sgd, theta, grad, stats, bins, one);
            }
            long allocated = hotspot.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertTrue(allocated < 4096, placement + ": " + allocated + " bytes in 500 steps");
            for (double v : theta) {
                assertTrue(Double.isFinite(v));
            }
        }
    }
}
