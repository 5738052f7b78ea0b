package descent.core.optim;

/**
 * Nadam (Dozat 2016): Adam whose momentum term looks ahead like Nesterov's, in the constant-β1 form:
 * <pre>
 *   t ← t + 1
 *   m ← β1 m + (1 − β1) g
 *   s ← β2 s + (1 − β2) g ⊙ g
 *   m̄ = β1 m / (1 − β1^(t+1)) + (1 − β1) g / (1 − β1^t)
 *   ŝ = s / (1 − β2^t)
 *   θ ← θ − ε m̄ / (√ŝ + δ)        (element-wise)
 * </pre>
 * The look-ahead: where Adam steps along the corrected m̂, Nadam steps along the next step's momentum part
 * (β1 m, corrected one step ahead) plus the current gradient's share. (Dozat also schedules β1 over time; PyTorch
 * adds that schedule, this rule keeps β1 constant as Keras did.)
 */
public final class Nadam implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"t ← t + 1", "m ← β1 m + (1 − β1) g", "s ← β2 s + (1 − β2) g ⊙ g",
        "m̄ = β1 m / (1 − β1^(t+1)) + (1 − β1) g / (1 − β1^t)", "ŝ = s / (1 − β2^t)", "θ ← θ − ε m̄ / (√ŝ + δ)"};
    private static final String[] TERMS = {"g", "m", "s", "m̄", "ŝ", "ε/(√ŝ + δ)", "Δθ"};
    private static final String[] SCALARS = {"t", "ε", "1 − β1^t", "1 − β2^t"};
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double[] g;
    private final double[] m;
    private final double[] s;
    private double beta1Power = 1;
    private double beta2Power = 1;
    private double rate = Double.NaN;
    private int t;

    public Nadam(OptimizerSettings settings, int dimension) {
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
        beta1Power *= beta1;
        beta2Power *= beta2;
        double correction1 = 1 - beta1Power;          // 1 − β1^t
        double correction1Next = 1 - beta1Power * beta1; // 1 − β1^(t+1)
        double correction2 = 1 - beta2Power;
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
            double mBar = beta1 * m[i] / correction1Next + (1 - beta1) * g[i] / correction1;
            double sHat = s[i] / correction2;
            theta[i] -= learningRate * mBar / (Math.sqrt(sHat) + delta);
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

    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        double mBar = beta1 * m[i] / (1 - beta1Power * beta1) + (1 - beta1) * g[i] / (1 - beta1Power);
        double sHat = s[i] / (1 - beta2Power);
        out[0] = g[i];
        out[1] = m[i];
        out[2] = s[i];
        out[3] = mBar;
        out[4] = sHat;
        out[5] = rate / (Math.sqrt(sHat) + delta);
        out[6] = -(rate * mBar / (Math.sqrt(sHat) + delta));
    }
}
