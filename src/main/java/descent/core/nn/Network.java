package descent.core.nn;

import descent.core.data.Dataset;

/**
 * A multilayer perceptron whose parameters are one flat vector θ, supplied to every call.
 *
 * <p>Layer sizes n₀, n₁, …, n_L (n₀ = 2 inputs for the plane, n_L = 1 output for the playground's tasks).
 * Weight layer l = 0 … L−1 maps a_l (n_l values) to z_{l+1} = W_l a_l + b_l and a_{l+1} = f(z_{l+1}), with f
 * the hidden activation except for the last layer, which uses the output activation.
 *
 * <p><b>Batch normalization</b> (optional, {@link BatchNormPlacement}): every hidden layer l = 1 … L−1
 * computes a_l = f(γ_l BN(z_l) + β_l) (before the activation) or a_l = γ_l BN(f(z_l)) + β_l (after it);
 * {@link BatchNorm} has the formulas. The bias b_l is then redundant with β_l before the activation
 * (BN subtracts it again; its gradient is 0) but is kept so that the weight layout never changes.
 *
 * <p><b>Layout of θ</b>: {@link NetworkLayout} (W_l, b_l per layer, then γ_l, β_l with batch norm), whose
 * offsets {@link #weightOffset}, {@link #biasOffset}, {@link #gammaOffset}, {@link #betaOffset} a network answers.
 *
 * <p><b>Modes.</b> In training mode ({@link #setTraining}, the default) batch passes — {@link #forward},
 * {@link #forwardRange}, {@link #forwardInput} — normalize with the batch's own μ and σ; in evaluation mode
 * with the running averages ({@link RunningStatistics}), which {@link #updateRunningStatistics()} advances (NetworkObjective calls it
 * after each gradient evaluation). {@link #predict} and {@link OutputGrid} always use the running averages:
 * the points of a grid are not a batch. Without batch norm the modes are the same.
 *
 * <p><b>Buffers.</b> Activations of the last forward pass are kept per layer, rows = examples, and reused
 * by {@link #backward}: each f is evaluated once per example and layer; the backward pass keeps each hidden
 * layer's ∂L/∂a and ∂L/∂z for statistics. Buffers grow when a larger batch first appears and are never
 * allocated per step. An instance is not thread-safe and holds the activations of whatever forward pass ran
 * last (training batch, evaluation chunk or heat-map chunk).
 */
public final class Network extends NetworkLayout {
    /** Rows per forward pass when predicting many points (grids, full-set evaluation). */
    public static final int CHUNK = 256;

    private final Activation hidden;
    private final Activation output;
    private final BatchNorm[] norms;
    private final RunningStatistics running;

    private boolean training = true;
    private boolean lastPassTraining;

    private int capacity;
    private int count;
    private double[][] act;
    private double[][] pre;
    private double[][] gradAct;
    private double[][] gradPre;
    private double[] logits;
    private double[] outputDelta;

    /**
     * @param sizes  n₀, …, n_L, at least two entries, all ≥ 1
     * @param hidden f for layers 1 … L−1
     * @param output f for layer L (SIGMOID for classification, LINEAR for regression)
     */
    public Network(int[] sizes, Activation hidden, Activation output) {
        this(sizes, hidden, output, BatchNormPlacement.NONE);
    }

    /**
     * @param batchNorm whether each hidden layer normalizes its pre-activations
     *                  ({@link BatchNormPlacement#BEFORE_ACTIVATION}) or not
     */
    public Network(int[] sizes, Activation hidden, Activation output, boolean batchNorm) {
        this(sizes, hidden, output, batchNorm ? BatchNormPlacement.BEFORE_ACTIVATION : BatchNormPlacement.NONE);
    }

