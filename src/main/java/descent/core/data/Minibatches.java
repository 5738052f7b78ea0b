package descent.core.data;

import descent.core.math.Rng;

/**
 * Hands out minibatches of a training set of N examples: shuffle an index permutation once per epoch, then
 * take consecutive slices of B indices (CURRICULUM §1, §7).
 *
 * <p>Batches never straddle an epoch: when B does not divide N the last batch of each epoch is the smaller
 * remainder N mod B, so that every example is used exactly once per epoch. Without shuffling, the order is
 * the dataset's own (grouped by class), which is the point of that option.
 *
 * <p>Allocation-free after construction: {@link #next()} refills one index buffer of length N.
 */
public final class Minibatches {
    private final int n;
    private final int[] permutation;
    private final int[] batch;
    private final boolean shuffle;
    private final Rng initialRng;
    private Rng rng;
    private int batchSize;
    private int position;
    private int epoch;
    private int batchLength;

    /**
     * @param n         training-set size N ≥ 1
     * @param batchSize B, clamped to 1..N
     * @param shuffle   whether each epoch visits the examples in a fresh random order
     * @param rng       the shuffling stream; copied, so the caller's generator is left untouched
     */
    public Minibatches(int n, int batchSize, boolean shuffle, Rng rng) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one example, got " + n);
        }
        this.n = n;
        this.permutation = new int[n];
        this.batch = new int[n];
        this.shuffle = shuffle;
        this.initialRng = rng.copy();
        setBatchSize(batchSize);
        restart();
    }

    /** Back to the start of epoch 0 with the same sequence of permutations as the first time. */
    public void restart() {
        rng = initialRng.copy();
        epoch = 0;
        batchLength = 0;
        beginEpoch();
    }

    /** Takes effect from the next batch; B is clamped to 1..N. */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize < 1 ? 1 : batchSize > n ? n : batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Advances to the next batch and returns its length (B, or the remainder at the end of an epoch); the
     * indices are in {@link #indices()}[0..length).
     */
    public int next() {
        if (position == n) {
            epoch++;
            beginEpoch();
        }
        int length = Math.min(batchSize, n - position);
        // A loop: TeaVM's JavaScript builds a typed-array view per System.arraycopy, dearer than ten indices.
        for (int i = 0; i < length; i++) {
            batch[i] = permutation[position + i];
        }
        position += length;
        batchLength = length;
        return length;
    }

    /** The current batch's indices into the training set; valid until the next call to {@link #next()}. */
    public int[] indices() {
        return batch;
    }

    /** Length of the current batch (0 before the first {@link #next()}). */
    public int length() {
        return batchLength;
    }

    /** Number of epochs completed. */
    public int epoch() {
        return position == n ? epoch + 1 : epoch;
    }

    /** Examples seen divided by N: 2.5 means two full passes and half of the third. */
    public double fractionalEpoch() {
        return epoch + (double) position / n;
    }

    public int size() {
        return n;
    }

    private void beginEpoch() {
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        if (shuffle) {
            rng.shuffle(permutation, n);
        }
        position = 0;
    }
}
