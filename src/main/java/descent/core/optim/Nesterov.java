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
public final class Nesterov implements Optimizer {
    private final double alpha;
    private final double[] g;
    private final double[] v;
    private final double[] lookAhead;

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
}
