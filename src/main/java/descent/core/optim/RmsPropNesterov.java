package descent.core.optim;

/**
 * RMSProp with Nesterov momentum (Goodfellow, Bengio &amp; Courville, Algorithm 8.6):
 * <pre>
 *   θ̃ = θ + α v
 *   g̃ = ∇J(θ̃)
 *   r ← ρ r + (1 − ρ) g̃ ⊙ g̃
 *   v ← α v − ε g̃ / (δ + √r)      (element-wise)
 *   θ ← θ + v
 * </pre>
 * The book writes ε/√r; the δ of plain RMSProp is added so that a coordinate whose gradient has always been 0
 * gives 0 instead of 0/0 (with δ = 0 this is the book's rule). The parameters held are θ; {@link #step} returns
 * J(θ̃).
 */
public final class RmsPropNesterov implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"θ̃ = θ + α v", "g̃ = ∇J(θ̃)", "r ← ρ r + (1 − ρ) g̃ ⊙ g̃",
        "v ← α v − ε g̃ / (δ + √r)", "θ ← θ + v"};
    private static final String[] TERMS = {"θ̃", "g̃", "r", "ε/(δ + √r)", "v", "Δθ"};
    private static final String[] SCALARS = {"ε", "α", "ρ"};
    private final double alpha;
    private final double rho;
    private final double delta;
    private final double[] g;
    private final double[] r;
    private final double[] v;
    private final double[] lookAhead;
    private double rate = Double.NaN;
    private int t;

    public RmsPropNesterov(OptimizerSettings settings, int dimension) {
        alpha = settings.momentum();
        rho = settings.rho();
        delta = settings.delta();
        g = new double[dimension];
        r = new double[dimension];
        v = new double[dimension];
        lookAhead = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            lookAhead[i] = theta[i] + alpha * v[i];
        }
        double loss = objective.valueAndGradient(lookAhead, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
            v[i] = alpha * v[i] - learningRate * g[i] / (delta + Math.sqrt(r[i]));
            theta[i] += v[i];
        }
        return loss;
    }

    /** The velocity v (a live view of the state). */
    public double[] velocity() {
        return v;
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
        out[0] = lookAhead[i];
        out[1] = g[i];
        out[2] = r[i];
        out[3] = rate / (delta + Math.sqrt(r[i]));
        out[4] = v[i];
        out[5] = v[i];
    }

    @Override
    public void scalars(double[] out) {
        out[0] = rate;
        out[1] = alpha;
        out[2] = rho;
    }

    @Override
    public double speed() {
        return t == 0 ? Double.NaN : Terms.norm(v);
    }

    @Override
    public double momentum() {
        return alpha;
    }
}
