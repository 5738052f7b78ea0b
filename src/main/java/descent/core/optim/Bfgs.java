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
public final class Bfgs implements Optimizer, GuardRailed, RuleTerms {
    private static final String[] FORMULA = {"p = −H g", "s = α p", "y = ∇J(θ + s) − g", "θ ← θ + s",
        "H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ", "ρ = 1 / sᵀy"};
    private static final String[] TERMS = {"g", "p", "s", "y"};
    private static final String[] SCALARS = {"α", "sᵀy", "H updated"};
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
    private double acceptedAlpha = Double.NaN;
    private double curvature = Double.NaN;
    private boolean updated;
    private int t;

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
        t++;
        acceptedAlpha = 0;
        curvature = Double.NaN;
        updated = false;
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
        acceptedAlpha = alpha;
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
        curvature = sy;
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
            updated = true;
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
            out[i] = t == 0 ? Double.NaN : Terms.ratio(moved() ? s[i] : 0, g[i]);
        }
    }

    private boolean moved() {
        return acceptedAlpha > 0;
    }

    /** At the last step: g at θ, the direction p, the step s = α p taken (0 if none) and y (NaN if none). */
    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = p[i];
        out[2] = moved() ? s[i] : 0;
        out[3] = moved() ? y[i] : Double.NaN;
    }

    /** α accepted by the line search (0: no decrease found), sᵀy, and 1 or 0: whether H was updated. */
    @Override
    public void scalars(double[] out) {
        out[0] = t == 0 ? Double.NaN : acceptedAlpha;
        out[1] = curvature;
        out[2] = t == 0 ? Double.NaN : updated ? 1 : 0;
    }
}
