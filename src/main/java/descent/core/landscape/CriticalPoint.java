package descent.core.landscape;

import descent.core.math.SymmetricEigen;

/**
 * What a critical point (∇J = 0) is, read from the signs of the Hessian's eigenvalues: all positive a minimum,
 * all negative a maximum, both signs a saddle; an eigenvalue within the tolerance of zero leaves the second-order
 * test undecided.
 */
public enum CriticalPoint {
    MINIMUM,
    MAXIMUM,
    SADDLE,
    DEGENERATE;

    /** Classifies the symmetric n×n Hessian {@code h} (row-major); |λ| ≤ tolerance counts as zero. */
    public static CriticalPoint classify(double[] h, int n, double tolerance) {
        SymmetricEigen eigen = new SymmetricEigen(n);
        if (!eigen.decompose(h)) {
            return DEGENERATE;
        }
        boolean positive = false;
        boolean negative = false;
        boolean zero = false;
        for (int i = 0; i < n; i++) {
            double v = eigen.value(i);
            if (v > tolerance) {
                positive = true;
            } else if (v < -tolerance) {
                negative = true;
            } else {
                zero = true;
            }
        }
        if (positive && negative) {
            return SADDLE;
        }
        if (zero) {
            return DEGENERATE;
        }
        return positive ? MINIMUM : MAXIMUM;
    }
}
