package descent.core.nn;

/**
 * Cross-entropy of a softmax over K logits z₁…z_K for a class label y ∈ {0…K−1}:
 *
 * <pre>
 *   p_k = exp(z_k) / Σ_j exp(z_j)          L = −ln p_y = ln Σ_j exp(z_j) − z_y          ∂L/∂z_k = p_k − [k = y]
 * </pre>
 *
 * computed stably from the logits: with m = max_j z_j, ln Σ_j exp(z_j) = m + ln Σ_j exp(z_j − m), so no
 * exponent exceeds 0 and no probability is formed before its logarithm. For K = 2 it is the logistic loss of
 * the single logit z₁ − z₀ ({@link Loss#CROSS_ENTROPY}).
 *
 * <p>Logits are rows of a flat row-major array (row r is z[r·K … r·K + K)), as a network's last layer leaves
 * them; nothing here allocates.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /** ln Σ_j exp(z_j) over row {@code row}, computed as m + ln Σ_j exp(z_j − m). */
    public static double logSumExp(double[] z, int row, int k) {
        int base = row * k;
        double m = z[base];
        for (int j = 1; j < k; j++) {
            if (z[base + j] > m) {
                m = z[base + j];
            }
        }
        if (m == Double.POSITIVE_INFINITY || m == Double.NEGATIVE_INFINITY || Double.isNaN(m)) {
            return m;
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(z[base + j] - m);
        }
        return m + Math.log(sum);
    }

    /** L = ln Σ_j exp(z_j) − z_y of row {@code row}. */
    public static double value(double[] z, int row, int k, int label) {
        double lse = logSumExp(z, row, k);
        return lse - z[row * k + label];
    }

    /**
     * Writes ∂L/∂z_k = p_k − [k = y] of row {@code row} into {@code out[outRow·K + k]} (out may be z itself), scaled
     * by {@code scale} (1/n for a batch mean). Returns L of that row.
     */
    public static double gradient(double[] z, int row, int k, int label, double scale, double[] out, int outRow) {
        double lse = logSumExp(z, row, k);
        int base = row * k;
        double loss = lse - z[base + label];
        int outBase = outRow * k;
        for (int j = 0; j < k; j++) {
            double p = Math.exp(z[base + j] - lse);
            double g = j == label ? p - 1 : p;
            out[outBase + j] = g * scale;
        }
        return loss;
    }

    /** The predicted class argmax_k z_k of row {@code row} (the first of equal maxima). */
    public static int predictedClass(double[] z, int row, int k) {
        int base = row * k;
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (z[base + j] > z[base + best]) {
                best = j;
            }
        }
        return best;
    }

    /** p_k of row {@code row}: the confidence a map shows as brightness. */
    public static double probability(double[] z, int row, int k, int cls) {
        double lse = logSumExp(z, row, k);
        return Math.exp(z[row * k + cls] - lse);
    }
}
