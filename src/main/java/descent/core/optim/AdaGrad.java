package descent.core.optim;

/**
 * AdaGrad (Duchi, Hazan &amp; Singer 2011):
 * <pre>
 *   r ← r + g ⊙ g
 *   θ ← θ − ε g / (δ + √r)        (element-wise)
 * </pre>
 * r starts at 0; δ ≈ 1e-7. r only grows, so the steps shrink forever: on a constant gradient the k-th step
 * is ε/√k per coordinate.
 */
public final class AdaGrad implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"r ← r + g ⊙ g", "θ ← θ − ε g / (δ + √r)"};
    private static final String[] TERMS = {"g", "r", "ε/(δ + √r)", "Δθ"};
    private static final String[] SCALARS = {"ε", "δ"};
    private final double delta;
    private final double[] g;
    private final double[] r;
    private double rate = Double.NaN;
    private int t;

    public AdaGrad(OptimizerSettings settings, int dimension) {
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
            r[i] += g[i] * g[i];
            theta[i] -= learningRate * g[i] / (delta + Math.sqrt(r[i]));
        }
        return loss;
    }

    /** The accumulated squared gradient r (a live view of the state). */
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
        out[1] = delta;
    }
}
