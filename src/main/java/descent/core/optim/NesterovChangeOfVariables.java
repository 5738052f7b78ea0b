package descent.core.optim;

/**
 * Nesterov momentum after the change of variables x̃ = θ + ρv (Bengio et al. 2013; CS231n), so that the gradient
 * is taken at the parameters themselves:
 * <pre>
 *   v_new = ρ v − ε ∇J(x̃)
 *   x̃ ← x̃ − ρ v + (1 + ρ) v_new
 *   v ← v_new
 * </pre>
 * ρ is the momentum setting. The parameters held are x̃: from the same start (v = 0), the trajectory equals
 * {@link Nesterov}'s θ_k + α v_k at every step. This is the form most libraries implement.
 */
public final class NesterovChangeOfVariables implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"v_new = ρ v − ε ∇J(x̃)", "x̃ ← x̃ − ρ v + (1 + ρ) v_new"};
    private static final String[] TERMS = {"∇J(x̃)", "v", "v_new", "Δx̃"};
    private static final String[] SCALARS = {"ε", "ρ"};
    private final double rho;
    private final double[] g;
    private final double[] v;
    private final double[] previous;
    private double rate = Double.NaN;
    private int t;

    public NesterovChangeOfVariables(OptimizerSettings settings, int dimension) {
        rho = settings.momentum();
        g = new double[dimension];
        v = new double[dimension];
        previous = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            double vOld = v[i];
            previous[i] = vOld;
            double vNew = rho * vOld - learningRate * g[i];
            // left to right, (x̃ − ρv) + (1 + ρ)v_new: TeaVM prints x̃ += (a + b) without the parentheses, and
            // the JVM and the page must add in the same order
            theta[i] = theta[i] - rho * vOld + (1 + rho) * vNew;
            v[i] = vNew;
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
        out[0] = g[i];
        out[1] = previous[i];
        out[2] = v[i];
        double kept = -rho * previous[i]; // left to right, as in the step
        out[3] = kept + (1 + rho) * v[i];
    }

    @Override
    public void scalars(double[] out) {
        out[0] = rate;
        out[1] = rho;
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
        return rho;
    }
}
