package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.math.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation against an independent reference: central differences of J(θ),
 * ∂J/∂θ_p ≈ (J(θ + h e_p) − J(θ − h e_p)) / 2h, for every parameter.
 */
class GradientCheckTest {
    private static final int[][] SHAPES = {{2, 3, 1}, {2, 5, 4, 1}, {2, 4, 4, 4, 4, 1}};
    private static final double H = 1e-5;
    private static final double REL = 1e-6;

    /**
     * Checks at random θ from a few seeds until one gives a gradient that is not all (nearly) zero — a deep
     * narrow ReLU net can start with every unit dead, which would make the comparison vacuous.
     */
    private static void checkGradient(int[] shape, Activation hidden, Activation output, Loss loss, Dataset data,
                                      int seed) {
        for (int s = seed; s < seed + 5; s++) {
            if (checkGradientAt(shape, hidden, output, loss, data, s) > 1e-4) {
                return;
            }
        }
        fail(hidden + "/" + output + "/" + loss + " " + Arrays.toString(shape) + ": gradient vanished for every seed");
    }

    /** Compares every component; returns max |∂J/∂θ_p|. */
    private static double checkGradientAt(int[] shape, Activation hidden, Activation output, Loss loss, Dataset data,
                                          int seed) {
        Network net = new Network(shape, hidden, output);
        Rng rng = new Rng(seed);
        double[] theta = new double[net.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = 0.8 * rng.nextGaussian(); // biases too, so their gradients are tested away from 0
        }
        int[] batch = {3, 0, 17, 8, 8, 25, 12}; // a repeated example counts twice
        NetworkObjective objective = new NetworkObjective(net, loss, data);
        objective.setBatch(batch, batch.length);

        double[] grad = new double[theta.length];
        Arrays.fill(grad, 123.0); // the gradient must be written, not accumulated onto old contents
        double value = objective.valueAndGradient(theta, grad);
        assertEquals(objective.value(theta), value, 1e-15 * Math.max(1, Math.abs(value)));

        String what = hidden + "/" + output + "/" + loss + " " + Arrays.toString(shape);
        double maxAbs = 0;
        for (int p = 0; p < theta.length; p++) {
            double saved = theta[p];
            theta[p] = saved + H;
            double plus = objective.value(theta);
            theta[p] = saved - H;
            double minus = objective.value(theta);
            theta[p] = saved;
            double numeric = (plus - minus) / (2 * H);
            double scale = Math.max(Math.abs(numeric), Math.abs(grad[p]));
            maxAbs = Math.max(maxAbs, Math.abs(grad[p]));
            // relative error, with an absolute floor for entries that are (nearly) zero
            if (Math.abs(numeric - grad[p]) > REL * scale + 1e-9) {
                fail(what + ": ∂J/∂θ[" + p + "] backprop " + grad[p] + " vs finite difference " + numeric);
            }
        }
        return maxAbs;
    }

    @Test
    void everyHiddenActivationWithCrossEntropyOnASigmoidOutput() {
        Dataset data = DatasetKind.CIRCLE.generate(30, 0.2, new Rng(1));
        for (int[] shape : SHAPES) {
            for (Activation hidden : Activation.values()) {
                checkGradient(shape, hidden, Activation.SIGMOID, Loss.CROSS_ENTROPY, data, 5);
            }
        }
    }

    @Test
    void everyHiddenActivationWithSquaredErrorOnEveryOutput() {
        Dataset labels = DatasetKind.XOR.generate(30, 0.2, new Rng(2));
        Dataset targets = DatasetKind.BUMPS.generate(30, 0.2, new Rng(3));
        for (int[] shape : SHAPES) {
            for (Activation hidden : Activation.values()) {
                checkGradient(shape, hidden, Activation.LINEAR, Loss.SQUARED_ERROR, targets, 6);
                checkGradient(shape, hidden, Activation.SIGMOID, Loss.SQUARED_ERROR, labels, 7);
                checkGradient(shape, hidden, Activation.TANH, Loss.SQUARED_ERROR, targets, 8);
            }
        }
    }

    @Test
    void wideAndSingleExampleBatches() {
        Dataset data = DatasetKind.MOONS.generate(30, 0.1, new Rng(4));
        for (Activation hidden : Activation.values()) {
            checkGradient(new int[] {2, 16, 1}, hidden, Activation.SIGMOID, Loss.CROSS_ENTROPY, data, 9);
        }
        Network net = new Network(new int[] {2, 3, 3, 1}, Activation.TANH, Activation.SIGMOID);
        double[] theta = new double[net.parameterCount()];
        Init.NORMAL.initialize(net, theta, new Rng(1), 1);
        NetworkObjective one = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        one.setBatch(new int[] {4}, 1);
        double[] g = new double[theta.length];
        one.valueAndGradient(theta, g);
        for (int p = 0; p < theta.length; p++) {
            double saved = theta[p];
            theta[p] = saved + H;
            double plus = one.value(theta);
            theta[p] = saved - H;
            double minus = one.value(theta);
            theta[p] = saved;
            assertEquals((plus - minus) / (2 * H), g[p], REL * Math.abs(g[p]) + 1e-9);
        }
    }
}
