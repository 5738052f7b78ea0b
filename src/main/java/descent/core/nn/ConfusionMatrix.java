package descent.core.nn;

/**
 * Counts C[a][p] of examples of actual class a predicted as class p, K × K in one flat array (row a is actual):
 * accuracy = Σ_a C[a][a] / Σ C, and the accuracy of class a = C[a][a] / Σ_p C[a][p]. Reused between
 * evaluations with {@link #clear()}, so an evaluation loop allocates nothing.
 */
public final class ConfusionMatrix {
    private final int k;
    private final int[] counts;
    private int total;

    public ConfusionMatrix(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("a confusion matrix needs at least two classes, not " + classes);
        }
        this.k = classes;
        this.counts = new int[classes * classes];
    }

    public int classCount() {
        return k;
    }

    public void clear() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
    }

    /** Counts one example of class {@code actual} predicted as {@code predicted}. */
    public void add(int actual, int predicted) {
        counts[actual * k + predicted]++;
        total++;
    }

    /** Counts {@code count} examples of class {@code actual} predicted as {@code predicted} (a copy's counts). */
    public void add(int actual, int predicted, int count) {
        counts[actual * k + predicted] += count;
        total += count;
    }

    /** C[actual][predicted]. */
    public int count(int actual, int predicted) {
        return counts[actual * k + predicted];
    }

    /** How many examples were counted. */
    public int total() {
        return total;
    }

    /** Σ_a C[a][a] / Σ C; NaN before any example is counted. */
    public double accuracy() {
        if (total == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int a = 0; a < k; a++) {
            right += counts[a * k + a];
        }
        return (double) right / total;
    }

    /** C[a][a] / Σ_p C[a][p]; NaN when no example of class a was counted. */
    public double classAccuracy(int actual) {
        int row = 0;
        for (int p = 0; p < k; p++) {
            row += counts[actual * k + p];
        }
        return row == 0 ? Double.NaN : (double) counts[actual * k + actual] / row;
    }
}
