package descent.core.nn;

import descent.core.data.Dataset;

/**
 * A multilayer perceptron whose parameters are one flat vector θ, supplied to every call.
 *
 * <p>Layer sizes n₀, n₁, …, n_L (n₀ = 2 inputs for the plane, n_L = 1 output for the playground's tasks).
 * Weight layer l = 0 … L−1 maps a_l (n_l values) to z_{l+1} = W_l a_l + b_l and a_{l+1} = f(z_{l+1}), with f
 * the hidden activation except for the last layer, which uses the output activation.
 *
 * <p><b>Layout of θ.</b> For l = 0 … L−1 in order: W_l row-major (n_{l+1} rows of n_l entries: row j holds
 * the weights into unit j, W_l[j][i] at {@code weightOffset(l) + j·n_l + i}), then b_l (n_{l+1} entries at
 * {@code biasOffset(l)}). {@link #parameterCount()} is the total; later layers (batch norm) can append theirs.
 *
 * <p><b>Buffers.</b> Activations of the last forward pass are kept per layer, rows = examples, and reused
 * by {@link #backward}: each f is evaluated once per example and layer. Buffers grow when a larger batch
 * first appears and are never allocated per step. An instance is not thread-safe and holds the activations
 * of whatever forward pass ran last (training batch, evaluation chunk or heat-map chunk).
 */
public final class Network {
    /** Rows per forward pass when predicting many points (grids, full-set evaluation). */
    public static final int CHUNK = 256;

    private final int[] sizes;
    private final int layers;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameterCount;
    private final int maxWidth;
    private final Activation hidden;
    private final Activation output;
    private final BatchNormPlacement placement;
    private final int[] gammaOffset;
    private final int[] betaOffset;

