package descent.core.optim;

/**
 * Adam "almost": the moment estimates of {@link Adam} used without bias correction:
 * <pre>
 *   m ← β1 m + (1 − β1) g
 *   s ← β2 s + (1 − β2) g ⊙ g
 *   θ ← θ − ε m / (√s + δ)        (element-wise)
 * </pre>
 * Why the correction matters: m and s start at 0, so m ≈ (1 − β1^t) E[g] and s ≈ (1 − β2^t) E[g⊙g]. The
 * uncorrected step is Adam's step times (1 − β1^t)/√(1 − β2^t); with the defaults that factor is 3.16 at t = 1,
 * ≈ 6.5 at t = 10, ≈ 3.2 at t = 100 and ≈ 1.26 at t = 1000: the first steps are several times too large.
 * (Correcting s but not m would leave the factor 1 − β1^t, and the first steps would be too small: 0.1ε at
 * t = 1.)
 */
public final class AdamNoBiasCorrection implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"m ← β1 m + (1 − β1) g", "s ← β2 s + (1 − β2) g ⊙ g",
        "θ ← θ − ε m / (√s + δ)"};
    private static final String[] TERMS = {"g", "m", "s", "ε/(√s + δ)", "Δθ"};
    private static final String[] SCALARS = {"t", "ε"};
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double[] g;
    private final double[] m;
    private final double[] s;
    private double rate = Double.NaN;
    private int t;

    public AdamNoBiasCorrection(OptimizerSettings settings, int dimension) {
        beta1 = settings.beta1();
        beta2 = settings.beta2();
        delta = settings.delta();
        g = new double[dimension];
        m = new double[dimension];
        s = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
            theta[i] -= learningRate * m[i] / (Math.sqrt(s[i]) + delta);
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
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = m[i];
        out[2] = s[i];
        out[3] = rate / (Math.sqrt(s[i]) + delta);
        out[4] = -(rate * m[i] / (Math.sqrt(s[i]) + delta));
    }

    @Override
    public void scalars(double[] out) {
        out[0] = t;
        out[1] = rate;
    }

    @Override
    public void effectiveSteps(double[] out) {
        for (int i = 0; i < g.length; i++) {
            out[i] = t == 0 ? Double.NaN : rate / (Math.sqrt(s[i]) + delta);
        }
    }
}
