package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.math.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation through batch norm against central differences of J(θ). In training mode J depends on the
 * whole batch through μ and σ; the finite differences see that dependence as they perturb θ, so the check
 * covers the gradient through the statistics without any special handling.
 */
class BatchNormGradientCheckTest {
    private static final int[][] SHAPES = {{2, 3, 1}, {2, 5, 4, 1}, {2, 4, 4, 4, 4, 1}};
    private static final Activation[] HIDDEN = {Activation.TANH, Activation.RELU, Activation.SIGMOID};
    private static final BatchNormPlacement[] PLACEMENTS =
        {BatchNormPlacement.BEFORE_ACTIVATION, BatchNormPlacement.AFTER_ACTIVATION};
    private static final double H = 1e-5;
    private static final double REL = 1e-5;
    private static final int[] BATCH = {3, 0, 17, 8, 8, 25, 12}; // a repeated example counts twice

    /** Compares every component at a random θ (γ and β random too); returns max |∂J/∂θ_p| over γ and β. */
    private static double check(int[] shape, Activation hidden, Activation output, Loss loss, Dataset data,
                                BatchNormPlacement placement, boolean training, int[] batch, int seed) {
        Network net = new Network(shape, hidden, output, placement);
        Rng rng = new Rng(seed);
        double[] theta = new double[net.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = 0.8 * rng.nextGaussian();
        }
        NetworkObjective objective = new NetworkObjective(net, loss, data);
        objective.setBatch(batch, batch.length);
        if (!training) {
            // some running statistics that are not the (0, 1) start, then evaluation mode
            for (int l = 1; l < net.layerCount(); l++) {
                for (int j = 0; j < net.width(l); j++) {
                    net.batchNorm(l).runningMean()[j] = 0.3 * rng.nextGaussian();
                    net.batchNorm(l).runningSigma()[j] = 0.5 + rng.nextDouble();
                }
            }
            net.setTraining(false);
        }
        double[] grad = new double[theta.length];
        Arrays.fill(grad, 123.0);
        double value = objective.valueAndGradient(theta, grad);
        assertEquals(objective.value(theta), value, 1e-14 * Math.max(1, Math.abs(value)));

        String what = placement + (training ? " training " : " evaluation ") + hidden + "/" + output + "/" + loss
            + " " + Arrays.toString(shape) + " B=" + batch.length;
        for (int p = 0; p < theta.length; p++) {
            double saved = theta[p];
            theta[p] = saved + H;
            double plus = objective.value(theta);
            theta[p] = saved - H;
            double minus = objective.value(theta);
            theta[p] = saved;
            double numeric = (plus - minus) / (2 * H);
            double scale = Math.max(Math.abs(numeric), Math.abs(grad[p]));
            if (Math.abs(numeric - grad[p]) > REL * scale + 1e-8) {
                fail(what + ": ∂J/∂θ[" + p + "] backprop " + grad[p] + " vs finite difference " + numeric);
            }
        }
        double maxBn = 0;
        for (int p = net.gammaOffset(1); p < theta.length; p++) {
            maxBn = Math.max(maxBn, Math.abs(grad[p]));
        }
        return maxBn;
    }

    @Test
    void trainingModeBothPlacementsEveryShapeActivationAndLoss() {
        Dataset labels = DatasetKind.CIRCLE.generate(30, 0.2, new Rng(1));
        Dataset targets = DatasetKind.BUMPS.generate(30, 0.2, new Rng(3));
        int seed = 10;
        for (BatchNormPlacement placement : PLACEMENTS) {
            for (int[] shape : SHAPES) {
                for (Activation hidden : HIDDEN) {
                    double g1 = check(shape, hidden, Activation.SIGMOID, Loss.CROSS_ENTROPY, labels, placement,
                        true, BATCH, seed++);
                    double g2 = check(shape, hidden, Activation.LINEAR, Loss.SQUARED_ERROR, targets, placement,
                        true, BATCH, seed++);
                    double g3 = check(shape, hidden, Activation.SIGMOID, Loss.SQUARED_ERROR, labels, placement,
                        true, BATCH, seed++);
                    assertTrue(g1 > 1e-4 && g2 > 1e-4 && g3 > 1e-4, "γ/β gradients are not all vanishing");
                }
            }
        }
    }

    @Test
    void evaluationModeTreatsTheRunningStatisticsAsConstants() {
        Dataset labels = DatasetKind.MOONS.generate(30, 0.1, new Rng(4));
        int seed = 100;
        for (BatchNormPlacement placement : PLACEMENTS) {
            for (Activation hidden : HIDDEN) {
                check(new int[] {2, 5, 4, 1}, hidden, Activation.SIGMOID, Loss.CROSS_ENTROPY, labels, placement,
                    false, BATCH, seed++);
            }
        }
    }

    @Test
    void wideLayersAndLargerBatches() {
        Dataset labels = DatasetKind.SPIRAL.generate(60, 0.1, new Rng(5));
        int[] batch = new int[40];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = (7 * i) % 60;
        }
        check(new int[] {2, 16, 12, 1}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY, labels,
            BatchNormPlacement.BEFORE_ACTIVATION, true, batch, 7);
        check(new int[] {2, 16, 12, 1}, Activation.RELU, Activation.LINEAR, Loss.SQUARED_ERROR, labels,
            BatchNormPlacement.AFTER_ACTIVATION, true, batch, 8);
    }

    @Test
    void aBatchOfOneNormalizesToBetaAndPassesNoGradientBack() {
        Dataset labels = DatasetKind.XOR.generate(30, 0.2, new Rng(2));
        for (BatchNormPlacement placement : PLACEMENTS) {
            Network net = new Network(new int[] {2, 4, 3, 1}, Activation.TANH, Activation.SIGMOID, placement);
            double[] theta = new double[net.parameterCount()];
            Rng rng = new Rng(9);
            for (int p = 0; p < theta.length; p++) {
                theta[p] = rng.nextGaussian();
            }
            NetworkObjective one = new NetworkObjective(net, Loss.CROSS_ENTROPY, labels);
            one.setBatch(new int[] {5}, 1);
            double[] grad = new double[theta.length];
            double value = one.valueAndGradient(theta, grad);
            assertTrue(Double.isFinite(value));
            BatchNorm bn = net.batchNorm(1);
            for (int j = 0; j < 4; j++) {
                assertEquals(Math.sqrt(BatchNorm.DELTA), bn.batchSigma()[j], 1e-15);
                assertEquals(0.0, bn.normalized()[j]);
            }
            for (int p = 0; p < net.biasOffset(1); p++) {
                assertEquals(0.0, grad[p], "nothing reaches the first layer's weights through a batch of one");
            }
            for (double g : grad) {
                assertTrue(Double.isFinite(g));
            }
            check(new int[] {2, 4, 3, 1}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY, labels,
                placement, true, new int[] {5}, 3);
        }
    }
}
