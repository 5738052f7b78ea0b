package descent.core.optim;

/**
 * BFGS (Broyden, Fletcher, Goldfarb, Shanno 1970), keeping an approximation H of the inverse Hessian:
 * <pre>
 *   p = −H g,   α from the line search,   s = α p,   y = ∇J(θ + s) − g,   θ ← θ + s
 *   H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ,   ρ = 1 / sᵀy
 * </pre>
 * The rank-2 update makes H y = s (the secant condition) and keeps H positive definite as long as sᵀy &gt; 0,
 * which a strong-Wolfe line search guarantees. H starts as I and, just before the first update, is rescaled to
 * (sᵀy / yᵀy) I (Nocedal &amp; Wright eq. 6.20). One step = one iteration = one line search. O(n²) memory.
 *
 * <p>Guard rails, each reported: the update is skipped when sᵀy ≤ 0 (to rounding:
 * sᵀy ≤ 1e-12‖s‖‖y‖; {@link GuardRail#BFGS_UPDATE_SKIPPED}); H is reset to I when −Hg is not downhill
 * ({@link GuardRail#QUASI_NEWTON_RESET}) or the line search finds no decrease. No learning rate.
 */
public final class Bfgs implements Optimizer, GuardRailed {
    private final int n;
    private final double[] inverseHessian;
    private final double[] g;
    private final double[] p;
    private final double[] s;
    private final double[] y;
    private final double[] hy;
    private final LineSearch lineSearch;
    private final GuardRailLog log = new GuardRailLog();
    private boolean scaled;

    public Bfgs(OptimizerSettings settings, int dimension) {
        n = dimension;
        inverseHessian = new double[n * n];
        g = new double[n];
        p = new double[n];
        s = new double[n];
        y = new double[n];
        hy = new double[n];
        lineSearch = new LineSearch(n, settings, log);
        resetToIdentity();
    }

    private void resetToIdentity() {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inverseHessian[i * n + j] = i == j ? 1 : 0;
            }
        }
        scaled = false;
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        log.beginIteration();
        double loss = objective.valueAndGradient(theta, g);
        double gg = LineSearch.dot(g, g);
        if (gg == 0 || !LineSearch.finite(gg) || !LineSearch.finite(loss)) {
            return loss;
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += inverseHessian[i * n + j] * g[j];
            }
            p[i] = -sum;
        }
        if (!(LineSearch.dot(g, p) < 0)) {
            log.record(GuardRail.QUASI_NEWTON_RESET);
            resetToIdentity();
            for (int i = 0; i < n; i++) {
                p[i] = -g[i];
            }
        }
        double alpha0 = scaled ? 1 : Math.min(1, 1 / Math.sqrt(gg));
        double alpha = lineSearch.search(objective, theta, loss, g, p, alpha0);
        if (alpha == 0) {
            resetToIdentity();
            return loss;
        }
        double[] next = lineSearch.point();
        double[] gNext = lineSearch.gradient();
        for (int i = 0; i < n; i++) {
            s[i] = next[i] - theta[i];
            y[i] = gNext[i] - g[i];
        }
        double sy = LineSearch.dot(s, y);
        double yy = LineSearch.dot(y, y);
        double ss = LineSearch.dot(s, s);
        if (!(sy > 1e-12 * Math.sqrt(ss * yy))) {
            log.record(GuardRail.BFGS_UPDATE_SKIPPED);
        } else {
            if (!scaled) {
                double gamma = sy / yy;
                for (int i = 0; i < n; i++) {
                    inverseHessian[i * n + i] = gamma;
                }
                scaled = true;
            }
            update(sy);
        }
        System.arraycopy(next, 0, theta, 0, n);
        return loss;
    }

    /** H ← H − ρ (s (Hy)ᵀ + (Hy) sᵀ) + (ρ² yᵀHy + ρ) s sᵀ, the expanded form of the product above. */
    private void update(double sy) {
        double rho = 1 / sy;
        double yHy = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += inverseHessian[i * n + j] * y[j];
            }
            hy[i] = sum;
            yHy += y[i] * sum;
        }
        double c = rho * rho * yHy + rho;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j; // H − ρ(…) + c s sᵀ, added left to right (see NesterovChangeOfVariables)
                inverseHessian[k] = inverseHessian[k] - rho * (s[i] * hy[j] + hy[i] * s[j]) + c * s[i] * s[j];
            }
        }
    }

    /** The current inverse-Hessian approximation H (row-major; a live view of the state). */
    public double[] inverseHessian() {
        return inverseHessian;
    }

    /** The line search, for its last α and trial count. */
    public LineSearch lineSearch() {
        return lineSearch;
    }

    @Override
    public GuardRailLog guardRails() {
        return log;
    }
}
