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
public final class NesterovChangeOfVariables implements Optimizer {
    private final double rho;
    private final double[] g;
    private final double[] v;

    public NesterovChangeOfVariables(OptimizerSettings settings, int dimension) {
        rho = settings.momentum();
        g = new double[dimension];
        v = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        for (int i = 0; i < theta.length; i++) {
            double vOld = v[i];
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
}
