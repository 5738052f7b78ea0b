package descent.core.optim;

/**
 * Adadelta (Zeiler 2012): the step's units come from a running average of past steps, not from ε:
 * <pre>
 *   r ← ρ r + (1 − ρ) g ⊙ g
 *   Δθ = − √(u + δ) / √(r + δ) ⊙ g
 *   u ← ρ u + (1 − ρ) Δθ ⊙ Δθ
 *   θ ← θ + ε Δθ
 * </pre>
 * r, u start at 0; ρ = 0.95, δ = 1e-6 (Zeiler's values). The original rule has no learning rate: ε is a plain
 * multiplier, 1 by default (as in PyTorch), so a schedule can still scale it.
 */
public final class AdaDelta implements Optimizer {
    private final double rho;
    private final double delta;
    private final double[] g;
    private final double[] r;
    private final double[] u;

    public AdaDelta(OptimizerSettings settings, int dimension) {
        rho = settings.rho();
        delta = settings.delta();
        g = new double[dimension];
        r = new double[dimension];
        u = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        for (int i = 0; i < theta.length; i++) {
            r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
            double dTheta = -Math.sqrt(u[i] + delta) / Math.sqrt(r[i] + delta) * g[i];
            u[i] = rho * u[i] + (1 - rho) * dTheta * dTheta;
            theta[i] += learningRate * dTheta;
        }
        return loss;
    }
}
