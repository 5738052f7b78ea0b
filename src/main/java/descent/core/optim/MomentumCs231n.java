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
public final class MomentumCs231n implements Optimizer {
    private final double rho;
    private final double[] g;
    private final double[] v;

    public MomentumCs231n(OptimizerSettings settings, int dimension) {
        rho = settings.momentum();
        g = new double[dimension];
        v = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
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
}
