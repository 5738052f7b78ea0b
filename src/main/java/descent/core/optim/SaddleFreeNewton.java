package descent.core.optim;

import descent.core.math.SymmetricEigen;

/**
 * Saddle-free Newton (Dauphin et al. 2014): Newton's step with the Hessian's eigenvalues made positive:
 * <pre>
 *   H = Q Λ Qᵀ,   |H| = Q |Λ| Qᵀ
 *   θ ← θ − |H|⁻¹ g = θ − Σⱼ qⱼ (qⱼᵀg) / max(|λⱼ|, λ_floor)
 * </pre>
 * Along a direction of negative curvature Newton moves toward the top (it divides by λ &lt; 0); dividing by |λ|
 * moves down instead, so saddles repel. On x² − y² from (x, y) the step lands on (0, 2y): x is solved, y runs
 * away. λ_floor = {@link OptimizerSettings#damping()} keeps flat directions from giving huge steps (each clamp
 * reported, {@link GuardRail#EIGENVALUE_FLOORED}). The eigendecomposition is Jacobi's: O(n³) per sweep, small
 * problems only. No learning rate, except in the reported fallback to a gradient step when H is not finite.
 */
public final class SaddleFreeNewton implements Optimizer, GuardRailed, RuleTerms {
    private static final String[] FORMULA = {"H = Q Λ Qᵀ", "|H| = Q |Λ| Qᵀ", "θ ← θ − |H|⁻¹ g"};
    private static final String[] TERMS = {"g", "|H|⁻¹ g", "Δθ"};
    private static final String[] SCALARS = {"λ_floor", "gradient step instead"};
    private final int n;
    private final double floor;
    private final double[] g;
    private final double[] h;
    private final double[] coefficients;
    private final HessianEvaluator hessian;
    private final SymmetricEigen eigen;
    private final GuardRailLog log = new GuardRailLog();
    private final double[] steps;
    private double rate = Double.NaN;
    private boolean fellBack;
    private int t;

    public SaddleFreeNewton(OptimizerSettings settings, int dimension) {
        n = dimension;
        floor = settings.damping() > 0 ? settings.damping() : 1e-12;
        g = new double[n];
        h = new double[n * n];
        coefficients = new double[n];
        steps = new double[n];
        hessian = new HessianEvaluator(n);
        eigen = new SymmetricEigen(n);
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        log.beginIteration();
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        fellBack = false;
        hessian.evaluate(objective, theta, h);
        if (!eigen.decompose(h)) {
            log.record(GuardRail.EIGEN_FAILED);
            fellBack = true;
            for (int i = 0; i < n; i++) {
                theta[i] -= learningRate * g[i];
            }
            return loss;
        }
        for (int j = 0; j < n; j++) {
            double projection = 0;
            for (int i = 0; i < n; i++) {
                projection += eigen.vector(i, j) * g[i];
            }
            double curvature = Math.abs(eigen.value(j));
            if (curvature < floor) {
                curvature = floor;
                log.record(GuardRail.EIGENVALUE_FLOORED, floor);
            }
            coefficients[j] = projection / curvature;
        }
        for (int i = 0; i < n; i++) {
            double step = 0;
            for (int j = 0; j < n; j++) {
                step += eigen.vector(i, j) * coefficients[j];
            }
            steps[i] = step;
            theta[i] -= step;
        }
        return loss;
    }

    @Override
    public GuardRailLog guardRails() {
        return log;
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
    public void effectiveSteps(double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = t == 0 ? Double.NaN : Terms.ratio(step(i), g[i]);
        }
    }

    private double step(int i) {
        return fellBack ? -(rate * g[i]) : -steps[i];
    }

    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = fellBack ? Double.NaN : steps[i];
        out[2] = step(i);
    }

    @Override
    public void scalars(double[] out) {
        out[0] = floor;
        out[1] = t == 0 ? Double.NaN : fellBack ? 1 : 0;
    }

    /** The step's own decomposition: λⱼ ascending, and the max(|λⱼ|, λ_floor) it divided by. */
    @Override
    public int spectrum(double[] eigenvalues, double[] used) {
        if (t == 0 || fellBack) {
            return 0;
        }
        for (int j = 0; j < n; j++) {
            eigenvalues[j] = eigen.value(j);
            used[j] = Math.max(Math.abs(eigen.value(j)), floor);
        }
        return n;
    }
}
