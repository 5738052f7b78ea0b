package descent.core.math;

/**
 * Orthonormalizes the columns of a tall matrix in place, by modified Gram–Schmidt applied twice.
 *
 * <p>For an r × c matrix A (r ≥ c, row-major), column j becomes q_j = (a_j − Σ_{i&lt;j} (q_iᵀa_j) q_i) / ‖·‖,
 * so A = Q R with R upper triangular and a positive diagonal. One pass of modified Gram–Schmidt loses
 * orthogonality in proportion to A's condition number; a second pass over the result ("twice is enough",
 * Giraud et al. 2005) brings QᵀQ = I back to working precision, leaving Q unchanged otherwise.
 *
 * <p>Because R's diagonal is positive, Q is the unique such factor; for a Gaussian A it is distributed
 * uniformly over the matrices with orthonormal columns (Haar measure), which is what orthogonal
 * initialization wants.
 */
public final class GramSchmidt {
    private GramSchmidt() {
    }

    /**
     * Replaces the columns of {@code a} (rows × cols, row-major, rows ≥ cols) by orthonormal ones spanning the
     * same nested subspaces. Returns false if a column is (numerically) dependent on the previous ones; the
     * matrix is then left partly orthonormalized.
     */
    public static boolean orthonormalizeColumns(double[] a, int rows, int cols) {
        if (cols > rows) {
            throw new IllegalArgumentException("at most " + rows + " orthonormal columns fit in " + rows + " rows");
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < cols; j++) {
                double before = columnNorm(a, rows, cols, j);
                for (int i = 0; i < j; i++) {
                    double dot = 0;
                    for (int r = 0; r < rows; r++) {
                        dot += a[r * cols + i] * a[r * cols + j];
                    }
                    for (int r = 0; r < rows; r++) {
                        a[r * cols + j] -= dot * a[r * cols + i];
                    }
                }
                double norm = columnNorm(a, rows, cols, j);
                if (!(norm > 1e-10 * before) || !(norm > 0)) {
                    return false;
                }
                for (int r = 0; r < rows; r++) {
                    a[r * cols + j] /= norm;
                }
            }
        }
        return true;
    }

    private static double columnNorm(double[] a, int rows, int cols, int j) {
        double sq = 0;
        for (int r = 0; r < rows; r++) {
            double v = a[r * cols + j];
            sq += v * v;
        }
        return Math.sqrt(sq);
    }
}
