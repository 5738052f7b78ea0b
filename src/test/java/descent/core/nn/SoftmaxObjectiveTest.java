package descent.core.nn;

import descent.core.data.table.ShippedData;
import descent.core.data.table.Table;
import descent.core.data.table.TableSplit;
import descent.core.math.Rng;
import descent.core.optim.Sgd;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Softmax cross-entropy on d inputs and K outputs with L2 decay: every gradient component against central
 * differences, the decay by hand, and a real run on the penguins that learns.
 */
class SoftmaxObjectiveTest {
    private static final double H = 1e-5;

    private static Table randomTable(int n, int d, int k, Rng rng) {
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
        }
        String[] features = new String[d];
        Arrays.fill(features, "f");
        String[] classes = new String[k];
        Arrays.fill(classes, "c");
        return new Table(features, classes, x, y);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        int[][] shapes = {{3, 4, 3}, {5, 6, 4, 10}, {64, 8, 10}};
        double[] lambdas = {0, 0.3};
        for (int[] shape : shapes) {
            for (double lambda : lambdas) {
                for (Activation hidden : new Activation[] {Activation.TANH, Activation.RELU}) {
                    check(shape, hidden, lambda);
                }
            }
        }
    }

    private static void check(int[] shape, Activation hidden, double lambda) {
        Rng rng = new Rng(11);
        Table data = randomTable(20, shape[0], shape[shape.length - 1], rng);
        Network net = new Network(shape, hidden, Activation.LINEAR);
        double[] theta = new double[net.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = 0.5 * rng.nextGaussian();
        }
        SoftmaxObjective objective = new SoftmaxObjective(net, data, lambda);
        int[] batch = {3, 0, 17, 8, 8, 12};
        objective.setBatch(batch, batch.length);
        double[] g = new double[theta.length];
        Arrays.fill(g, 99);
        double value = objective.valueAndGradient(theta, g);
        assertEquals(objective.value(theta), value, 1e-14);
        for (int p = 0; p < theta.length; p++) {
            double keep = theta[p];
            theta[p] = keep + H;
            double up = objective.value(theta);
            theta[p] = keep - H;
            double down = objective.value(theta);
            theta[p] = keep;
            double fd = (up - down) / (2 * H);
            double tol = 1e-6 * Math.max(1, Math.abs(fd));
            assertEquals(fd, g[p], tol, Arrays.toString(shape) + " " + hidden + " λ=" + lambda + " ∂J/∂θ_" + p);
        }
    }

    @Test
    void decayCoversWeightsNotBiases() {
        // 1-1-2 linear: weights w₀ (1), W₁ (2); biases b₀ (1), b₁ (2). θ = all 1 ⇒ ‖W‖² = 3, (λ/2)‖W‖² = 0.3 at λ = 0.2.
        Network net = new Network(new int[] {1, 1, 2}, Activation.LINEAR, Activation.LINEAR);
        Table t = new Table(new String[] {"u"}, new String[] {"a", "b"}, new double[] {0}, new int[] {0});
        SoftmaxObjective o = new SoftmaxObjective(net, t, 0.2);
        double[] theta = new double[net.parameterCount()];
        Arrays.fill(theta, 1);
        assertEquals(0.3, o.decay(theta), 1e-15);
        theta[net.biasOffset(0)] = 50;
        theta[net.biasOffset(1)] = 50;
        assertEquals(0.3, o.decay(theta), 1e-15, "biases carry no decay");
    }

    @Test
    void refusesMismatchedShapes() {
        Table t = randomTable(4, 3, 3, new Rng(1));
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxObjective(new Network(new int[] {3, 4, 2}, Activation.TANH, Activation.LINEAR), t, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxObjective(new Network(new int[] {2, 4, 3}, Activation.TANH, Activation.LINEAR), t, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxObjective(new Network(new int[] {3, 4, 3}, Activation.TANH, Activation.SIGMOID), t, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxObjective(new Network(new int[] {3, 4, 3}, Activation.TANH, Activation.LINEAR), t, -1));
    }

    @Test
    void sgdLearnsThePenguins() throws Exception {
        Table all = ShippedData.PENGUINS.parse(Files.readAllBytes(Path.of("webapp/data").resolve(ShippedData.PENGUINS.file())));
        TableSplit split = TableSplit.of(all, 0.7, new Rng(5));
        Network net = new Network(new int[] {2, 8, 3}, Activation.TANH, Activation.LINEAR);
        double[] theta = new double[net.parameterCount()];
        Init.XAVIER_NORMAL.initialize(net, theta, new Rng(9), 1);
        SoftmaxObjective objective = new SoftmaxObjective(net, split.train(), 0);
        int n = split.train().size();
        int[] batch = new int[16];
        Rng order = new Rng(3);
        Sgd sgd = new Sgd(theta.length);
        ConfusionMatrix before = new ConfusionMatrix(3);
        SoftmaxObjective.confusion(net, theta, split.validation(), before);
        for (int step = 0; step < 1500; step++) {
            for (int b = 0; b < batch.length; b++) {
                batch[b] = (int) (order.nextDouble() * n);
            }
            objective.setBatch(batch, batch.length);
            sgd.step(objective, theta, 0.1);
        }
        ConfusionMatrix after = new ConfusionMatrix(3);
        SoftmaxObjective.confusion(net, theta, split.validation(), after);
        assertEquals(split.validation().size(), after.total());
        assertTrue(after.accuracy() > 0.9, "validation accuracy after 1,500 SGD steps: " + after.accuracy()
                + " (before: " + before.accuracy() + ")");
        for (int c = 0; c < 3; c++) {
            assertTrue(after.classAccuracy(c) > 0.75, "class " + c + ": " + after.classAccuracy(c));
        }
    }
}
