package descent.core.optim;

/**
 * RMSProp (Tieleman &amp; Hinton 2012):
 * <pre>
 *   r ← ρ r + (1 − ρ) g ⊙ g
 *   θ ← θ − ε g / (δ + √r)        (element-wise)
 * </pre>
 * r starts at 0; ρ ≈ 0.9–0.99, δ ≈ 1e-7. Unlike AdaGrad's sum, the average forgets old gradients. Because r
 * starts at 0 the first steps are large: the first is ε/√(1 − ρ) per coordinate (≈ 3.2 ε for ρ = 0.9).
 */
public final class RmsProp implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"r ← ρ r + (1 − ρ) g ⊙ g", "θ ← θ − ε g / (δ + √r)"};
    private static final String[] TERMS = {"g", "r", "ε/(δ + √r)", "Δθ"};
    private static final String[] SCALARS = {"ε", "ρ", "δ"};
    private final double rho;
    private final double delta;
    private final double[] g;
    private final double[] r;
    private double rate = Double.NaN;
    private int t;

    public RmsProp(OptimizerSettings settings, int dimension) {
        rho = settings.rho();
        delta = settings.delta();
        g = new double[dimension];
        r = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
            theta[i] -= learningRate * g[i] / (delta + Math.sqrt(r[i]));
        }
        return loss;
    }

    /** The running average of squared gradients r (a live view of the state). */
    public double[] accumulator() {
        return r;
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
        for (int i = 0; i < g.length; i++) {
            out[i] = t == 0 ? Double.NaN : rate / (delta + Math.sqrt(r[i]));
        }
    }

    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = r[i];
        out[2] = rate / (delta + Math.sqrt(r[i]));
        out[3] = -(rate * g[i] / (delta + Math.sqrt(r[i])));
    }

    @Override
    public void scalars(double[] out) {
        out[0] = rate;
        out[1] = rho;
        out[2] = delta;
    }
}
