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
public final class RmsPropNesterov implements Optimizer {
    private final double alpha;
    private final double rho;
    private final double delta;
    private final double[] g;
    private final double[] r;
    private final double[] v;
    private final double[] lookAhead;

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
}
