package descent.core.nn;

import descent.core.math.GramSchmidt;
import descent.core.math.Rng;

/**
 * Weight initializations (CURRICULUM §4). Weight layer l has m inputs (fan-in) and n outputs (fan-out);
 * W_l is filled layer by layer in θ order, every bias starts at 0, and batch norm starts as the identity
 * (γ = 1, β = 0).
 *
 * <p>Two knobs beside the rule:
 * <ul>
 *   <li>{@code scale} s multiplies every weight of every rule (1 = the textbook rule), so the same rule can be
 *       made "too small" or "too large" to show activations vanishing or exploding through depth. For
 *       {@link #NORMAL} s is σ itself; for {@link #CONSTANT} it is the constant.</li>
 *   <li>{@code gain} g is orthogonal initialization's own factor (Saxe et al. 2013): W = s·g·Q. Other rules
 *       ignore it. {@code nonZero} k is the sparse rule's count of non-zero incoming weights per unit
 *       (Martens 2010 used 15); other rules ignore it.</li>
 * </ul>
 *
 * <p>Ids for URLs and the command line ({@link #id()}, {@link #fromId}): zero, constant, uniform, xavier
 * (alias xavier-uniform), xavier-normal, he-uniform, he (alias he-normal), orthogonal, sparse, normal.
 * "he" means He normal, the form He et al. (2015) used; "xavier" means Xavier uniform, Glorot &amp; Bengio's.
 *
 * <p>The same seed gives the same weights whatever the network's batch norm, because γ and β are appended
 * after the weights and take no random draws.
 */
