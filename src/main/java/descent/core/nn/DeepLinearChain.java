package descent.core.nn;

/**
 * The deep linear chain ŷ = x·w₁·w₂·…·w_l, one unit per layer, with the loss L = ½(ŷ − y)² (CURRICULUM §5):
 * why one learning rate is hard to choose when layers are updated together.
 *
 * <p>The gradient is g_i = ∂L/∂w_i = (ŷ − y)·x·Π_{j≠i} w_j. One step w_i ← w_i − ε g_i changes ŷ to
 * <pre>
 *   ŷ(ε) = x · Π_i (w_i − ε g_i) = Σ_{k=0}^{l} c_k ε^k,
 *   c_k = x · (−1)^k · Σ_{|S| = k} Π_{i∈S} g_i · Π_{j∉S} w_j,
 * </pre>
 * a polynomial in ε of degree l. The term k = 1, −ε Σ_i g_i·x·Π_{j≠i} w_j = −ε (ŷ − y)·Σ_i (∂ŷ/∂w_i)², is what
 * the gradient predicts; the terms k ≥ 2 (ε² g₁g₂w₃…w_l, ε³ g₁g₂g₃w₄…w_l, …) are the effect of updating every
 * layer at once, each assuming the others stay put. They can dominate when the weights are far from 1 or
 * the step is large, and batch normalization is one way to tame them.
 *
 * <p>c_k are the coefficients of Π_i (w_i − ε g_i) expanded one factor at a time (O(l²)); the gradient uses
 * prefix and suffix products, so a weight of 0 is no special case. Nothing is allocated after construction.
 */
public final class DeepLinearChain {
    private final int depth;
    private final double[] w;
    private final double[] g;
    private final double[] coefficients;
    private final double[] terms;
    private double x;
    private double y;
    private double epsilon = Double.NaN;

    /** A chain with weights w₁ … w_l (copied), input x and target y. */
    public DeepLinearChain(double[] weights, double x, double y) {
        if (weights.length < 1) {
            throw new IllegalArgumentException("a chain needs at least one weight");
        }
        depth = weights.length;
        w = weights.clone();
        g = new double[depth];
        coefficients = new double[depth + 1];
        terms = new double[depth + 1];
        this.x = x;
        this.y = y;
        computeGradient();
    }

    /** l, the number of weights. */
    public int depth() {
        return depth;
    }

    /** w_i for i = 0 … l−1 (w₁ is index 0). */
    public double weight(int i) {
        return w[i];
    }

    public void setWeight(int i, double value) {
        w[i] = value;
        computeGradient();
    }

    public double input() {
        return x;
    }

    public double target() {
        return y;
    }

    public void setInput(double x, double y) {
        this.x = x;
        this.y = y;
        computeGradient();
    }

    /** ŷ = x·Π w_i. */
    public double output() {
        double p = x;
        for (int i = 0; i < depth; i++) {
            p *= w[i];
        }
        return p;
    }

    /** L = ½(ŷ − y)². */
    public double loss() {
        double r = output() - y;
        return 0.5 * r * r;
    }

    /** g_i = ∂L/∂w_i = (ŷ − y)·x·Π_{j≠i} w_j. */
    public double gradient(int i) {
        return g[i];
    }

    /**
     * Expands ŷ after the step w ← w − εg into its powers of ε (does not move the weights): afterwards
     * {@link #coefficient}, {@link #term}, {@link #exactChange} and the rest describe that step.
     */
    public void analyzeStep(double epsilon) {
        this.epsilon = epsilon;
        // Π_i (w_i + t·d_i) with d_i = −g_i, as a polynomial in t, one factor at a time.
        for (int k = 0; k <= depth; k++) {
            coefficients[k] = 0;
        }
        coefficients[0] = x;
        for (int i = 0; i < depth; i++) {
            double d = -g[i];
            for (int k = i + 1; k >= 1; k--) {
                coefficients[k] = coefficients[k] * w[i] + coefficients[k - 1] * d;
            }
            coefficients[0] *= w[i];
        }
        double power = 1;
        for (int k = 0; k <= depth; k++) {
            terms[k] = coefficients[k] * power;
            power *= epsilon;
        }
    }

    /** The ε of the last {@link #analyzeStep} (NaN before the first). */
    public double epsilon() {
        return epsilon;
    }

    /** c_k of ŷ(ε) = Σ c_k ε^k, k = 0 … l (c₀ = ŷ); independent of ε. */
    public double coefficient(int k) {
        return coefficients[k];
    }

    /** c_k ε^k, the order-k contribution to ŷ after the analyzed step (k = 0: ŷ before it). */
    public double term(int k) {
        return terms[k];
    }

    /** ŷ after the analyzed step, Σ_k c_k ε^k. */
    public double outputAfterStep() {
        double s = 0;
        for (int k = depth; k >= 0; k--) {
            s += terms[k];
        }
        return s;
    }

    /** ŷ(w − εg) − ŷ(w) = Σ_{k≥1} c_k ε^k: what the step really does to the output. */
    public double exactChange() {
        double s = 0;
        for (int k = depth; k >= 1; k--) {
            s += terms[k];
        }
        return s;
    }

    /** c₁ ε = −ε Σ_i g_i ∂ŷ/∂w_i: the change the gradient predicts. */
    public double firstOrderChange() {
        return terms[1];
    }

    /** Σ_{k≥2} c_k ε^k: the change the first-order prediction misses. */
    public double higherOrderChange() {
        double s = 0;
        for (int k = depth; k >= 2; k--) {
            s += terms[k];
        }
        return s;
    }

    /** Applies w_i ← w_i − ε g_i with the current gradient; returns the new loss. */
    public double step(double epsilon) {
        for (int i = 0; i < depth; i++) {
            w[i] -= epsilon * g[i];
        }
        computeGradient();
        return loss();
    }

    private void computeGradient() {
        double r = output() - y;
        // g_i = r·x·(w_0 … w_{i−1})·(w_{i+1} … w_{l−1}) from a running prefix and a suffix pass
        double suffix = 1;
        for (int i = depth - 1; i >= 0; i--) {
            g[i] = suffix; // product of the weights after i
            suffix *= w[i];
        }
        double prefix = r * x;
        for (int i = 0; i < depth; i++) {
            g[i] *= prefix;
            prefix *= w[i];
        }
    }
}
