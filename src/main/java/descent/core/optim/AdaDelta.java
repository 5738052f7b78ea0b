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
public final class AdaDelta implements Optimizer, RuleTerms {
    private static final String[] FORMULA = {"r ← ρ r + (1 − ρ) g ⊙ g", "Δθ = − √(u + δ) / √(r + δ) ⊙ g",
        "u ← ρ u + (1 − ρ) Δθ ⊙ Δθ", "θ ← θ + ε Δθ"};
    private static final String[] TERMS = {"g", "r", "u", "√(u + δ) / √(r + δ)", "Δθ", "ε Δθ"};
    private static final String[] SCALARS = {"ε", "ρ", "δ"};
    private final double rho;
    private final double delta;
    private final double[] g;
    private final double[] r;
    private final double[] u;
    private final double[] previous;
    private double rate = Double.NaN;
    private int t;

    public AdaDelta(OptimizerSettings settings, int dimension) {
        rho = settings.rho();
        delta = settings.delta();
        g = new double[dimension];
        r = new double[dimension];
        u = new double[dimension];
        previous = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        for (int i = 0; i < theta.length; i++) {
            r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
            previous[i] = u[i];
            double dTheta = -Math.sqrt(u[i] + delta) / Math.sqrt(r[i] + delta) * g[i];
            u[i] = rho * u[i] + (1 - rho) * dTheta * dTheta;
            theta[i] += learningRate * dTheta;
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
        // u is the average after the step; the step itself used the one before (kept in previous)
        double dTheta = -Math.sqrt(previous[i] + delta) / Math.sqrt(r[i] + delta) * g[i];
        out[0] = g[i];
        out[1] = r[i];
        out[2] = u[i];
        out[3] = Math.sqrt(previous[i] + delta) / Math.sqrt(r[i] + delta);
        out[4] = dTheta;
        out[5] = rate * dTheta;
    }

    @Override
    public void scalars(double[] out) {
        out[0] = rate;
        out[1] = rho;
        out[2] = delta;
    }

    @Override
    public void effectiveSteps(double[] out) {
        for (int i = 0; i < g.length; i++) {
            double units = Math.sqrt(previous[i] + delta) / Math.sqrt(r[i] + delta);
            out[i] = t == 0 ? Double.NaN : rate * units;
        }
    }
}
