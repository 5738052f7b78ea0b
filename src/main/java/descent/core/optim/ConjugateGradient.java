package descent.core.optim;

/**
 * Nonlinear conjugate gradient (Fletcher–Reeves or Polak–Ribière, {@link CgVariant}):
 * <pre>
 *   β = gᵀg / g₋ᵀg₋                     (Fletcher–Reeves)
 *   β = gᵀ(g − g₋) / g₋ᵀg₋              (Polak–Ribière)
 *   d ← −g + β d₋,   θ ← θ + α d        (α from the line search)
 * </pre>
 * The first step is steepest descent. Each new direction is conjugate to the last with respect to the local
 * Hessian, so on a quadratic with an exact line search it finishes in n steps. Restarts (β = 0, d = −g), each
 * reported: Polak–Ribière when β &lt; 0 ({@link GuardRail#CG_RESTART_NEGATIVE_BETA}, the "PR+" rule);
 * Fletcher–Reeves when successive gradients are far from orthogonal, |gᵀg₋| ≥ 0.2 gᵀg (Powell;
 * {@link GuardRail#CG_RESTART_NOT_ORTHOGONAL}); either when d is not downhill
 * ({@link GuardRail#CG_RESTART_NOT_DESCENT}). The first trial step is α₋ (g₋ᵀd₋)/(gᵀd) (Nocedal &amp; Wright
 * eq. 3.60), the first of all min(1, 1/‖g‖). The kind's default strong-Wolfe c2 is 0.1, as CG needs a fairly
 * accurate search. With the Armijo-only search (no curvature condition) successive gradients are not close to
 * orthogonal, β keeps coming out negative and CG degenerates into restarted steepest descent: on Rosenbrock it
 * is still far from the minimum after thousands of steps, against ≈ 20 with strong Wolfe — a lesson in itself.
 * No learning rate.
 */
public final class ConjugateGradient implements Optimizer, GuardRailed, RuleTerms {
    private static final String[] FLETCHER_REEVES = {"β = gᵀg / g₋ᵀg₋", "d ← −g + β d₋", "θ ← θ + α d"};
    private static final String[] POLAK_RIBIERE = {"β = gᵀ(g − g₋) / g₋ᵀg₋", "d ← −g + β d₋", "θ ← θ + α d"};
    private static final String[] TERMS = {"g", "d", "Δθ"};
    private static final String[] SCALARS = {"β", "α", "restarts"};
    private final int n;
    private final CgVariant variant;
    private final double[] g;
    private final double[] gPrevious;
    private final double[] d;
    private final LineSearch lineSearch;
    private final GuardRailLog log = new GuardRailLog();
    private boolean hasPrevious;
    private double alphaPrevious;
    private double slopePrevious;
    private double lastBeta = Double.NaN;
    private double acceptedAlpha = Double.NaN;
    private int restarts;
    private int t;

    public ConjugateGradient(OptimizerSettings settings, int dimension) {
        n = dimension;
        variant = settings.cgVariant();
        g = new double[n];
        gPrevious = new double[n];
        d = new double[n];
        lineSearch = new LineSearch(n, settings, log);
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        log.beginIteration();
        double loss = objective.valueAndGradient(theta, g);
        t++;
        acceptedAlpha = 0;
        lastBeta = Double.NaN;
        int eventsBefore = log.total();
        double gg = LineSearch.dot(g, g);
        if (gg == 0 || !LineSearch.finite(gg) || !LineSearch.finite(loss)) {
            return loss;
        }
        double beta = 0;
        if (hasPrevious) {
            double previous = LineSearch.dot(gPrevious, gPrevious);
            double cross = LineSearch.dot(g, gPrevious);
            if (variant == CgVariant.FLETCHER_REEVES) {
                if (Math.abs(cross) >= 0.2 * gg) {
                    log.record(GuardRail.CG_RESTART_NOT_ORTHOGONAL);
                } else {
                    beta = gg / previous;
                }
            } else {
                double pr = (gg - cross) / previous;
                if (pr < 0) {
                    log.record(GuardRail.CG_RESTART_NEGATIVE_BETA);
                } else {
                    beta = pr;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] = -g[i] + beta * (hasPrevious ? d[i] : 0);
        }
        lastBeta = beta;
        double slope = LineSearch.dot(g, d);
        if (!(slope < 0)) {
            log.record(GuardRail.CG_RESTART_NOT_DESCENT);
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            slope = -gg;
            lastBeta = 0;
        }
        if (hasPrevious && log.total() > eventsBefore) {
            restarts++; // every event so far this step is a restart of one kind or another
        }
        double alpha0 = hasPrevious ? alphaPrevious * slopePrevious / slope : Math.min(1, 1 / Math.sqrt(gg));
        if (!(alpha0 > 0) || !LineSearch.finite(alpha0)) {
            alpha0 = 1;
        }
        double alpha = lineSearch.search(objective, theta, loss, g, d, alpha0);
        acceptedAlpha = alpha;
        if (alpha == 0) {
            hasPrevious = false;
            return loss;
        }
        System.arraycopy(g, 0, gPrevious, 0, n);
        alphaPrevious = alpha;
        slopePrevious = slope;
        hasPrevious = true;
        System.arraycopy(lineSearch.point(), 0, theta, 0, n);
        return loss;
    }

    /** The current search direction d (a live view of the state). */
    public double[] direction() {
        return d;
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
        return variant == CgVariant.FLETCHER_REEVES ? FLETCHER_REEVES : POLAK_RIBIERE;
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

    /** At the last step: g at θ, the direction d searched along and the step α d taken (0 if none). */
    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = d[i];
        out[2] = acceptedAlpha * d[i];
    }

    /** β of the last direction (0 after a restart or on a first step), the accepted α, and restarts so far. */
    @Override
    public void scalars(double[] out) {
        out[0] = lastBeta;
        out[1] = t == 0 ? Double.NaN : acceptedAlpha;
        out[2] = restarts;
    }

    @Override
    public void effectiveSteps(double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = t == 0 ? Double.NaN : Terms.ratio(acceptedAlpha * d[i], g[i]);
        }
    }
}
