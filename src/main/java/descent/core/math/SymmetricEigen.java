package descent.core.math;

/**
 * Eigendecomposition A = Q Λ Qᵀ of a symmetric n×n matrix (row-major) by the cyclic Jacobi method.
 *
 * <p>Each sweep visits every off-diagonal pair (p, q) and applies the plane rotation that zeroes A[p][q];
 * sweeps repeat until the off-diagonal mass is negligible next to the diagonal (quadratic convergence,
 * typically 6–10 sweeps). Cost O(n³) per sweep: fine for the n ≤ a few hundred of second-order lessons.
 * Eigenvalues come out sorted ascending, with the eigenvectors as the matching <em>columns</em> of Q.
 * Buffers are allocated once; {@link #decompose} allocates nothing.
 */
public final class SymmetricEigen {
    private static final int MAX_SWEEPS = 60;

    private final int n;
    private final double[] a;       // working copy, driven to diagonal
    private final double[] values;  // λ, ascending
    private final double[] vectors; // Q, row-major, column j = eigenvector of values[j]
    private int sweeps;
    private boolean converged;

    public SymmetricEigen(int n) {
        this.n = n;
        this.a = new double[n * n];
        this.values = new double[n];
        this.vectors = new double[n * n];
    }

    public int dimension() {
        return n;
    }

    /**
     * Decomposes the symmetric matrix {@code m} (not modified; only its symmetric part matters, the average
     * of m and mᵀ is used). Returns false, leaving the results meaningless, if m has a non-finite entry. If the
     * sweeps hit their cap (60, never seen in practice) the results are the best found and {@link #converged()}
     * is false.
     */
    public boolean decompose(double[] m) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = 0.5 * (m[i * n + j] + m[j * n + i]);
                if (v - v != 0) {
                    return false;
                }
                a[i * n + j] = v;
                vectors[i * n + j] = i == j ? 1 : 0;
            }
        }
        boolean converged = false;
        sweeps = 0;
        while (sweeps < MAX_SWEEPS) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += a[i * n + i] * a[i * n + i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i * n + j] * a[i * n + j];
                }
            }
            if (off <= 1e-30 * diag || off == 0) {
                converged = true;
                break;
            }
            sweeps++;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(p, q);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            values[i] = a[i * n + i];
        }
        sortAscending();
        this.converged = converged;
        return true;
    }

    /** Zeroes a[p][q] with the rotation of angle θ, tan 2θ = 2 a_pq / (a_qq − a_pp), stable form. */
    private void rotate(int p, int q) {
        double apq = a[p * n + q];
        if (apq == 0) {
            return;
        }
        double app = a[p * n + p];
        double aqq = a[q * n + q];
        double tau = (aqq - app) / (2 * apq);
        double t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau)); // tan θ, |θ| ≤ π/4
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        for (int k = 0; k < n; k++) { // columns p and q: A ← A J
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) { // rows p and q: A ← Jᵀ A
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (int k = 0; k < n; k++) { // Q ← Q J
            double vkp = vectors[k * n + p];
            double vkq = vectors[k * n + q];
            vectors[k * n + p] = c * vkp - s * vkq;
            vectors[k * n + q] = s * vkp + c * vkq;
        }
    }

    /** Selection sort of (λ, column) pairs: n swaps at most, no allocation. */
    private void sortAscending() {
        for (int i = 0; i < n - 1; i++) {
            int min = i;
            for (int j = i + 1; j < n; j++) {
                if (values[j] < values[min]) {
                    min = j;
                }
            }
            if (min != i) {
                double t = values[i];
                values[i] = values[min];
                values[min] = t;
                for (int k = 0; k < n; k++) {
                    double v = vectors[k * n + i];
                    vectors[k * n + i] = vectors[k * n + min];
                    vectors[k * n + min] = v;
                }
            }
        }
    }

    /** The eigenvalue λ_j (ascending in j). */
    public double value(int j) {
        return values[j];
    }

    /** Component i of the unit eigenvector of λ_j, i.e. Q[i][j]. */
    public double vector(int i, int j) {
        return vectors[i * n + j];
    }

    /** The eigenvalues, ascending: a view of the internal buffer, valid until the next decompose. */
    public double[] values() {
        return values;
    }

    /** Q row-major, eigenvectors as columns: a view of the internal buffer, valid until the next decompose. */
    public double[] vectors() {
        return vectors;
    }

    /** Whether the last decompose reached an off-diagonal mass below 1e-30 of the diagonal's. */
    public boolean converged() {
        return converged;
    }

    /** Sweeps used by the last decompose. */
    public int sweeps() {
        return sweeps;
    }
}
