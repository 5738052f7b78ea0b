package descent.core.optim;

/**
 * Momentum in the form of Stanford's CS231n notes:
 * <pre>
 *   v ← ρ v + g
 *   θ ← θ − ε v
 * </pre>
 * ρ is the momentum setting ({@link OptimizerSettings#momentum()}). With a constant ε this is the same
 * trajectory as {@link Momentum}: its v is the Polyak velocity divided by −ε. With a schedule the two differ,
 * because here a new ε also rescales the velocity already accumulated.
 */
public final class MomentumCs231n implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"v ← ρ v + g", "θ ← θ − ε v"};
    private static final String[] TERMS = {"g", "v", "Δθ"};
    private static final String[] SCALARS = {"ε", "ρ"};
    private final double rho;
    private final double[] g;
    private final double[] v;
    private double rate = Double.NaN;
    private int t;

    public MomentumCs231n(OptimizerSettings settings, int dimension) {
        rho = settings.momentum();
        g = new double[dimension];
        v = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            v[i] = rho * v[i] + g[i];
            theta[i] -= learningRate * v[i];
        }
        return loss;
    }

    /** The accumulated gradient v (a live view of the state). */
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
        out[1] = v[i];
        out[2] = -(rate * v[i]);
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

    /** ε‖v‖: this form's v is an accumulated gradient, the step it moves θ is ε v. */
    @Override
    public double speed() {
        return t == 0 ? Double.NaN : rate * Terms.norm(v);
    }

    @Override
    public double momentum() {
        return rho;
    }
}
