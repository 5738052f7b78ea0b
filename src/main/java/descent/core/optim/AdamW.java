package descent.core.optim;

/**
 * AdamW (Loshchilov &amp; Hutter 2019): Adam with weight decay decoupled from the gradient:
 * <pre>
 *   t ← t + 1
 *   m ← β1 m + (1 − β1) g
 *   s ← β2 s + (1 − β2) g ⊙ g
 *   m̂ = m / (1 − β1^t),   ŝ = s / (1 − β2^t)
 *   θ ← θ − ε ( m̂ / (√ŝ + δ) + λ θ )
 * </pre>
 * λ is {@link OptimizerSettings#weightDecay()}. Adding λθ to g instead (L2 regularization) would pass the decay
 * through the adaptive scaling, so weights with large gradients would be decayed less; here every weight
 * shrinks by the same factor (1 − ελ) per step. The decay is scaled by the (scheduled) ε, as in PyTorch.
 */
public final class AdamW implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"t ← t + 1", "m ← β1 m + (1 − β1) g", "s ← β2 s + (1 − β2) g ⊙ g",
        "m̂ = m / (1 − β1^t)", "ŝ = s / (1 − β2^t)", "θ ← θ − ε ( m̂ / (√ŝ + δ) + λ θ )"};
    private static final String[] TERMS = {"g", "m", "s", "m̂", "ŝ", "ε/(√ŝ + δ)", "λ θ", "Δθ"};
    private static final String[] SCALARS = {"t", "ε", "1 − β1^t", "1 − β2^t"};
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double weightDecay;
    private final double[] g;
    private final double[] m;
    private final double[] s;
    private double beta1Power = 1;
    private double beta2Power = 1;
    private final double[] previous;
    private double rate = Double.NaN;
    private int t;

    public AdamW(OptimizerSettings settings, int dimension) {
        beta1 = settings.beta1();
        beta2 = settings.beta2();
        delta = settings.delta();
        weightDecay = settings.weightDecay();
        g = new double[dimension];
        m = new double[dimension];
        s = new double[dimension];
        previous = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        beta1Power *= beta1;
        beta2Power *= beta2;
        double correction1 = 1 - beta1Power;
        double correction2 = 1 - beta2Power;
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
            double mHat = m[i] / correction1;
            double sHat = s[i] / correction2;
            previous[i] = theta[i];
            theta[i] -= learningRate * (mHat / (Math.sqrt(sHat) + delta) + weightDecay * theta[i]);
        }
        return loss;
    }

    @Override
    public String[] formula() {
        return FORMULA;
    }

    @Override
    public String[] termSymbols() {
        return TERMS;
    }

    @Override
    public String[] scalarSymbols() {
        return SCALARS;
    }

    @Override
    public int largestGradient() {
        return Terms.largest(g);
    }

    @Override
    public void effectiveSteps(double[] out) {
        double correction2 = 1 - beta2Power;
        for (int i = 0; i < g.length; i++) {
            double sHat = s[i] / correction2;
            out[i] = t == 0 ? Double.NaN : rate / (Math.sqrt(sHat) + delta);
        }
    }

    @Override
    public void scalars(double[] out) {
        out[0] = t;
        out[1] = rate;
        out[2] = 1 - beta1Power;
        out[3] = 1 - beta2Power;
    }

    /** The terms at θ before the step (kept for the decay term λθ). */
    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        double mHat = m[i] / (1 - beta1Power);
        double sHat = s[i] / (1 - beta2Power);
        out[0] = g[i];
        out[1] = m[i];
        out[2] = s[i];
        out[3] = mHat;
        out[4] = sHat;
        out[5] = rate / (Math.sqrt(sHat) + delta);
        out[6] = weightDecay * previous[i];
        out[7] = -(rate * (mHat / (Math.sqrt(sHat) + delta) + weightDecay * previous[i]));
    }
}
