package descent.bench;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.data.Minibatches;
import descent.core.data.table.Table;
import descent.core.math.Rng;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.nn.Loss;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import descent.core.nn.OutputGrid;
import descent.core.nn.SoftmaxObjective;
import descent.core.optim.Sgd;

/**
 * The benchmark's fixed workloads, identical in the JVM, JavaScript and WebAssembly builds so that their
 * numbers compare:
 * <ul>
 * <li>small: 2-8-8-1 tanh, squared error, SGD ε = 0.03, batch 10, 500 circle points;</li>
 * <li>deep: 2-32-32-32-1 ReLU, cross-entropy, SGD ε = 0.03, batch 32, the same 500 points;</li>
 * <li>heatmap: small's network evaluated on a 100×100 grid;</li>
 * <li>digits: 64-32-10 tanh, softmax cross-entropy, SGD ε = 0.03, batch 32, on 1,797 generated 8×8 images with
 * pixel counts 0…16 — the shape of the shipped digits, not their values: the arithmetic of a step does not depend
 * on the pixels, and generating them keeps the workload the same in every build without loading a file.</li>
 * </ul>
 */
public final class Workloads {
    public static final int POINTS = 500;
    public static final int GRID = 100;
    private static final int SEED = 2024;

    private Workloads() {
    }

    /** Training examples per unit: one SGD step on a batch of 10 counts as 10. */
    public static Workload small() {
        return new Training(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.SIGMOID, Loss.SQUARED_ERROR, 10);
    }

    public static Workload deep() {
        return new Training(new int[] {2, 32, 32, 32, 1}, Activation.RELU, Activation.SIGMOID, Loss.CROSS_ENTROPY, 32);
    }

    /** One unit = one full 100×100 grid of forward passes. */
    public static Workload heatmap() {
        return new Workload() {
            private final Network network = new Network(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.SIGMOID);
            private final double[] theta = initialTheta(network, Init.XAVIER_UNIFORM);
            private final double[] grid = new double[GRID * GRID];

            @Override
            public int run(int repetitions) {
                double e = Dataset.EXTENT;
                for (int r = 0; r < repetitions; r++) {
                    OutputGrid.evaluate(network, theta, -e, e, -e, e, GRID, grid);
                }
                return repetitions;
            }

            @Override
            public double checksum() {
                return grid[GRID * GRID / 2];
            }
        };
    }

    /** One unit = one example: a step on a batch of 32 counts 32. */
    public static Workload digits() {
        return new Workload() {
            private final int images = 1797;
            private final Network network = new Network(new int[] {64, 32, 10}, Activation.TANH, Activation.LINEAR);
            private final SoftmaxObjective objective = new SoftmaxObjective(network, digitShaped(images), 0);
            private final Minibatches batches = new Minibatches(images, 32, true, new Rng(SEED).fork(4));
            private final Sgd sgd = new Sgd(network.parameterCount());
            private final double[] initial = initialTheta(network, Init.XAVIER_UNIFORM);
            private final double[] theta = initial.clone();
            private double lastLoss;

            @Override
            public int run(int repetitions) {
                System.arraycopy(initial, 0, theta, 0, theta.length);
                int examples = 0;
                for (int r = 0; r < repetitions; r++) {
                    int count = batches.next();
                    objective.setBatch(batches.indices(), count);
                    lastLoss = sgd.step(objective, theta, 0.03);
                    examples += count;
                }
                return examples;
            }

            @Override
            public double checksum() {
                return lastLoss;
            }
        };
    }

    /** n images of 64 pixel counts 0…16, labelled 0…9 in turn, scaled to [0, 1] as a page would feed them. */
    private static Table digitShaped(int n) {
        Rng rng = new Rng(SEED).fork(5);
        double[] x = new double[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.floor(rng.nextDouble() * 17) / 16;
        }
        for (int i = 0; i < n; i++) {
            y[i] = i % 10;
        }
        String[] pixels = new String[64];
        java.util.Arrays.fill(pixels, "pixel");
        String[] digits = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        return new Table(pixels, digits, x, y);
    }

    private static double[] initialTheta(Network network, Init init) {
        double[] theta = new double[network.parameterCount()];
        init.initialize(network, theta, new Rng(SEED).fork(3), 1);
        return theta;
    }

    private static final class Training implements Workload {
        private final NetworkObjective objective;
        private final Minibatches batches;
        private final Sgd sgd;
        private final double[] theta;
        private final double[] initial;
        private double lastLoss;

        Training(int[] sizes, Activation hidden, Activation output, Loss loss, int batchSize) {
            Dataset data = DatasetKind.CIRCLE.generate(POINTS, 0.1, new Rng(SEED).fork(1));
            Network network = new Network(sizes, hidden, output);
            objective = new NetworkObjective(network, loss, data);
            batches = new Minibatches(data.size(), batchSize, true, new Rng(SEED).fork(4));
            sgd = new Sgd(network.parameterCount());
            initial = initialTheta(network, hidden == Activation.RELU ? Init.HE_NORMAL : Init.XAVIER_UNIFORM);
            theta = initial.clone();
        }

        @Override
        public int run(int repetitions) {
            // Restart from θ₀ each round so every round times the same kind of work, not a converged net.
            System.arraycopy(initial, 0, theta, 0, theta.length);
            int examples = 0;
            for (int r = 0; r < repetitions; r++) {
                int count = batches.next();
                objective.setBatch(batches.indices(), count);
                lastLoss = sgd.step(objective, theta, 0.03);
                examples += count;
            }
            return examples;
        }

        @Override
        public double checksum() {
            return lastLoss;
        }
    }
}