    /** A network with batch normalization in every hidden layer at {@code placement} (NONE: no batch norm). */
    public Network(int[] sizes, Activation hidden, Activation output, BatchNormPlacement placement) {
        super(sizes, placement);
        this.hidden = hidden;
        this.output = output;
        norms = new BatchNorm[layers + 1];
        if (placement != BatchNormPlacement.NONE) {
            for (int l = 1; l < layers; l++) {
                norms[l] = new BatchNorm(sizes[l]);
            }
        }
        running = new RunningStatistics(norms);
        act = new double[layers + 1][];
        pre = new double[layers + 1][];
        gradAct = new double[layers + 1][];
        gradPre = new double[layers + 1][];
        ensureCapacity(16);
    }

    /** The batch norm of hidden layer l = 1 … L−1: its batch and running μ and σ. Only with batch norm. */
    public BatchNorm batchNorm(int l) {
        requireBatchNormLayer(l);
        return norms[l];
    }

    public Activation hiddenActivation() {
        return hidden;
    }

    public Activation outputActivation() {
        return output;
    }

    /** Training mode (batch statistics, the default) or evaluation mode (running averages). */
    public void setTraining(boolean training) {
        this.training = training;
    }

    public boolean isTraining() {
        return training;
    }

    /** Whether the last forward pass normalized with batch statistics (it is what {@link #backward} uses). */
    public boolean lastPassUsedBatchStatistics() {
        return lastPassTraining && placement != BatchNormPlacement.NONE;
    }

    /** μ̄ and σ̄ of the batch-norm layers, and their momentum η. */
    public RunningStatistics runningStatistics() {
        return running;
    }

    /**
     * Folds the batch μ and σ of the last forward pass into the running averages, if that pass used batch
     * statistics; otherwise (evaluation mode, no batch norm) does nothing.
     */
    public void updateRunningStatistics() {
        if (lastPassUsedBatchStatistics()) {
            running.update();
        }
    }

    /** Forward pass over the examples indices[0..count) of a 2D dataset. */
    public void forward(double[] theta, Dataset data, int[] indices, int count) {
        requirePlaneInput();
        ensureCapacity(count);
        double[] points = data.points();
        double[] in = act[0];
        for (int b = 0; b < count; b++) {
            int i = indices[b];
            in[2 * b] = points[2 * i];
            in[2 * b + 1] = points[2 * i + 1];
        }
        propagate(theta, count, training);
    }

    /** Forward pass over the consecutive examples from … from+count−1 of a 2D dataset. */
    public void forwardRange(double[] theta, Dataset data, int from, int count) {
        requirePlaneInput();
        ensureCapacity(count);
        System.arraycopy(data.points(), 2 * from, act[0], 0, 2 * count);
        propagate(theta, count, training);
    }

    /**
     * Forward pass over rows already written into {@code input()} (count × n₀); for inputs that are not
     * points of a dataset. Call {@link #ensureCapacity} first.
     */
    public void forwardInput(double[] theta, int count) {
        if (count > capacity) {
            throw new IllegalArgumentException("room for " + capacity + " rows, not " + count + ": ensureCapacity first");
        }
        propagate(theta, count, training);
    }

    /**
     * Forward pass over rows already written into {@code input()}, as a prediction: batch norm uses the running
     * averages, like {@link OutputGrid} (the rows are not a batch). Call {@link #ensureCapacity} first.
     */
    public void predictInput(double[] theta, int count) {
        if (count > capacity) {
            throw new IllegalArgumentException("room for " + capacity + " rows, not " + count + ": ensureCapacity first");
        }
        propagate(theta, count, false);
    }