    private int capacity;
    private int count;
    private double[][] act;
    private double[] logits;
    private double[] outputDelta;
    private double[] deltaA;
    private double[] deltaB;

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
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        this.sizes = sizes.clone();
        this.layers = sizes.length - 1;
        this.hidden = hidden;
        this.output = output;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int offset = 0;
        int widest = 0;
        for (int l = 0; l <= layers; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("layer " + l + " has no units");
            }
            widest = Math.max(widest, sizes[l]);
            if (l < layers) {
                weightOffset[l] = offset;
                offset += sizes[l] * sizes[l + 1];
                biasOffset[l] = offset;
                offset += sizes[l + 1];
            }
        }
        this.placement = placement;
        gammaOffset = new int[layers + 1];
        betaOffset = new int[layers + 1];
        if (placement != BatchNormPlacement.NONE) {
            for (int l = 1; l < layers; l++) {
                gammaOffset[l] = offset;
                offset += sizes[l];
                betaOffset[l] = offset;
                offset += sizes[l];
            }
        }
        parameterCount = offset;
        maxWidth = widest;
        act = new double[layers + 1][];
        ensureCapacity(16);
    }

    /** Length of θ used by this network. */
    public int parameterCount() {
        return parameterCount;
    }

    /** L, the number of weight layers (hidden layers + 1). */
    public int layerCount() {
        return layers;
    }

    /** n_l, the width of layer l = 0 … L (0 is the input). */
    public int width(int l) {
        return sizes[l];
    }

    /** A copy of n₀, …, n_L. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[layers];
    }

    /** Where W_l starts in θ (n_{l+1} × n_l, row-major). */
    public int weightOffset(int l) {
        return weightOffset[l];
    }

    /** Where b_l starts in θ (n_{l+1} entries). */
    public int biasOffset(int l) {
        return biasOffset[l];
    }

    /** Where batch norm sits in the hidden layers (NONE when the network has none). */
    public BatchNormPlacement batchNormPlacement() {
        return placement;
    }

    public boolean hasBatchNorm() {
        return placement != BatchNormPlacement.NONE;
    }

    /** Where γ of hidden layer l = 1 … L−1 starts in θ (n_l entries); only with batch norm. */
    public int gammaOffset(int l) {
        requireBatchNormLayer(l);
        return gammaOffset[l];
    }

    /** Where β of hidden layer l = 1 … L−1 starts in θ (n_l entries); only with batch norm. */
    public int betaOffset(int l) {
        requireBatchNormLayer(l);
        return betaOffset[l];
    }

    private void requireBatchNormLayer(int l) {
        if (placement == BatchNormPlacement.NONE || l < 1 || l >= layers) {
            throw new IllegalArgumentException("layer " + l + " has no batch norm");
        }
    }

    public Activation hiddenActivation() {
        return hidden;
    }

    public Activation outputActivation() {
        return output;
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
        propagate(theta, count);
    }

    /** Forward pass over the consecutive examples from … from+count−1 of a 2D dataset. */
    public void forwardRange(double[] theta, Dataset data, int from, int count) {
        requirePlaneInput();
        ensureCapacity(count);
        System.arraycopy(data.points(), 2 * from, act[0], 0, 2 * count);
        propagate(theta, count);
    }

    /**
     * Forward pass over rows already written into {@code input()} (count × n₀); for inputs that are not
     * points of a dataset. Call {@link #ensureCapacity} first.
     */
    public void forwardInput(double[] theta, int count) {
        propagate(theta, count);
    }

    /**
     * Backpropagation for the last forward pass: given dL/dz_L in {@link #outputDelta()} (count × n_L, already
     * divided by the batch size if L is a mean), writes ∂L/∂θ into gradient[0 .. parameterCount()).
     *
     * <p>δ_L = dL/dz_L; ∂L/∂W_l = Σ_examples δ_{l+1} a_lᵀ; ∂L/∂b_l = Σ δ_{l+1}; δ_l = (W_lᵀ δ_{l+1}) ⊙ f'(z_l),
     * with f'(z_l) read from the stored a_l.
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
            for (int b = 0; b < n; b++) {
                int dr = b * k;
                int ar = b * m;
                for (int j = 0; j < k; j++) {
                    double dj = delta[dr + j];
                    if (dj == 0) {
                        continue; // dead ReLU units and saturated outputs contribute nothing
                    }
                    gradient[bo + j] += dj;
                    int w = wo + j * m;
                    for (int i = 0; i < m; i++) {
                        gradient[w + i] += dj * aPrev[ar + i];
                    }
                }
            }
            if (l == 0) {
                break;
            }
            double[] prev = delta == deltaA ? deltaB : deltaA; // ping-pong between two buffers
            for (int b = 0; b < n; b++) {
                int dr = b * k;
                int pr = b * m;
                for (int i = 0; i < m; i++) {
                    prev[pr + i] = 0;
                }
                for (int j = 0; j < k; j++) {
                    double dj = delta[dr + j];
                    if (dj == 0) {
                        continue;
                    }
                    int w = wo + j * m;
                    for (int i = 0; i < m; i++) {
                        prev[pr + i] += theta[w + i] * dj;
                    }
                }
            }
            hidden.multiplyByDerivative(prev, aPrev, 0, n * m);
            delta = prev;
        }
    }

    /** The network's output (first output unit) at one point; clobbers the stored activations. */
    public double predict(double[] theta, double x0, double x1) {
        requirePlaneInput();
        double[] in = act[0];
        in[0] = x0;
        in[1] = x1;
        propagate(theta, 1);
        return act[layers][0];
    }

    /**
     * The output (first unit) on a resolution × resolution grid of cell centres covering
     * [xMin, xMax] × [yMin, yMax], written row by row into out[0 .. resolution²): row r (0 = top) is at
     * y = yMax − (r + ½)·(yMax − yMin)/resolution, column c at x = xMin + (c + ½)·(xMax − xMin)/resolution,
     * so out[r·resolution + c] is the pixel (c, r) of an image drawn over that square.
     *
     * <p>Runs in chunks of {@link #CHUNK} points through the same buffers: no allocation after the first call.
     */
    public void predictGrid(double[] theta, double xMin, double xMax, double yMin, double yMax, int resolution,
                            double[] out) {
        requirePlaneInput();
        int total = resolution * resolution;
        if (out.length < total) {
            throw new IllegalArgumentException("out holds " + out.length + " values, the grid needs " + total);
        }
        ensureCapacity(CHUNK);
        double dx = (xMax - xMin) / resolution;
        double dy = (yMax - yMin) / resolution;
        double[] in = act[0];
        int outStride = sizes[layers];
        int cell = 0;
        while (cell < total) {
            int n = Math.min(CHUNK, total - cell);
            for (int b = 0; b < n; b++) {
                int idx = cell + b;
                int r = idx / resolution;
                int c = idx - r * resolution;
                in[2 * b] = xMin + (c + 0.5) * dx;
                in[2 * b + 1] = yMax - (r + 0.5) * dy;
            }
            propagate(theta, n);
            double[] a = act[layers];
            for (int b = 0; b < n; b++) {
                out[cell + b] = a[b * outStride];
            }
            cell += n;
        }
    }

    /** Makes room for forward passes of up to {@code rows} examples; a no-op when there is room already. */
    public void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        int cap = Math.max(rows, 2 * capacity);
        for (int l = 0; l <= layers; l++) {
            act[l] = new double[cap * sizes[l]];
        }
        logits = new double[cap * sizes[layers]];
        outputDelta = new double[cap * sizes[layers]];
        deltaA = new double[cap * maxWidth];
        deltaB = new double[cap * maxWidth];
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

    private void propagate(double[] theta, int n) {
        if (theta.length < parameterCount) {
            throw new IllegalArgumentException("θ has " + theta.length + " entries, the network needs " + parameterCount);
        }
        count = n;
        for (int l = 0; l < layers; l++) {
            int m = sizes[l];
            int k = sizes[l + 1];
            int wo = weightOffset[l];
            int bo = biasOffset[l];
            double[] in = act[l];
            boolean last = l == layers - 1;
            double[] z = last ? logits : act[l + 1];
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
                System.arraycopy(logits, 0, act[layers], 0, n * k);
                output.applyInPlace(act[layers], 0, n * k);
            } else {
                hidden.applyInPlace(act[l + 1], 0, n * k);
            }
        }
    }

    private void requirePlaneInput() {
        if (sizes[0] != 2) {
            throw new IllegalStateException("this network takes " + sizes[0] + " inputs, not points of the plane");
        }
    }
}
