package descent.core.nn;

import descent.core.data.Dataset;
import descent.core.optim.Objective;

/**
 * J(θ) = (1/B) Σ_{i ∈ batch} L(f(xᵢ; θ), yᵢ) + (λ/2) Σ_l ‖W_l‖²: a network's mean loss on the current minibatch,
 * with optional L2 weight decay on the weights ({@link WeightDecay}; λ = 0 by default), as something an
 * optimizer can minimize. The batch is a list of indices into the training set, set before each step.
 *
 * <p>With batch norm, J is computed in the network's mode (training: the batch's own μ and σ, so J depends
 * on the whole batch). Each {@link #valueAndGradient} call in training mode then advances the running averages
 * of μ and σ once; {@link #value} alone (line-search probes, finite differences) leaves them alone.
 */
public final class NetworkObjective implements Objective {
    private final Network network;
    private final Loss loss;
    private final Dataset data;
    private int[] batch;
    private int batchCount;
    private double lastGradientNorm;
    private double lambda;

    /** The network must have one output unit, paired with a loss that accepts its activation. */
    public NetworkObjective(Network network, Loss loss, Dataset data) {
        if (network.outputSize() != 1) {
            throw new IllegalArgumentException("the loss compares one output with one target, not " + network.outputSize());
        }
        loss.checkOutput(network.outputActivation());
        if (data.classCount() > 2) {
            throw new IllegalArgumentException(data.classCount() + " classes need a softmax output (SoftmaxObjective)");
        }
        this.network = network;
        this.loss = loss;
        this.data = data;
    }

    /** Sets the L2 weight decay λ ≥ 0 of the loss (0, the default, for none). */
    public void setWeightDecay(double lambda) {
        this.lambda = WeightDecay.check(lambda);
    }

    /** λ of the L2 weight decay in the loss. */
    public double weightDecay() {
        return lambda;
    }

    /**
     * Makes the examples indices[0..count) the current minibatch. The array is read, not copied, at each
     * evaluation, so a sampler's reused buffer can be passed once and refilled.
     */
    public void setBatch(int[] indices, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a minibatch needs at least one example");
        }
        network.ensureCapacity(count); // grow once here rather than inside the first step
        batch = indices;
        batchCount = count;
    }

    @Override
    public int dimension() {
        return network.parameterCount();
    }

    @Override
    public double value(double[] theta) {
        requireBatch();
        network.forward(theta, data, batch, batchCount);
        double[] z = network.logits();
        double[] a = network.outputs();
        double sum = 0;
        for (int b = 0; b < batchCount; b++) {
            sum += loss.value(z[b], a[b], data.y(batch[b]));
        }
        double mean = sum / batchCount;
        return lambda == 0 ? mean : mean + WeightDecay.value(network, theta, lambda);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        requireBatch();
        network.forward(theta, data, batch, batchCount);
        double[] z = network.logits();
        double[] a = network.outputs();
        double[] delta = network.outputDelta();
        Activation out = network.outputActivation();
        double inv = 1.0 / batchCount;
        double sum = 0;
        for (int b = 0; b < batchCount; b++) {
            double y = data.y(batch[b]);
            sum += loss.value(z[b], a[b], y);
            delta[b] = inv * loss.gradientWrtLogit(z[b], a[b], y, out);
        }
        network.backward(theta, gradient);
        network.updateRunningStatistics();
        WeightDecay.addGradient(network, theta, lambda, gradient);
        double sq = 0;
        for (int p = 0; p < network.parameterCount(); p++) {
            sq += gradient[p] * gradient[p];
        }
        lastGradientNorm = Math.sqrt(sq);
        double mean = sum * inv;
        return lambda == 0 ? mean : mean + WeightDecay.value(network, theta, lambda);
    }

    /** ‖∇J‖₂ of the most recent {@link #valueAndGradient} call (for Nesterov, at its look-ahead point). */
    public double lastGradientNorm() {
        return lastGradientNorm;
    }

    public Network network() {
        return network;
    }

    public Loss loss() {
        return loss;
    }

    public Dataset data() {
        return data;
    }

    /** Size of the current minibatch B. */
    public int batchSize() {
        return batchCount;
    }

    private void requireBatch() {
        if (batch == null) {
            throw new IllegalStateException("no minibatch set");
        }
    }
}
