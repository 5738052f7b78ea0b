package descent.core.nn;

/**
 * The shape of a {@link Network} and where each of its parameters sits in the flat vector θ.
 *
 * <p><b>Layout of θ.</b> For l = 0 … L−1 in order: W_l row-major (n_{l+1} rows of n_l entries: row j holds
 * the weights into unit j, W_l[j][i] at {@code weightOffset(l) + j·n_l + i}), then b_l (n_{l+1} entries at
 * {@code biasOffset(l)}). With batch norm, after all of those, for hidden layers l = 1 … L−1 in order:
 * γ_l (n_l entries at {@link #gammaOffset}) then β_l (n_l entries at {@link #betaOffset}). Appending keeps
 * the weights and biases where a network without batch norm has them, so lanes with and without batch norm
 * can share the same initial weights. {@link #parameterCount()} is the total.
 *
 * <p>The arrays are final fields that {@link Network}'s passes read directly: no call between the hot loops
 * and the offsets.
 */
abstract class NetworkLayout {
    final int[] sizes;
    final int layers;
    final int[] weightOffset;
    final int[] biasOffset;
    final int parameterCount;
    final int maxWidth;
    final BatchNormPlacement placement;
    final int[] gammaOffset;
    final int[] betaOffset;

    /** The layout of layer sizes n₀, …, n_L (at least two, all ≥ 1) with batch norm at {@code placement}. */
    NetworkLayout(int[] sizes, BatchNormPlacement placement) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        if (placement == null) {
            throw new IllegalArgumentException("placement must not be null (use NONE)");
        }
        this.sizes = sizes.clone();
        this.layers = sizes.length - 1;
        this.placement = placement;
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

    /** Widest layer, max n_l. */
    public int maxWidth() {
        return maxWidth;
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

    void requireBatchNormLayer(int l) {
        if (placement == BatchNormPlacement.NONE || l < 1 || l >= layers) {
            throw new IllegalArgumentException("layer " + l + " has no batch norm");
        }
    }

    void requireHiddenLayer(int l) {
        if (l < 1 || l >= layers) {
            throw new IllegalArgumentException("layer " + l + " is not a hidden layer (1 … " + (layers - 1) + ")");
        }
    }

    void requirePlaneInput() {
        if (sizes[0] != 2) {
            throw new IllegalStateException("this network takes " + sizes[0] + " inputs, not points of the plane");
        }
    }
}
