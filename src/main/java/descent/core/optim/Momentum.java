package descent.core.optim;

/**
 * Momentum, the heavy ball of Polyak (1964):
 * <pre>
 *   v ← α v − ε g
 *   θ ← θ + v
 * </pre>
 * v starts at 0; α ∈ [0, 1) (typical 0.5, 0.9, 0.99). On a constant gradient the speed tends to the terminal
 * speed ε‖g‖/(1 − α) ({@link #terminalSpeed}): α = 0.9 moves ten times as fast as plain gradient descent.
 * The same trajectory in the CS231n form is {@link MomentumCs231n}.
 */
public final class Momentum implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"v ← α v − ε g", "θ ← θ + v"};
    private static final String[] TERMS = {"g", "v", "Δθ"};
    private static final String[] SCALARS = {"ε", "α"};
    private final double alpha;
    private final double[] g;
    private final double[] v;
    private double rate = Double.NaN;
    private int t;

    public Momentum(OptimizerSettings settings, int dimension) {
        alpha = settings.momentum();
        g = new double[dimension];
        v = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
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

    /** ε‖g‖/(1 − α): the limit of ‖v‖ under a constant gradient g. */
    public static double terminalSpeed(double learningRate, double gradientNorm, double alpha) {
        return learningRate * gradientNorm / (1 - alpha);
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
        out[2] = v[i];
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
