package descent.core.nn;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** L2 in the loss of the plane networks: central differences, λ = 0 unchanged, and what it adds by hand. */
class WeightDecayTest {
    private static final double H = 1e-5;

    private static NetworkObjective objective(Network net, double lambda) {
        Dataset data = DatasetKind.CIRCLE.generate(40, 0.1, new Rng(2));
        NetworkObjective o = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        o.setWeightDecay(lambda);
        int[] batch = {1, 5, 9, 9, 30};
        o.setBatch(batch, batch.length);
        return o;
    }

    private static double[] theta(Network net) {
        Rng rng = new Rng(4);
        double[] theta = new double[net.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = 0.7 * rng.nextGaussian();
        }
        return theta;
    }

    @Test
    void gradientWithDecayMatchesFiniteDifferences() {
        Network net = new Network(new int[] {2, 5, 4, 1}, Activation.TANH, Activation.SIGMOID);
        NetworkObjective o = objective(net, 0.3);
        double[] theta = theta(net);
        double[] g = new double[theta.length];
        o.valueAndGradient(theta, g);
        for (int p = 0; p < theta.length; p++) {
            double keep = theta[p];
            theta[p] = keep + H;
            double up = o.value(theta);
            theta[p] = keep - H;
            double down = o.value(theta);
            theta[p] = keep;
            assertEquals((up - down) / (2 * H), g[p], 1e-7, "∂J/∂θ_" + p);
        }
    }

    @Test
    void decayAddsHalfLambdaTimesTheSquaredWeightsAndLambdaWToTheGradient() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID);
        double[] theta = theta(net);
        NetworkObjective plain = objective(net, 0);
        double[] g0 = new double[theta.length];
        double j0 = plain.valueAndGradient(theta, g0);
        NetworkObjective decayed = objective(net, 0.5);
        double[] g1 = new double[theta.length];
        double j1 = decayed.valueAndGradient(theta, g1);
        double sq = 0;
        for (int l = 0; l < net.layerCount(); l++) {
            for (int p = net.weightOffset(l); p < net.biasOffset(l); p++) {
                sq += theta[p] * theta[p];
                assertEquals(g0[p] + 0.5 * theta[p], g1[p], 1e-15, "weight " + p);
            }
            for (int p = net.biasOffset(l); p < net.biasOffset(l) + net.width(l + 1); p++) {
                assertEquals(g0[p], g1[p], 0, "bias " + p + " carries no decay");
            }
        }
        assertEquals(j0 + 0.25 * sq, j1, 1e-14);
    }

    @Test
    void zeroDecayChangesNothing() {
        Network net = new Network(new int[] {2, 4, 1}, Activation.TANH, Activation.SIGMOID);
        double[] theta = theta(net);
        double[] a = new double[theta.length];
        double[] b = new double[theta.length];
        Dataset data = DatasetKind.CIRCLE.generate(40, 0.1, new Rng(2));
        NetworkObjective untouched = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        untouched.setBatch(new int[] {1, 5, 9, 9, 30}, 5);
        double ja = untouched.valueAndGradient(theta, a);
        double jb = objective(net, 0).valueAndGradient(theta, b);
        assertEquals(ja, jb, 0);
        assertEquals(Arrays.toString(a), Arrays.toString(b));
    }

    @Test
    void refusesNegativeOrInfiniteLambda() {
        Network net = new Network(new int[] {2, 4, 1}, Activation.TANH, Activation.SIGMOID);
        assertThrows(IllegalArgumentException.class, () -> objective(net, -0.1));
        assertThrows(IllegalArgumentException.class, () -> objective(net, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> objective(net, Double.NaN));
    }
}
