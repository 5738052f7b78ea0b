package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

class InitTest {
    private final Network net = new Network(new int[] {2, 40, 60, 1}, Activation.TANH, Activation.SIGMOID);

    /** Mean and variance of the weights of layer l. */
    private double[] moments(double[] theta, int l) {
        int from = net.weightOffset(l);
        int to = net.biasOffset(l);
        double sum = 0;
        double sq = 0;
        for (int p = from; p < to; p++) {
            sum += theta[p];
            sq += theta[p] * theta[p];
        }
        int n = to - from;
        return new double[] {sum / n, sq / n - (sum / n) * (sum / n)};
    }

    private double[] filled(Init init, double scale) {
        double[] theta = new double[net.parameterCount()];
        java.util.Arrays.fill(theta, 9.0);
        init.initialize(net, theta, new Rng(12), scale);
        for (int l = 0; l < net.layerCount(); l++) {
            for (int j = 0; j < net.width(l + 1); j++) {
                assertEquals(0.0, theta[net.biasOffset(l) + j], init + ": biases start at 0");
            }
        }
        return theta;
    }

    @Test
    void xavierUniformStaysInsideItsBoundWithTheUniformVariance() {
        double[] theta = filled(Init.XAVIER_UNIFORM, 1);
        double bound = Math.sqrt(6.0 / (40 + 60)); // layer 1: 40 → 60
        for (int p = net.weightOffset(1); p < net.biasOffset(1); p++) {
            assertTrue(Math.abs(theta[p]) <= bound);
        }
        assertEquals(bound * bound / 3, moments(theta, 1)[1], 0.1 * bound * bound / 3);
    }

    @Test
    void heNormalHasVarianceTwoOverFanIn() {
        double[] theta = filled(Init.HE_NORMAL, 1);
        assertEquals(2.0 / 40, moments(theta, 1)[1], 0.1 * 2.0 / 40);
        assertEquals(0, moments(theta, 1)[0], 0.01);
    }

    @Test
    void uniformOneOverSqrtFanIn() {
        double[] theta = filled(Init.UNIFORM_1_OVER_SQRT_M, 1);
        double bound = 1 / Math.sqrt(40);
        double max = 0;
        for (int p = net.weightOffset(1); p < net.biasOffset(1); p++) {
            max = Math.max(max, Math.abs(theta[p]));
        }
        assertTrue(max <= bound && max > 0.95 * bound);
    }

    @Test
    void normalUsesTheScaleAsSigmaAndZeroIsZero() {
        double[] theta = filled(Init.NORMAL, 0.3);
        assertEquals(0.09, moments(theta, 1)[1], 0.009);
        double[] zero = filled(Init.ZERO, 5);
        for (double v : zero) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void scaleMultipliesEveryDraw() {
        double[] one = filled(Init.XAVIER_UNIFORM, 1);
        double[] tiny = filled(Init.XAVIER_UNIFORM, 0.01);
        for (int p = 0; p < one.length; p++) {
            assertEquals(0.01 * one[p], tiny[p], 1e-15);
        }
    }
}
