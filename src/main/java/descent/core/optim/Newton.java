package descent.core.optim;

import descent.core.math.Cholesky;
import descent.core.math.LuSolver;

/**
 * Newton's method, the full step to the stationary point of the second-order Taylor model:
 * <pre>
 *   θ ← θ − H⁻¹ g,      H = ∇²J(θ), g = ∇J(θ)
 * </pre>
 * No learning rate. It solves a quadratic in one step — and it goes to the stationary point of the model
 * whatever its kind: on x² − y² it steps straight onto the saddle, near a maximum it climbs to it. That is the
 * lesson, so this rule does not protect against it; it only says so: an H that is not positive definite is
 * reported as {@link GuardRail#NEWTON_INDEFINITE} (solved by LU with partial pivoting), and a singular H,
 * which has no Newton step, falls back to a gradient step θ ← θ − εg with the given learning rate
 * ({@link GuardRail#NEWTON_SINGULAR}). The Hessian is exact for a {@link HessianObjective}, else finite
 * differences of gradients. O(n²) memory, O(n³) per step: small problems only.
 */
public final class Newton implements Optimizer, GuardRailed, RuleTerms {
    private static final String[] FORMULA = {"θ ← θ − H⁻¹ g"};
    private static final String[] TERMS = {"g", "H⁻¹ g", "Δθ"};
    private static final String[] SCALARS = {"H positive definite", "gradient step instead"};
    private final int n;
    private final double[] g;
    private final double[] h;
    private final double[] p;
    private final HessianEvaluator hessian;
    private final Cholesky cholesky;
    private final LuSolver lu;
    private final GuardRailLog log = new GuardRailLog();
    private descent.core.math.SymmetricEigen eigen;
    private double rate = Double.NaN;
    private boolean positiveDefinite;
    private boolean fellBack;
    private int t;

    public Newton(OptimizerSettings settings, int dimension) {
        n = dimension;
        g = new double[n];
        h = new double[n * n];
        p = new double[n];
        hessian = new HessianEvaluator(n);
        cholesky = new Cholesky(n);
        lu = new LuSolver(n);
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        log.beginIteration();
        double loss = objective.valueAndGradient(theta, g);
        t++;
        rate = learningRate;
        hessian.evaluate(objective, theta, h);
        positiveDefinite = false;
        fellBack = false;
        if (cholesky.factor(h)) {
            positiveDefinite = true;
            cholesky.solve(g, p);
        } else if (lu.factor(h)) {
            log.record(GuardRail.NEWTON_INDEFINITE);
            lu.solve(g, p);
        } else {
            log.record(GuardRail.NEWTON_SINGULAR);
            fellBack = true;
            for (int i = 0; i < n; i++) {
                theta[i] -= learningRate * g[i];
            }
            return loss;
        }
        for (int i = 0; i < n; i++) {
            theta[i] -= p[i];
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
        return fellBack ? -(rate * g[i]) : -p[i];
    }

    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = fellBack ? Double.NaN : p[i];
        out[2] = step(i);
    }

    /** 1 or 0: whether Cholesky succeeded, and whether H was singular so a gradient step was taken. */
    @Override
    public void scalars(double[] out) {
        out[0] = t == 0 ? Double.NaN : positiveDefinite ? 1 : 0;
        out[1] = t == 0 ? Double.NaN : fellBack ? 1 : 0;
    }

    /** Newton divides by λⱼ itself: a negative one sends the step uphill along its eigenvector. */
    @Override
    public int spectrum(double[] eigenvalues, double[] used) {
        if (t == 0) {
            return 0;
        }
        if (eigen == null) {
            eigen = new descent.core.math.SymmetricEigen(n);
        }
        int count = Terms.eigenvalues(eigen, h, eigenvalues);
        System.arraycopy(eigenvalues, 0, used, 0, count);
        return count;
    }
}
