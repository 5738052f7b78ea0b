package descent.core.math;

/**
 * LU factorization with partial pivoting, P A = L U, of a general n×n matrix (row-major), and solves with it.
 *
 * <p>Plain Newton needs this rather than {@link Cholesky}: its Hessian may be indefinite (at a saddle it is, and
 * the lesson is that Newton goes there anyway). {@link #factor} returns false for a matrix that is singular to
 * working precision. Buffers are allocated once; factor and solve allocate nothing.
 */
public final class LuSolver {
    /** A pivot smaller than this times the largest entry of A counts as zero. */
    private static final double RELATIVE_PIVOT_TOLERANCE = 1e-14;

    private final int n;
    private final double[] lu;
    private final int[] pivot;
    private boolean factored;

    public LuSolver(int n) {
        this.n = n;
        this.lu = new double[n * n];
        this.pivot = new int[n];
    }

    public int dimension() {
        return n;
    }

    /** Factors A (not modified). Returns false when A is singular (or has a non-finite entry). */
    public boolean factor(double[] a) {
        factored = false;
        double scale = 0;
        for (int i = 0; i < n * n; i++) {
            double v = a[i];
            if (v - v != 0) {
                return false;
            }
            lu[i] = v;
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0) {
            return false;
        }
        double tiny = scale * RELATIVE_PIVOT_TOLERANCE;
        for (int k = 0; k < n; k++) {
            int best = k;
            double bestAbs = Math.abs(lu[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i * n + k]);
                if (v > bestAbs) {
                    bestAbs = v;
                    best = i;
                }
            }
            if (bestAbs <= tiny) {
                return false;
            }
            pivot[k] = best;
            if (best != k) {
                for (int j = 0; j < n; j++) {
                    double t = lu[k * n + j];
                    lu[k * n + j] = lu[best * n + j];
                    lu[best * n + j] = t;
                }
            }
            double p = lu[k * n + k];
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i * n + k] / p;
                lu[i * n + k] = factor;
                if (factor != 0) {
                    for (int j = k + 1; j < n; j++) {
                        lu[i * n + j] -= factor * lu[k * n + j];
                    }
                }
            }
        }
        factored = true;
        return true;
    }

    /** Solves A x = b with the last successful factorization; {@code x} may be {@code b}. */
    public void solve(double[] b, double[] x) {
        if (!factored) {
            throw new IllegalStateException("no non-singular factorization to solve with");
        }
        if (x != b) {
            System.arraycopy(b, 0, x, 0, n);
        }
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                double t = x[k];
                x[k] = x[p];
                x[p] = t;
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = x[i];
            for (int k = 0; k < i; k++) {
                sum -= lu[i * n + k] * x[k];
            }
            x[i] = sum;
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = x[i];
            for (int k = i + 1; k < n; k++) {
                sum -= lu[i * n + k] * x[k];
            }
            x[i] = sum / lu[i * n + i];
        }
    }
}
