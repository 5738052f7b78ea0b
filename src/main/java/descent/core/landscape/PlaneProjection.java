package descent.core.landscape;

/**
 * A point's coordinates on the plane origin + a·d₁ + b·d₂, by least squares: the (a, b) minimizing
 * ‖θ − origin − a d₁ − b d₂‖, from the 2×2 system [d₁ᵀd₁ d₁ᵀd₂; d₁ᵀd₂ d₂ᵀd₂] (a, b) = (d₁ᵀx, d₂ᵀx), x = θ − origin
 * (d₁ and d₂ need not be orthogonal). Shared by the slices of one network and the plane of a race's paths.
 */
final class PlaneProjection {
    private PlaneProjection() {
    }

    /** Writes (a, b) of θ into out; returns false, writing nothing, when d₁ and d₂ span no plane. */
    static boolean project(double[] d1, double[] d2, double[] origin, double[] theta, double[] out) {
        double g11 = 0;
        double g12 = 0;
        double g22 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int p = 0; p < theta.length; p++) {
            double x = theta[p] - origin[p];
            g11 += d1[p] * d1[p];
            g12 += d1[p] * d2[p];
            g22 += d2[p] * d2[p];
            r1 += d1[p] * x;
            r2 += d2[p] * x;
        }
        return solve(g11, g12, g22, r1, r2, out);
    }

    /** (a, b) from the Gram entries g and the right-hand side r; false, writing nothing, when singular. */
    static boolean solve(double g11, double g12, double g22, double r1, double r2, double[] out) {
        double det = g11 * g22 - g12 * g12;
        if (!(det > 0)) {
            return false;
        }
        out[0] = (g22 * r1 - g12 * r2) / det;
        out[1] = (g11 * r2 - g12 * r1) / det;
        return true;
    }
}