    /**
     * Backpropagation for the last forward pass: given dL/dz_L in {@link #outputDelta()} (count × n_L, already
     * divided by the batch size if L is a mean), writes ∂L/∂θ into gradient[0 .. parameterCount()).
     *
     * <p>δ_L = dL/dz_L; ∂L/∂W_l = Σ_examples δ_{l+1} a_lᵀ; ∂L/∂b_l = Σ δ_{l+1}; ∂L/∂a_l = W_lᵀ δ_{l+1};
     * δ_l = ∂L/∂a_l ⊙ f'(z_l), with f'(z_l) read from the stored a_l. With batch norm, ∂L/∂a_l goes back
     * through f and BN in the reverse of their forward order ({@link BatchNorm} for BN's rule, in the mode of
     * the forward pass).
     */
    public void backward(double[] theta, double[] gradient) {
        int n = count;
        double[] delta = outputDelta;
        for (int l = layers - 1; l >= 0; l--) {
            int m = sizes[l];
            int k = sizes[l + 1];
            int wo = weightOffset[l];
            int bo = biasOffset[l];
            double[] aPrev = act[l];
            for (int p = wo; p < bo + k; p++) {
                gradient[p] = 0;
            }
            if (l == 0) {
                accumulateWeightGradient(delta, aPrev, gradient, n, m, k, wo, bo);
                break;
            }
            // One pass over δ for both products: each sum still runs over the same terms in the same order as
            // two separate passes would, so the result is bit for bit the same, with half the loop overhead.
            double[] ga = gradAct[l];
            for (int b = 0; b < n; b++) {
                int dr = b * k;
                int ar = b * m;
                for (int i = 0; i < m; i++) {
                    ga[ar + i] = 0;
                }
                for (int j = 0; j < k; j++) {
                    double dj = delta[dr + j];
                    if (dj == 0) {
                        continue; // dead ReLU units and saturated outputs contribute nothing
                    }
                    gradient[bo + j] += dj;
                    int w = wo + j * m;
                    for (int i = 0; i < m; i++) {
                        gradient[w + i] += dj * aPrev[ar + i];
                        ga[ar + i] += theta[w + i] * dj;
                    }
                }
            }
            double[] gz = gradPre[l];
            int size = n * m;
            if (placement == BatchNormPlacement.AFTER_ACTIVATION) {
                norms[l].backward(ga, gz, n, theta, gammaOffset[l], betaOffset[l], gradient, lastPassTraining);
                hidden.multiplyByDerivative(gz, pre[l], 0, size);
            } else {
                copy(ga, gz, size);
                hidden.multiplyByDerivative(gz, aPrev, 0, size);
                if (placement == BatchNormPlacement.BEFORE_ACTIVATION) {
                    norms[l].backward(gz, gz, n, theta, gammaOffset[l], betaOffset[l], gradient, lastPassTraining);
                }
            }
            delta = gz;
        }
    }

    /**
     * to[0 .. n) = from[0 .. n). A loop, not System.arraycopy: TeaVM's JavaScript builds a typed-array view per
     * arraycopy call, which costs more than the copy itself for the few dozen values of a minibatch's layer.
     */
    private static void copy(double[] from, double[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[i] = from[i];
        }
    }

    /** ∂L/∂W_l = Σ_examples δ_{l+1} a_lᵀ and ∂L/∂b_l = Σ δ_{l+1}, added into the zeroed gradient. */
    private static void accumulateWeightGradient(double[] delta, double[] aPrev, double[] gradient, int n, int m,
                                                 int k, int wo, int bo) {
        for (int b = 0; b < n; b++) {
            int dr = b * k;
            int ar = b * m;
            for (int j = 0; j < k; j++) {
                double dj = delta[dr + j];
                if (dj == 0) {
                    continue;
                }
                gradient[bo + j] += dj;
                int w = wo + j * m;
                for (int i = 0; i < m; i++) {
                    gradient[w + i] += dj * aPrev[ar + i];
                }
            }
        }
    }

    /**
     * The network's output (first output unit) at one point; clobbers the stored activations. Batch norm
     * uses the running averages.
     */
    public double predict(double[] theta, double x0, double x1) {
        requirePlaneInput();
        double[] in = act[0];
        in[0] = x0;
        in[1] = x1;
        propagate(theta, 1, false);
        return act[layers][0];
    }

