package descent.core.optim;

import descent.core.math.Cholesky;

/**
 * Damped Newton in the Levenberg–Marquardt (trust-region) style:
 * <pre>
 *   solve (H + λI) p = g,   θ ← θ − p      if that lowers J
 * </pre>
 * λ ≥ 0 adapts: a step that lowers J is taken and λ ← λ/10 (toward pure Newton, fast near a minimum); one that
 * does not is refused and λ ← 10λ (a shorter, more gradient-like step: a smaller trust region). When H + λI is
 * not positive definite — at a saddle or a maximum — λ is raised until it is, so the step always points
 * downhill and this rule, unlike {@link Newton}, moves away from saddles. λ starts at
 * {@link OptimizerSettings#damping()}; raising from λ starts at 1e-8·(1 + max|Hᵢᵢ|). Each raise is reported
 * ({@link GuardRail#DAMPING_RAISED_NOT_PD}, {@link GuardRail#DAMPING_RAISED_NO_DECREASE}); after
 * {@link OptimizerSettings#maxLineSearchTrials()} refused trials the step is skipped
 * ({@link GuardRail#DAMPING_CAPPED}). No learning rate.
 */
public final class DampedNewton implements Optimizer, GuardRailed, RuleTerms {
    private static final String[] FORMULA = {"solve (H + λI) p = g", "θ ← θ − p"};
    private static final String[] TERMS = {"g", "p", "Δθ"};
    private static final String[] SCALARS = {"λ", "step taken"};
    private final int n;
    private final int maxTrials;
    private final double[] g;
    private final double[] h;
    private final double[] a;
    private final double[] p;
    private final double[] trial;
    private final HessianEvaluator hessian;
    private final Cholesky cholesky;
    private final GuardRailLog log = new GuardRailLog();
    private double lambda;
    private descent.core.math.SymmetricEigen eigen;
    private double usedLambda = Double.NaN;
    private boolean moved;
    private int t;

    public DampedNewton(OptimizerSettings settings, int dimension) {
        n = dimension;
        maxTrials = settings.maxLineSearchTrials();
        lambda = settings.damping();
        g = new double[n];
        h = new double[n * n];
        a = new double[n * n];
        p = new double[n];
        trial = new double[n];
        hessian = new HessianEvaluator(n);
        cholesky = new Cholesky(n);
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        log.beginIteration();
        double loss = objective.valueAndGradient(theta, g);
        t++;
        moved = false;
        usedLambda = Double.NaN;
        if (LineSearch.dot(g, g) == 0) {
            return loss;
        }
        hessian.evaluate(objective, theta, h);
        double maxDiagonal = 0;
        for (int i = 0; i < n; i++) {
            maxDiagonal = Math.max(maxDiagonal, Math.abs(h[i * n + i]));
        }
        for (int t = 0; t < maxTrials; t++) {
            System.arraycopy(h, 0, a, 0, n * n);
            for (int i = 0; i < n; i++) {
                a[i * n + i] += lambda;
            }
            if (!cholesky.factor(a)) {
                lambda = raise(lambda, maxDiagonal);
                log.record(GuardRail.DAMPING_RAISED_NOT_PD, lambda);
                continue;
            }
            cholesky.solve(g, p);
            usedLambda = lambda;
            for (int i = 0; i < n; i++) {
                trial[i] = theta[i] - p[i];
            }
            double value = objective.value(trial);
            if (value <= loss) { // false for NaN
                System.arraycopy(trial, 0, theta, 0, n);
                moved = true;
                lambda *= 0.1;
                return loss;
            }
            lambda = raise(lambda, maxDiagonal);
            log.record(GuardRail.DAMPING_RAISED_NO_DECREASE, lambda);
        }
        log.record(GuardRail.DAMPING_CAPPED, maxTrials);
        return loss;
    }

    private static double raise(double lambda, double maxDiagonal) {
        return Math.max(10 * lambda, 1e-8 * (1 + maxDiagonal));
    }

    /** The current damping λ. */
    public double damping() {
        return lambda;
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
            out[i] = t == 0 ? Double.NaN : Terms.ratio(moved ? -p[i] : 0, g[i]);
        }
    }

    @Override
    public void terms(int i, double[] out) {
        if (t == 0) {
            Terms.unknown(out, TERMS.length);
            return;
        }
        out[0] = g[i];
        out[1] = Double.isNaN(usedLambda) ? Double.NaN : p[i];
        out[2] = moved ? -p[i] : 0;
    }

    /** λ of the last solve (NaN if H + λI never factored) and 1 or 0: whether that step was taken. */
    @Override
    public void scalars(double[] out) {
        out[0] = usedLambda;
        out[1] = t == 0 ? Double.NaN : moved ? 1 : 0;
    }

    /** The curvature used along each eigenvector is λⱼ + λ: the damping lifts every eigenvalue alike. */
    @Override
    public int spectrum(double[] eigenvalues, double[] used) {
        if (t == 0 || Double.isNaN(usedLambda)) {
            return 0;
        }
        if (eigen == null) {
            eigen = new descent.core.math.SymmetricEigen(n);
        }
        int count = Terms.eigenvalues(eigen, h, eigenvalues);
        for (int j = 0; j < count; j++) {
            used[j] = eigenvalues[j] + usedLambda;
        }
        return count;
    }
}
