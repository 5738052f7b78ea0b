package descent.core.nn;

import descent.core.math.Rng;

/**
 * A deep, uniform network probed at initialization (CURRICULUM §4): how activations and gradients spread
 * through depth for a given initialization, activation and batch norm.
 *
 * <p>The network has D hidden layers of width W, input dimension W (so that every hidden layer, the first
 * included, has fan-in W and the same rule applies to each) and one linear output unit. A batch of B inputs
 * is drawn from the standard normal N(0, I_W); the loss is squared error against zero targets,
 * L = (1/B) Σ_b ½ ŷ_b², so every gradient is the network's own response to its output's size. Batch norm,
 * if any, runs in training mode (batch statistics).
 *
 * <p>Used by the {@code layers} command and the tests; a page can use it as well.
 */
public final class DepthProbe {
    private final Network network;
    private final double[] theta;
    private final double[] gradient;
    private final LayerStats stats;
    private int batch;
    private double loss = Double.NaN;

    /** D ≥ 1 hidden layers of width W ≥ 1 with activation f and batch norm at {@code placement}. */
    public DepthProbe(int depth, int width, Activation hidden, BatchNormPlacement placement) {
        if (depth < 1 || width < 1) {
            throw new IllegalArgumentException("depth and width must be at least 1");
        }
        int[] sizes = new int[depth + 2];
        for (int l = 0; l <= depth; l++) {
            sizes[l] = width;
        }
        sizes[depth + 1] = 1;
        network = new Network(sizes, hidden, Activation.LINEAR, placement);
        theta = new double[network.parameterCount()];
        gradient = new double[network.parameterCount()];
        stats = new LayerStats(network);
    }

    public Network network() {
        return network;
    }

    /** θ, live. */
    public double[] theta() {
        return theta;
    }

    /** ∂L/∂θ of the last {@link #measure()}, live. */
    public double[] gradient() {
        return gradient;
    }

    /** Statistics of the last {@link #measure()}, hidden layers 1 … D. */
    public LayerStats stats() {
        return stats;
    }

    /** D, the number of hidden layers. */
    public int depth() {
        return network.layerCount() - 1;
    }

    /** Fills θ with {@code init} ({@link Init#initialize(Network, double[], Rng, double, double, int)}). */
    public void initialize(Init init, double scale, double gain, int nonZero, Rng rng) {
        init.initialize(network, theta, rng, scale, gain, nonZero);
    }

    /** Draws B ≥ 1 inputs x ~ N(0, I_W) into the network's input rows. */
    public void sampleInputs(int batchSize, Rng rng) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch needs at least one input");
        }
        network.ensureCapacity(batchSize);
        double[] in = network.input();
        int n = batchSize * network.inputSize();
        for (int p = 0; p < n; p++) {
            in[p] = rng.nextGaussian();
        }
        batch = batchSize;
    }

    /**
     * Forward and backward pass on the sampled inputs with the current θ, then the layer statistics; returns
     * L = (1/B) Σ ½ ŷ². Does not touch batch norm's running averages.
     */
    public double measure() {
        if (batch == 0) {
            throw new IllegalStateException("no inputs sampled");
        }
        network.forwardInput(theta, batch);
        double[] out = network.outputs();
        double[] delta = network.outputDelta();
        double sum = 0;
        for (int b = 0; b < batch; b++) {
            double yhat = out[b];
            sum += 0.5 * yhat * yhat;
            delta[b] = yhat / batch; // ∂L/∂ŷ_b, and ŷ = z for the linear output
        }
        network.backward(theta, gradient);
        stats.measure(network, theta, gradient);
        loss = sum / batch;
        return loss;
    }

    /** L of the last {@link #measure()}. */
    public double loss() {
        return loss;
    }
}
