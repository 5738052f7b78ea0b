package descent.core.optim;

/**
 * AMSGrad (Reddi, Kale &amp; Kumar 2018): Adam whose second-moment estimate never decreases:
 * <pre>
 *   t ← t + 1
 *   m ← β1 m + (1 − β1) g
 *   s ← β2 s + (1 − β2) g ⊙ g
 *   s_max ← max(s_max, s)
 *   m̂ = m / (1 − β1^t),   ŝ = s_max / (1 − β2^t)
 *   θ ← θ − ε m̂ / (√ŝ + δ)        (element-wise)
 * </pre>
 * A rare large gradient keeps its coordinate's steps small from then on, which repairs Adam's non-convergence
 * counterexample. Bias correction as in PyTorch's {@code amsgrad=True} (the paper omits it); while s never
 * decreases this is exactly {@link Adam}.
 */
public final class AmsGrad implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"t ← t + 1", "m ← β1 m + (1 − β1) g", "s ← β2 s + (1 − β2) g ⊙ g",
        "s_max ← max(s_max, s)", "m̂ = m / (1 − β1^t)", "ŝ = s_max / (1 − β2^t)", "θ ← θ − ε m̂ / (√ŝ + δ)"};
    private static final String[] TERMS = {"g", "m", "s", "s_max", "m̂", "ŝ", "ε/(√ŝ + δ)", "Δθ"};
    private static final String[] SCALARS = {"t", "ε", "1 − β1^t", "1 − β2^t"};
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double[] g;
    private final double[] m;
    private final double[] s;
    private final double[] sMax;
    private double beta1Power = 1;
    private double beta2Power = 1;
    private double rate = Double.NaN;
    private int t;

    public AmsGrad(OptimizerSettings settings, int dimension) {
        beta1 = settings.beta1();
        beta2 = settings.beta2();
        delta = settings.delta();
        g = new double[dimension];
        m = new double[dimension];
        s = new double[dimension];
        sMax = new double[dimension];
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
            if (s[i] > sMax[i]) {
                sMax[i] = s[i];
            }
            double mHat = m[i] / correction1;
            double sHat = sMax[i] / correction2;
            theta[i] -= learningRate * mHat / (Math.sqrt(sHat) + delta);
        }
        return loss;
    }

    /** The running maximum of s (a live view of the state). */
    public double[] secondMomentMax() {
        return sMax;
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
            double sHat = sMax[i] / correction2;
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
        double mHat = m[i] / (1 - beta1Power);
        double sHat = sMax[i] / (1 - beta2Power);
        out[0] = g[i];
        out[1] = m[i];
        out[2] = s[i];
        out[3] = sMax[i];
        out[4] = mHat;
        out[5] = sHat;
        out[6] = rate / (Math.sqrt(sHat) + delta);
        out[7] = -(rate * mHat / (Math.sqrt(sHat) + delta));
    }
}
