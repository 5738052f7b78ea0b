package descent.core.optim;

/**
 * A line search along a downhill direction p: finds a step α &gt; 0 so that θ + αp is an acceptable next point
 * for BFGS, L-BFGS and nonlinear CG.
 *
 * <p>Writing φ(α) = J(θ + αp), φ'(0) = ∇J(θ)ᵀp &lt; 0, the conditions are
 * <pre>
 *   sufficient decrease (Armijo):  φ(α) ≤ φ(0) + c1 α φ'(0)
 *   strong curvature (Wolfe):      |φ'(α)| ≤ c2 |φ'(0)|
 * </pre>
 * {@link LineSearchKind#ARMIJO} backtracks from α0 until the first holds (each new trial is the minimizer of
 * the quadratic through φ(0), φ'(0), φ(α), kept within [0.1α, 0.5α]). {@link LineSearchKind#STRONG_WOLFE}
 * brackets and zooms until both hold (Nocedal &amp; Wright, Algorithms 3.5 and 3.6: the bracket expands by 2,
 * the zoom tries the minimizer of the cubic through both ends' φ and φ', kept at least 10% of the bracket from
 * each end, else bisects). A trial whose φ is not finite counts as "too far".
 *
 * <p>Hard cap: at most {@code maxTrials} evaluations. When it is reached the search returns the best point
 * that satisfied sufficient decrease, if any, and records {@link GuardRail#LINE_SEARCH_CAPPED}; when there is
 * none it returns α = 0 and records {@link GuardRail#LINE_SEARCH_NO_DECREASE}. Buffers are allocated once;
 * {@link #search} allocates nothing.
 */
public final class LineSearch {
    private final int n;
    private final LineSearchKind kind;
    private final double c1;
    private final double c2;
    private final int maxTrials;
    private final GuardRailLog log;
    private final double[] xTrial;
    private final double[] gTrial;
    private final double[] xBest;
    private final double[] gBest;
    private double fBest;
    private double aBest;
    private int trials;

    // the search in progress
    private Objective f;
    private double[] x;
    private double[] p;
    private double f0;
    private double d0;

    public LineSearch(int n, LineSearchKind kind, double c1, double c2, int maxTrials, GuardRailLog log) {
        this.n = n;
        this.kind = kind;
        this.c1 = c1;
        this.c2 = c2;
        this.maxTrials = maxTrials;
        this.log = log;
        xTrial = new double[n];
        gTrial = new double[n];
        xBest = new double[n];
        gBest = new double[n];
    }

    /** A line search with the kind, constants and cap of {@code settings}. */
    public LineSearch(int n, OptimizerSettings settings, GuardRailLog log) {
        this(n, settings.lineSearch(), settings.armijoC1(), settings.wolfeC2(), settings.maxLineSearchTrials(), log);
    }

    /**
     * Searches along {@code direction} from {@code theta}, where J = {@code value} and ∇J = {@code gradient}.
     * Returns the accepted α, or 0 if no acceptable point was found; afterwards {@link #point()},
     * {@link #value()} and {@link #gradient()} describe the accepted point (θ itself when α = 0). Neither
     * θ nor the direction is modified.
     */
    public double search(Objective objective, double[] theta, double value, double[] gradient, double[] direction,
            double alpha0) {
        f = objective;
        x = theta;
        p = direction;
        f0 = value;
        d0 = dot(gradient, direction);
        trials = 0;
        aBest = 0;
        fBest = value;
        System.arraycopy(theta, 0, xBest, 0, n);
        System.arraycopy(gradient, 0, gBest, 0, n);
        double result;
        if (!(d0 < 0) || !(alpha0 > 0) || !finite(alpha0)) {
            result = 0;
        } else if (kind == LineSearchKind.ARMIJO) {
            result = backtrack(alpha0);
        } else {
            result = strongWolfe(alpha0);
        }
        if (result == 0) {
            log.record(GuardRail.LINE_SEARCH_NO_DECREASE);
        }
        f = null;
        x = null;
        p = null;
        return result;
    }

    private double backtrack(double alpha) {
        while (trials < maxTrials) {
            double fa = evaluate(alpha, false);
            if (finite(fa) && fa <= f0 + c1 * alpha * d0) {
                f.valueAndGradient(xTrial, gTrial);
                keepTrial(alpha, fa);
                return alpha;
            }
            if (!finite(fa)) {
                alpha *= 0.1;
            } else {
                double next = -d0 * alpha * alpha / (2 * (fa - f0 - d0 * alpha));
                alpha = clamp(next, 0.1 * alpha, 0.5 * alpha);
            }
        }
        log.record(GuardRail.LINE_SEARCH_CAPPED, maxTrials);
        return 0;
    }

