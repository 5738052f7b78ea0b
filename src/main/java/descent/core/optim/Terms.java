package descent.core.optim;

import descent.core.math.SymmetricEigen;

/** What the rules' {@link RuleTerms} have in common: small loops over their own buffers, no allocation. */
final class Terms {
    static final String[] NONE = {};

    private Terms() {
    }

    /** argmax |gᵢ|, 0 for an empty or all-zero g. */
    static int largest(double[] g) {
        int best = 0;
        double size = -1;
        for (int i = 0; i < g.length; i++) {
            double a = Math.abs(g[i]);
            if (a > size) {
                size = a;
                best = i;
            }
        }
        return best;
    }

    /** ‖v‖₂. */
    static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** out[0 … n) = value (ε for rules whose step size is the same in every coordinate). */
    static void fill(double[] out, int n, double value) {
        for (int i = 0; i < n; i++) {
            out[i] = value;
        }
    }

    /** NaN into every slot of out, for terms asked for before the first step. */
    static void unknown(double[] out, int count) {
        fill(out, Math.min(count, out.length), Double.NaN);
    }

    /** |Δθᵢ / gᵢ| for the rules that choose their own step; NaN where gᵢ = 0. */
    static double ratio(double step, double gradient) {
        return gradient == 0 ? Double.NaN : Math.abs(step / gradient);
    }

    /**
     * The eigenvalues of a symmetric H (row-major n×n), ascending, into out; returns n, or 0 if H is not
     * finite. The decomposition is lazily made once per rule instance: the page asks, a step never does.
     */
    static int eigenvalues(SymmetricEigen eigen, double[] h, double[] out) {
        if (!eigen.decompose(h)) {
            return 0;
        }
        int n = eigen.dimension();
        for (int j = 0; j < n; j++) {
            out[j] = eigen.value(j);
        }
        return n;
    }
}
