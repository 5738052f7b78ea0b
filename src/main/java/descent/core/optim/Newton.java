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
public final class Newton implements Optimizer, GuardRailed {
    private final int n;
    private final double[] g;
    private final double[] h;
    private final double[] p;
    private final HessianEvaluator hessian;
    private final Cholesky cholesky;
    private final LuSolver lu;
    private final GuardRailLog log = new GuardRailLog();

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
        hessian.evaluate(objective, theta, h);
        if (cholesky.factor(h)) {
            cholesky.solve(g, p);
        } else if (lu.factor(h)) {
            log.record(GuardRail.NEWTON_INDEFINITE);
            lu.solve(g, p);
        } else {
            log.record(GuardRail.NEWTON_SINGULAR);
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
}
