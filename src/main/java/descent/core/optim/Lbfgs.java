package descent.core.optim;

/**
 * L-BFGS (Nocedal 1980; Liu &amp; Nocedal 1989): BFGS without the n×n matrix. It keeps the m most recent pairs
 * (sᵢ, yᵢ) and applies the inverse-Hessian approximation to g by the two-loop recursion:
 * <pre>
 *   q = g
 *   for i = newest … oldest:   aᵢ = ρᵢ sᵢᵀq,   q ← q − aᵢ yᵢ          (ρᵢ = 1 / sᵢᵀyᵢ)
 *   r = γ q,   γ = sᵀy / yᵀy of the newest pair
 *   for i = oldest … newest:   b = ρᵢ yᵢᵀr,   r ← r + sᵢ (aᵢ − b)
 *   p = −r,   θ ← θ + α p   (α from the line search)
 * </pre>
 * O(mn) memory and time per step. Guard rails, each reported: a pair with sᵀy ≤ 0 (to rounding) is not stored
 * ({@link GuardRail#LBFGS_PAIR_SKIPPED}); the memory is cleared when p is not downhill
 * ({@link GuardRail#QUASI_NEWTON_RESET}) or the line search finds no decrease. No learning rate.
 */
public final class Lbfgs implements Optimizer, GuardRailed, RuleTerms {
    private static final String[] FORMULA = {"q = g", "aᵢ = ρᵢ sᵢᵀq", "q ← q − aᵢ yᵢ", "r = γ q",
        "b = ρᵢ yᵢᵀr", "r ← r + sᵢ (aᵢ − b)", "p = −r", "θ ← θ + α p"};
    private static final String[] TERMS = {"g", "p", "Δθ"};
    private static final String[] SCALARS = {"α", "sᵀy", "pairs stored"};
    private final int n;
    private final int m;
    private final double[] sPairs; // m rows of n
    private final double[] yPairs;
    private final double[] rhos;
    private final double[] as;
    private final double[] g;
    private final double[] p;
    private final LineSearch lineSearch;
    private final GuardRailLog log = new GuardRailLog();
    private int count;
    private int newest = -1;
    private double acceptedAlpha = Double.NaN;
    private double curvature = Double.NaN;
    private int t;

    public Lbfgs(OptimizerSettings settings, int dimension) {
        n = dimension;
        m = settings.memory();
        sPairs = new double[m * n];
        yPairs = new double[m * n];
        rhos = new double[m];
        as = new double[m];
        g = new double[n];
        p = new double[n];
        lineSearch = new LineSearch(n, settings, log);
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        log.beginIteration();
        double loss = objective.valueAndGradient(theta, g);
        t++;
        acceptedAlpha = 0;
        curvature = Double.NaN;
        double gg = LineSearch.dot(g, g);
        if (gg == 0 || !LineSearch.finite(gg) || !LineSearch.finite(loss)) {
            return loss;
        }
        twoLoop();
        if (!(LineSearch.dot(g, p) < 0)) {
            log.record(GuardRail.QUASI_NEWTON_RESET);
            count = 0;
            for (int i = 0; i < n; i++) {
                p[i] = -g[i];
            }
        }
        double alpha0 = count > 0 ? 1 : Math.min(1, 1 / Math.sqrt(gg));
        double alpha = lineSearch.search(objective, theta, loss, g, p, alpha0);
        acceptedAlpha = alpha;
        if (alpha == 0) {
            count = 0;
            return loss;
        }
        double[] next = lineSearch.point();
        double[] gNext = lineSearch.gradient();
        int slot = (newest + 1) % m;
        int row = slot * n;
        double sy = 0;
        double ss = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double si = next[i] - theta[i];
            double yi = gNext[i] - g[i];
            sy += si * yi;
            ss += si * si;
            yy += yi * yi;
        }
        curvature = sy;
        if (!(sy > 1e-12 * Math.sqrt(ss * yy))) {
            log.record(GuardRail.LBFGS_PAIR_SKIPPED);
        } else {
            for (int i = 0; i < n; i++) {
                sPairs[row + i] = next[i] - theta[i];
                yPairs[row + i] = gNext[i] - g[i];
            }
            rhos[slot] = 1 / sy;
            newest = slot;
            if (count < m) {
                count++;
            }
        }
        System.arraycopy(next, 0, theta, 0, n);
        return loss;
    }

    /** p = −(approximate inverse Hessian)·g; with no pairs, p = −g. */
    private void twoLoop() {
        for (int i = 0; i < n; i++) {
            p[i] = g[i];
        }
        for (int k = 0; k < count; k++) {
            int slot = (newest - k + m) % m;
            int row = slot * n;
            double a = 0;
            for (int i = 0; i < n; i++) {
                a += sPairs[row + i] * p[i];
            }
            a *= rhos[slot];
            as[slot] = a;
            for (int i = 0; i < n; i++) {
                p[i] -= a * yPairs[row + i];
            }
        }
        if (count > 0) {
            int row = newest * n;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                yy += yPairs[row + i] * yPairs[row + i];
            }
            double gamma = 1 / (rhos[newest] * yy);
            for (int i = 0; i < n; i++) {
                p[i] *= gamma;
            }
        }
        for (int k = count - 1; k >= 0; k--) {
            int slot = (newest - k + m) % m;
            int row = slot * n;
            double b = 0;
            for (int i = 0; i < n; i++) {
                b += yPairs[row + i] * p[i];
            }
            b *= rhos[slot];
            double c = as[slot] - b;
            for (int i = 0; i < n; i++) {
                p[i] += c * sPairs[row + i];
            }
        }
        for (int i = 0; i < n; i++) {
            p[i] = -p[i];
        }
    }

    /** Pairs currently stored (at most m). */
    public int storedPairs() {
        return count;
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
            out[i] = t == 0 ? Double.NaN : Terms.ratio(acceptedAlpha * p[i], g[i]);
        }
    }

    /** At the last step: g at θ, the direction p and the step α p taken (0 when the line search found none). */
    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = p[i];
        out[2] = acceptedAlpha * p[i];
    }

    /** α accepted by the line search (0: none), sᵀy of the new pair (NaN if none), and the pairs stored. */
    @Override
    public void scalars(double[] out) {
        out[0] = t == 0 ? Double.NaN : acceptedAlpha;
        out[1] = curvature;
        out[2] = count;
    }
}
