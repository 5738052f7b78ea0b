package descent.core.optim;

/**
 * Nesterov momentum in the form of Sutskever et al. (2013), the gradient taken at the look-ahead point:
 * <pre>
 *   θ̃ = θ + α v
 *   v ← α v − ε ∇J(θ̃)
 *   θ ← θ + v
 * </pre>
 * The parameters held (and shown) are θ, not θ̃; {@link #step} returns J(θ̃), the loss it evaluated. The form
 * that keeps θ̃ as the parameters is {@link NesterovChangeOfVariables}.
 */
public final class Nesterov implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"θ̃ = θ + α v", "v ← α v − ε ∇J(θ̃)", "θ ← θ + v"};
    private static final String[] TERMS = {"θ̃", "∇J(θ̃)", "v", "Δθ"};
    private static final String[] SCALARS = {"ε", "α"};
    private final double alpha;
    private final double[] g;
    private final double[] v;
    private final double[] lookAhead;
    private double rate = Double.NaN;
    private int t;

    public Nesterov(OptimizerSettings settings, int dimension) {
        alpha = settings.momentum();
        g = new double[dimension];
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
            v[i] = alpha * v[i] - learningRate * g[i];
            theta[i] += v[i];
        }
        return loss;
    }

    /** The velocity v (a live view of the state). */
    public double[] velocity() {
        return v;
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
        out[0] = lookAhead[i];
        out[1] = g[i];
        out[2] = v[i];
        out[3] = v[i];
    }

    @Override
    public void scalars(double[] out) {
        out[0] = rate;
        out[1] = alpha;
    }

    @Override
    public void effectiveSteps(double[] out) {
        Terms.fill(out, g.length, rate);
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