    /** Makes room for forward passes of up to {@code rows} examples; a no-op when there is room already. */
    public void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        int cap = Math.max(rows, 2 * capacity);
        for (int l = 0; l <= layers; l++) {
            act[l] = new double[cap * sizes[l]];
            if (l > 0 && l < layers) {
                gradAct[l] = new double[cap * sizes[l]];
                gradPre[l] = new double[cap * sizes[l]];
                if (placement == BatchNormPlacement.AFTER_ACTIVATION) {
                    pre[l] = new double[cap * sizes[l]];
                }
                if (norms[l] != null) {
                    norms[l].ensureCapacity(cap);
                }
            }
        }
        logits = new double[cap * sizes[layers]];
        outputDelta = new double[cap * sizes[layers]];
        capacity = cap;
        count = 0;
    }

    /** Examples in the last forward pass. */
    public int count() {
        return count;
    }

    /** a_l of the last forward pass, count × n_l row-major; a_0 is the input, a_L the output. */
    public double[] activations(int l) {
        return act[l];
    }

    /**
     * The outputs of the nonlinearity f in hidden layer l (count × n_l): a_l itself, except with batch norm
     * after the activation, where a_l = γ BN(h) + β and this is h = f(z_l). Saturation is measured here.
     */
    public double[] nonlinearityOutputs(int l) {
        requireHiddenLayer(l);
        return placement == BatchNormPlacement.AFTER_ACTIVATION ? pre[l] : act[l];
    }

    /** ∂L/∂a_l of hidden layer l = 1 … L−1 from the last {@link #backward} (count × n_l). */
    public double[] activationGradients(int l) {
        requireHiddenLayer(l);
        return gradAct[l];
    }

    /** ∂L/∂z_l, z_l = W_{l−1} a_{l−1} + b_{l−1}, of hidden layer l from the last {@link #backward}. */
    public double[] preActivationGradients(int l) {
        requireHiddenLayer(l);
        return gradPre[l];
    }

    /** The input rows (a_0), for {@link #forwardInput}. */
    public double[] input() {
        return act[0];
    }

    /** z_L of the last forward pass (count × n_L): the logits, before the output activation. */
    public double[] logits() {
        return logits;
    }

    /** a_L of the last forward pass (count × n_L). */
    public double[] outputs() {
        return act[layers];
    }

    /** Where the caller writes dL/dz_L (count × n_L) before {@link #backward}. */
    public double[] outputDelta() {
        return outputDelta;
    }

    private void propagate(double[] theta, int n, boolean batchStatistics) {
        if (theta.length < parameterCount) {
            throw new IllegalArgumentException("θ has " + theta.length + " entries, the network needs " + parameterCount);
        }
        count = n;
        lastPassTraining = batchStatistics;
        for (int l = 0; l < layers; l++) {
            int m = sizes[l];
            int k = sizes[l + 1];
            int wo = weightOffset[l];
            int bo = biasOffset[l];
            double[] in = act[l];
            boolean last = l == layers - 1;
            boolean after = !last && placement == BatchNormPlacement.AFTER_ACTIVATION;
            double[] z = last ? logits : after ? pre[l + 1] : act[l + 1];
            for (int b = 0; b < n; b++) {
                int ir = b * m;
                int zr = b * k;
                for (int j = 0; j < k; j++) {
                    double s = theta[bo + j];
                    int w = wo + j * m;
                    for (int i = 0; i < m; i++) {
                        s += theta[w + i] * in[ir + i];
                    }
                    z[zr + j] = s;
                }
            }
            if (last) {
                copy(logits, act[layers], n * k);
                output.applyInPlace(act[layers], 0, n * k);
            } else if (placement == BatchNormPlacement.NONE) {
                hidden.applyInPlace(z, 0, n * k);
            } else if (after) {
                hidden.applyInPlace(z, 0, n * k);
                norms[l + 1].forward(z, act[l + 1], n, theta, gammaOffset[l + 1], betaOffset[l + 1], batchStatistics);
            } else {
                norms[l + 1].forward(z, z, n, theta, gammaOffset[l + 1], betaOffset[l + 1], batchStatistics);
                hidden.applyInPlace(z, 0, n * k);
            }
        }
    }
}
