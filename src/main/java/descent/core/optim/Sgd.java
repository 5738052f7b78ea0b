package descent.core.optim;

/**
 * Plain (stochastic) gradient descent: θ ← θ − ε g.
 *
 * <p>Batch GD, one-example SGD and minibatch SGD are all this rule; they differ only in which examples the
 * objective averages g over, which the run's batch size decides.
 */
public final class Sgd implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"θ ← θ − ε g"};
    private static final String[] TERMS = {"g", "Δθ"};
    private static final String[] SCALARS = {"ε"};
    private final double[] g;
    private double rate = Double.NaN;
    private int t;

    public Sgd(int dimension) {
        g = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= learningRate * g[i];
        }
        return loss;
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
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = -(rate * g[i]);
    }

    @Override
    public String[] scalarSymbols() {
        return SCALARS;
    }

    @Override
    public void scalars(double[] out) {
        out[0] = rate;
    }

    @Override
    public void effectiveSteps(double[] out) {
        Terms.fill(out, g.length, rate);
    }

    @Override
    public int largestGradient() {
        return Terms.largest(g);
    }
}
