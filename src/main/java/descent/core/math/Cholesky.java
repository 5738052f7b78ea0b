package descent.core.math;

/**
 * Cholesky factorization A = L Lᵀ of a symmetric n×n matrix (row-major), and solves with it.
 *
 * <p>{@link #factor} says whether A is (numerically) positive definite; that answer is what damped Newton uses
 * to decide how much damping it needs. Buffers are allocated once, at construction; factor and solve
 * allocate nothing.
 */
public final class Cholesky {
    private final int n;
    private final double[] l; // lower triangle of L, row-major n×n; the upper part is unused
    private boolean factored;

    public Cholesky(int n) {
        this.n = n;
        this.l = new double[n * n];
    }

    public int dimension() {
        return n;
    }

    /**
     * Factors A (row-major n×n; only its lower triangle is read, A itself is not modified). Returns false, and
     * leaves the factorization unusable, when a pivot is not strictly positive or not finite, i.e. when A is
     * not positive definite to working precision.
     */
    public boolean factor(double[] a) {
        factored = false;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (!(sum > 0) || sum - sum != 0) { // also rejects NaN and ∞
                        return false;
                    }
                    l[i * n + i] = Math.sqrt(sum);
                } else {
                    l[i * n + j] = sum / l[j * n + j];
                }
            }
        }
        factored = true;
        return true;
    }

    /** Solves A x = b with the last successful factorization; {@code x} may be {@code b}. */
    public void solve(double[] b, double[] x) {
        if (!factored) {
            throw new IllegalStateException("no positive definite factorization to solve with");
        }
        // L y = b
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * n + k] * x[k];
            }
            x[i] = sum / l[i * n + i];
        }
        // Lᵀ x = y
        for (int i = n - 1; i >= 0; i--) {
            double sum = x[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k * n + i] * x[k];
            }
            x[i] = sum / l[i * n + i];
        }
    }
}
