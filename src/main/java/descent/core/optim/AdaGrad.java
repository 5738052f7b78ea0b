package descent.core.optim;

/**
 * AdaGrad (Duchi, Hazan &amp; Singer 2011):
 * <pre>
 *   r ← r + g ⊙ g
 *   θ ← θ − ε g / (δ + √r)        (element-wise)
 * </pre>
 * r starts at 0; δ ≈ 1e-7. r only grows, so the steps shrink forever: on a constant gradient the k-th step
 * is ε/√k per coordinate.
 */
public final class AdaGrad implements Optimizer {
    private final double delta;
    private final double[] g;
    private final double[] r;

    public AdaGrad(OptimizerSettings settings, int dimension) {
        delta = settings.delta();
        g = new double[dimension];
        r = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        for (int i = 0; i < theta.length; i++) {
            r[i] += g[i] * g[i];
            theta[i] -= learningRate * g[i] / (delta + Math.sqrt(r[i]));
        }
        return loss;
    }

    /** The accumulated squared gradient r (a live view of the state). */
    public double[] accumulator() {
        return r;
    }
}