    private double strongWolfe(double alpha) {
        double aPrev = 0;
        double fPrev = f0;
        double dPrev = d0;
        while (true) {
            if (trials >= maxTrials) {
                return capped();
            }
            double fa = evaluate(alpha, true);
            double da = dot(gTrial, p);
            if (!finite(fa) || !finite(da) || fa > f0 + c1 * alpha * d0 || (trials > 1 && fa >= fPrev)) {
                return zoom(aPrev, fPrev, dPrev, alpha, fa, da);
            }
            keepTrial(alpha, fa);
            if (Math.abs(da) <= -c2 * d0) {
                return alpha;
            }
            if (da >= 0) {
                return zoom(alpha, fa, da, aPrev, fPrev, dPrev);
            }
            aPrev = alpha;
            fPrev = fa;
            dPrev = da;
            alpha *= 2;
        }
    }

    /** Nocedal–Wright's zoom: lo always satisfies sufficient decrease with the lowest φ seen so far. */
    private double zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        while (true) {
            if (trials >= maxTrials) {
                return capped();
            }
            double width = Math.abs(hi - lo);
            if (width <= 1e-14 * Math.max(1, Math.abs(lo))) {
                return aBest; // bracket collapsed: settle for sufficient decrease (0 if none)
            }
            double a = interpolate(lo, fLo, dLo, hi, fHi, dHi);
            double fa = evaluate(a, true);
            double da = dot(gTrial, p);
            if (!finite(fa) || !finite(da) || fa > f0 + c1 * a * d0 || fa >= fLo) {
                hi = a;
                fHi = fa;
                dHi = da;
            } else {
                keepTrial(a, fa);
                if (Math.abs(da) <= -c2 * d0) {
                    return a;
                }
                if (da * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = a;
                fLo = fa;
                dLo = da;
            }
        }
    }

    /** Minimizer of the cubic through (lo, φ, φ') and (hi, φ, φ'), kept 10% inside the bracket; else bisection. */
    private static double interpolate(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        double min = Math.min(lo, hi);
        double max = Math.max(lo, hi);
        double margin = 0.1 * (max - min);
        double mid = 0.5 * (lo + hi);
        if (!finite(fHi) || !finite(dHi)) {
            return mid;
        }
        double d1 = dLo + dHi - 3 * (fLo - fHi) / (lo - hi);
        double disc = d1 * d1 - dLo * dHi;
        if (!(disc >= 0)) {
            return mid;
        }
        double d2 = (hi > lo ? 1 : -1) * Math.sqrt(disc);
        double a = hi - (hi - lo) * (dHi + d2 - d1) / (dHi - dLo + 2 * d2);
        if (!finite(a) || a < min + margin || a > max - margin) {
            return mid;
        }
        return a;
    }

    private double capped() {
        log.record(GuardRail.LINE_SEARCH_CAPPED, maxTrials);
        return aBest;
    }

    /** φ(α) at xTrial = θ + αp; with the gradient into gTrial when asked. */
    private double evaluate(double alpha, boolean withGradient) {
        trials++;
        for (int i = 0; i < n; i++) {
            xTrial[i] = x[i] + alpha * p[i];
        }
        return withGradient ? f.valueAndGradient(xTrial, gTrial) : f.value(xTrial);
    }

    private void keepTrial(double alpha, double value) {
        aBest = alpha;
        fBest = value;
        System.arraycopy(xTrial, 0, xBest, 0, n);
        System.arraycopy(gTrial, 0, gBest, 0, n);
    }

    /** The accepted point θ + αp (θ when α = 0); valid until the next search. */
    public double[] point() {
        return xBest;
    }

    /** ∇J at the accepted point; valid until the next search. */
    public double[] gradient() {
        return gBest;
    }

    /** J at the accepted point. */
    public double value() {
        return fBest;
    }

    /** The accepted α of the last search (0 if none). */
    public double step() {
        return aBest;
    }

    /** Evaluations used by the last search. */
    public int trials() {
        return trials;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static boolean finite(double v) {
        return v - v == 0;
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo || !finite(v) ? lo : Math.min(v, hi);
    }
}
