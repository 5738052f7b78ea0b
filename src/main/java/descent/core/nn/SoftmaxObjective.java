package descent.core.nn;

import descent.core.data.table.Table;
import descent.core.optim.Objective;

/**
 * J(θ) = (1/B) Σ_{i ∈ batch} L_CE(softmax(f(xᵢ; θ)), yᵢ) + (λ/2) Σ_l ‖W_l‖²: a network with d inputs and K linear
 * outputs (the logits) trained by softmax cross-entropy ({@link SoftmaxCrossEntropy}) on a minibatch of a
 * {@link Table}, with optional L2 weight decay in the loss.
 *
 * <p>The decay covers the weight matrices only ({@link WeightDecay}).
 */
public final class SoftmaxObjective implements Objective {
    private final Network network;
    private final Table data;
    private final int k;
    private final int d;
    private final double lambda;
    private int[] batch;
    private int batchCount;
    private double lastGradientNorm = Double.NaN;

    /**
     * @param lambda the L2 coefficient λ ≥ 0 (0 for none)
     */
    public SoftmaxObjective(Network network, Table data, double lambda) {
        if (network.outputActivation() != Activation.LINEAR) {
            throw new IllegalArgumentException("softmax cross-entropy reads the logits: the output must be LINEAR, not "
                    + network.outputActivation());
        }
        if (network.outputSize() != data.classCount()) {
            throw new IllegalArgumentException("the network has " + network.outputSize() + " outputs for "
                    + data.classCount() + " classes");
        }
        if (network.inputSize() != data.dimension()) {
            throw new IllegalArgumentException("the network takes " + network.inputSize() + " inputs, the data has "
                    + data.dimension() + " features");
        }
        this.network = network;
        this.data = data;
        this.k = data.classCount();
        this.d = data.dimension();
        this.lambda = WeightDecay.check(lambda);
    }

    /** Makes the examples indices[0..count) the current minibatch (read at each evaluation, not copied). */
    public void setBatch(int[] indices, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a minibatch needs at least one example");
        }
        network.ensureCapacity(count);
        batch = indices;
        batchCount = count;
    }

    @Override
    public int dimension() {
        return network.parameterCount();
    }

    @Override
    public double value(double[] theta) {
        forward(theta);
        double[] z = network.logits();
        int[] labels = data.labels();
        double sum = 0;
        for (int b = 0; b < batchCount; b++) {
            sum += SoftmaxCrossEntropy.value(z, b, k, labels[batch[b]]);
        }
        double mean = sum / batchCount;
        return mean + decay(theta);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        forward(theta);
        double[] z = network.logits();
        double[] delta = network.outputDelta();
        int[] labels = data.labels();
        double inv = 1.0 / batchCount;
        double sum = 0;
        for (int b = 0; b < batchCount; b++) {
            sum += SoftmaxCrossEntropy.gradient(z, b, k, labels[batch[b]], inv, delta, b);
        }
        network.backward(theta, gradient);
        network.updateRunningStatistics();
        WeightDecay.addGradient(network, theta, lambda, gradient);
        double sq = 0;
        int n = network.parameterCount();
        for (int p = 0; p < n; p++) {
            sq += gradient[p] * gradient[p];
        }
        lastGradientNorm = Math.sqrt(sq);
        double mean = sum * inv;
        return mean + decay(theta);
    }

    /** ‖∇J‖₂ of the most recent {@link #valueAndGradient} call. */
    public double lastGradientNorm() {
        return lastGradientNorm;
    }

    /** (λ/2) Σ_l ‖W_l‖², weights only ({@link WeightDecay}). */
    public double decay(double[] theta) {
        return WeightDecay.value(network, theta, lambda);
    }

    /** The fraction of the current minibatch whose largest logit is its own class (after the last evaluation). */
    public double batchAccuracy() {
        double[] z = network.logits();
        int[] labels = data.labels();
        int right = 0;
        for (int b = 0; b < batchCount; b++) {
            if (SoftmaxCrossEntropy.predictedClass(z, b, k) == labels[batch[b]]) {
                right++;
            }
        }
        return (double) right / batchCount;
    }

    /** Counts every example of {@code table} into {@code matrix} (cleared first), evaluating in chunks. */
    public static void confusion(Network network, double[] theta, Table table, ConfusionMatrix matrix) {
        matrix.clear();
        int k = table.classCount();
        int d = table.dimension();
        double[] rows = table.rows();
        int n = table.size();
        for (int from = 0; from < n; from += Network.CHUNK) {
            int count = Math.min(Network.CHUNK, n - from);
            network.ensureCapacity(count);
            double[] in = network.input();
            for (int i = 0; i < count * d; i++) {
                in[i] = rows[from * d + i];
            }
            network.forwardInput(theta, count);
            double[] z = network.logits();
            for (int b = 0; b < count; b++) {
                matrix.add(table.label(from + b), SoftmaxCrossEntropy.predictedClass(z, b, k));
            }
        }
    }

    public Network network() {
        return network;
    }

    public Table data() {
        return data;
    }

    public double lambda() {
        return lambda;
    }

    private void forward(double[] theta) {
        if (batch == null) {
            throw new IllegalStateException("no minibatch set");
        }
        double[] rows = data.rows();
        double[] in = network.input();
        for (int b = 0; b < batchCount; b++) {
            int from = batch[b] * d;
            int to = b * d;
            for (int j = 0; j < d; j++) {
                in[to + j] = rows[from + j];
            }
        }
        network.forwardInput(theta, batchCount);
    }
}