public enum Init {
    /** W = 0: every unit of a layer computes the same thing and receives the same gradient, forever. */
    ZERO("zero", null, "Zero") {
        @Override
        double draw(int m, int n, Rng rng) {
            return 0;
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return 0;
        }
    },
    /**
     * W = s for every weight (biases 0): not random, so the units of a layer stay identical — the symmetry
     * lesson with weights that do change during training.
     */
    CONSTANT("constant", null, "Constant") {
        @Override
        double draw(int m, int n, Rng rng) {
            return 1;
        }

        /** The second moment s² (the spread across weights is 0). */
        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale;
        }
    },
    /** W ~ U(−1/√m, 1/√m): Var W = 1/(3m). */
    UNIFORM_1_OVER_SQRT_M("uniform", null, "Uniform ±1/√m") {
        @Override
        double draw(int m, int n, Rng rng) {
            double r = 1 / Math.sqrt(m);
            return rng.uniform(-r, r);
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale / (3.0 * m);
        }
    },
    /**
     * Glorot &amp; Bengio (2010): W ~ U(−√6/√(m+n), √6/√(m+n)), Var W = 2/(m+n) — the mean of the forward
     * (1/m) and backward (1/n) conditions. (Seed 002 prints 6/√(m+n); the √6 is right.)
     */
    XAVIER_UNIFORM("xavier", "xavier-uniform", "Xavier uniform") {
        @Override
        double draw(int m, int n, Rng rng) {
            double r = Math.sqrt(6.0 / (m + n));
            return rng.uniform(-r, r);
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale * 2.0 / (m + n);
        }
    },
    /** Glorot &amp; Bengio's variance with a normal: W ~ N(0, 2/(m+n)). */
    XAVIER_NORMAL("xavier-normal", null, "Xavier normal") {
        @Override
        double draw(int m, int n, Rng rng) {
            return Math.sqrt(2.0 / (m + n)) * rng.nextGaussian();
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale * 2.0 / (m + n);
        }
    },
    /** He et al. (2015) with a uniform: W ~ U(−√6/√m, √6/√m), Var W = 2/m (ReLU halves the variance). */
    HE_UNIFORM("he-uniform", null, "He uniform") {
        @Override
        double draw(int m, int n, Rng rng) {
            double r = Math.sqrt(6.0 / m);
            return rng.uniform(-r, r);
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale * 2.0 / m;
        }
    },
    /** He et al. (2015), for ReLU: W ~ N(0, 2/m). */
    HE_NORMAL("he", "he-normal", "He normal") {
        @Override
        double draw(int m, int n, Rng rng) {
            return Math.sqrt(2.0 / m) * rng.nextGaussian();
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale * 2.0 / m;
        }
    },
    /**
     * Saxe et al. (2013): W = s·g·Q with Q a random n × m matrix with orthonormal rows (n ≤ m: Q Qᵀ = I) or
     * orthonormal columns (n ≥ m: QᵀQ = I), so every singular value of W is s·g and WᵀW = (sg)² I when
     * n ≥ m. Q is the Gram–Schmidt factor of a Gaussian matrix (uniform over such matrices). A product of
     * such layers keeps every singular value at (sg)^depth: no direction vanishes or explodes faster than
     * another. Var W = (sg)²/max(m, n).
     */
    ORTHOGONAL("orthogonal", null, "Orthogonal") {
        @Override
        double draw(int m, int n, Rng rng) {
            throw new UnsupportedOperationException("orthogonal weights are drawn per layer");
        }

        @Override
        void fill(double[] theta, int offset, int n, int m, Rng rng, double scale, double gain, int nonZero) {
            int rows = Math.max(m, n);
            int cols = Math.min(m, n);
            double[] q = new double[rows * cols]; // at initialization only, never in a step
            for (int attempt = 0; ; attempt++) {
                for (int p = 0; p < q.length; p++) {
                    q[p] = rng.nextGaussian();
                }
                if (GramSchmidt.orthonormalizeColumns(q, rows, cols)) {
                    break;
                }
                if (attempt == 10) {
                    throw new IllegalStateException("no orthonormal basis from 10 Gaussian draws");
                }
            }
            double f = scale * gain;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    // n ≥ m: W = Q (n × m); n < m: W = Qᵀ with Q m × n
                    theta[offset + j * m + i] = f * (n >= m ? q[j * m + i] : q[i * n + j]);
                }
            }
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale * gain * gain / Math.max(m, n);
        }
    },
    /**
     * Martens (2010): each unit has exactly k = min(nonZero, m) non-zero incoming weights, at inputs chosen
     * uniformly without replacement, each s·N(0, 1); the rest are 0. The scale of a unit's input no longer
     * depends on the layer's width, and units differ more from one another than with dense draws.
     * Var W = s²·k/m.
     */
    SPARSE("sparse", null, "Sparse") {
        @Override
        double draw(int m, int n, Rng rng) {
            throw new UnsupportedOperationException("sparse weights are drawn per unit");
        }

        @Override
        void fill(double[] theta, int offset, int n, int m, Rng rng, double scale, double gain, int nonZero) {
            int k = Math.min(nonZero, m);
            int[] inputs = new int[m]; // at initialization only, never in a step
            for (int j = 0; j < n; j++) {
                int row = offset + j * m;
                for (int i = 0; i < m; i++) {
                    theta[row + i] = 0;
                    inputs[i] = i;
                }
                for (int c = 0; c < k; c++) { // partial Fisher–Yates: inputs[0..k) is a uniform k-subset
                    int pick = c + rng.nextInt(m - c);
                    int t = inputs[c];
                    inputs[c] = inputs[pick];
                    inputs[pick] = t;
                    theta[row + inputs[c]] = scale * rng.nextGaussian();
                }
            }
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale * Math.min(nonZero, m) / m;
        }
    },
    /** W ~ N(0, s²), whatever the layer's size: with s fixed, depth makes activations vanish or explode. */
    NORMAL("normal", null, "Normal (σ = scale)") {
        @Override
        double draw(int m, int n, Rng rng) {
            return rng.nextGaussian();
        }

        @Override
        public double variance(int m, int n, double scale, double gain, int nonZero) {
            return scale * scale;
        }
    };

    /** Martens' k, the sparse rule's default count of non-zero incoming weights per unit. */
    public static final int DEFAULT_NON_ZERO = 15;

    private final String id;
    private final String alias;
    private final String label;

    Init(String id, String alias, String label) {
        this.id = id;
        this.alias = alias;
        this.label = label;
    }

    /** The short name for URLs and the command line. */
    public String id() {
        return id;
    }

    /** A name for people, e.g. "Xavier uniform". */
    public String label() {
        return label;
    }

    /** The rule whose id (or alias: xavier-uniform, he-normal) is {@code id}, or null. No reflection. */
    public static Init fromId(String id) {
        for (Init init : values()) {
            if (init.id.equals(id) || (init.alias != null && init.alias.equals(id))) {
                return init;
            }
        }
        return null;
    }

    /** Every id, comma-separated, in declaration order (for help texts and error messages). */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (Init init : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(init.id);
        }
        return b.toString();
    }

    /** One weight of a layer with fan-in m and fan-out n, before scaling (element-wise rules). */
    abstract double draw(int m, int n, Rng rng);

    /**
     * The rule's variance of one weight of a layer with fan-in m and fan-out n (for {@link #CONSTANT} the
     * second moment s²): the formula the empirical variance should approach.
     */
    public abstract double variance(int m, int n, double scale, double gain, int nonZero);

    /** Fills W (n × m, row-major, at {@code offset}); element-wise rules draw each entry in order. */
    void fill(double[] theta, int offset, int n, int m, Rng rng, double scale, double gain, int nonZero) {
        for (int p = 0; p < m * n; p++) {
            theta[offset + p] = scale * draw(m, n, rng);
        }
    }

    /** Fills θ[0 .. network.parameterCount()) with gain 1 and k = {@link #DEFAULT_NON_ZERO}. */
    public void initialize(Network network, double[] theta, Rng rng, double scale) {
        initialize(network, theta, rng, scale, 1, DEFAULT_NON_ZERO);
    }

    /**
     * Fills θ[0 .. network.parameterCount()): fresh weights, zero biases, γ = 1 and β = 0.
     *
     * @param scale   s, multiplies every weight (σ for NORMAL, the value for CONSTANT)
     * @param gain    g of ORTHOGONAL (ignored by the others)
     * @param nonZero k of SPARSE, ≥ 1 (ignored by the others)
     */
    public void initialize(Network network, double[] theta, Rng rng, double scale, double gain, int nonZero) {
        if (nonZero < 1) {
            throw new IllegalArgumentException("a sparse unit needs at least one non-zero weight, not " + nonZero);
        }
        for (int l = 0; l < network.layerCount(); l++) {
            int m = network.width(l);
            int n = network.width(l + 1);
            fill(theta, network.weightOffset(l), n, m, rng, scale, gain, nonZero);
            int bo = network.biasOffset(l);
            for (int j = 0; j < n; j++) {
                theta[bo + j] = 0;
            }
        }
        if (network.hasBatchNorm()) {
            for (int l = 1; l < network.layerCount(); l++) {
                for (int j = 0; j < network.width(l); j++) {
                    theta[network.gammaOffset(l) + j] = 1;
                    theta[network.betaOffset(l) + j] = 0;
                }
            }
        }
    }
}
