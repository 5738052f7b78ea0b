package descent.core.optim;

/**
 * Plain (stochastic) gradient descent: θ ← θ − ε g.
 *
 * <p>Batch GD, one-example SGD and minibatch SGD are all this rule; they differ only in which examples the
 * objective averages g over, which the run's batch size decides.
 */
public final class Sgd implements Optimizer {
    private final double[] g;

    public Sgd(int dimension) {
        g = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= learningRate * g[i];
        }
        return loss;
    }
}
