package descent.core.optim;

/**
 * A learning-rate schedule: ε_k from the base rate ε0 and k, the number of steps already taken (k = 0 for the
 * first step). Immutable; the run asks it for ε_k before each step and passes that to
 * {@link Optimizer#step}.
 *
 * <table>
 *   <caption>Shapes (τ in steps; ε_τ = f·ε0 with f the final fraction)</caption>
 *   <tr><td>constant</td><td>ε_k = ε0</td></tr>
 *   <tr><td>linear</td><td>ε_k = (1 − k/τ) ε0 + (k/τ) ε_τ for k &lt; τ, then ε_τ; f = 1% by default</td></tr>
 *   <tr><td>step</td><td>ε_k = ε0 · factor^⌊k/every⌋</td></tr>
 *   <tr><td>exponential</td><td>ε_k = ε0 · γ^k</td></tr>
 *   <tr><td>inverse-time</td><td>ε_k = ε0 / (1 + k/τ); τ = 1 gives ε0/t with t = k + 1 counted from 1</td></tr>
 *   <tr><td>cosine</td><td>ε_k = ε_τ + ½ (ε0 − ε_τ)(1 + cos(π k/τ)) for k &lt; τ, then ε_τ; f = 0 by default</td></tr>
 * </table>
 * Transcendentals are StrictMath's (cos) or plain multiplications (powers), so ε_k has the same bits on the JVM
 * and in the page. Any shape can start with a linear warm-up of w steps: ε_k = ε0 (k + 1)/w for k &lt; w, then the shape at
 * k − w ({@link #withWarmup}).
 *
 * <p>SGD converges (Robbins–Monro) when Σ ε_k = ∞ and Σ ε_k² &lt; ∞: of these shapes only inverse-time
 * qualifies ({@link #satisfiesRobbinsMonro()}); constant and the shapes that end on a constant ε_τ &gt; 0 keep
 * Σ ε_k² infinite, and exponential, step and shapes ending at 0 have a finite Σ ε_k.
 */
public final class LearningRateSchedule {
    private static final LearningRateSchedule CONSTANT =
            new LearningRateSchedule(ScheduleKind.CONSTANT, 1, 0, 1, 1, 1, 0);

    private final ScheduleKind kind;
    private final int tau;
    private final double finalFraction;
    private final int every;
    private final double factor;
    private final double gamma;
    private final int warmup;

    private LearningRateSchedule(ScheduleKind kind, int tau, double finalFraction, int every, double factor,
            double gamma, int warmup) {
        if (tau < 1 || every < 1 || warmup < 0) {
            throw new IllegalArgumentException("τ and the step interval must be ≥ 1 and warm-up ≥ 0");
        }
        if (!(finalFraction >= 0 && finalFraction <= 1) || !(factor > 0 && factor <= 1)
                || !(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("the final fraction must be in [0, 1] and decay factors in (0, 1]");
        }
        this.kind = kind;
        this.tau = tau;
        this.finalFraction = finalFraction;
        this.every = every;
        this.factor = factor;
        this.gamma = gamma;
        this.warmup = warmup;
    }

    /** ε_k = ε0. */
    public static LearningRateSchedule constant() {
        return CONSTANT;
    }

    /** Linear decay to ε_τ = 1% of ε0 at step τ, then constant (seed 002's recommendation). */
    public static LearningRateSchedule linearDecay(int tau) {
        return linearDecay(tau, 0.01);
    }

    /** Linear decay to ε_τ = {@code finalFraction}·ε0 at step τ, then constant. */
    public static LearningRateSchedule linearDecay(int tau, double finalFraction) {
        return new LearningRateSchedule(ScheduleKind.LINEAR, tau, finalFraction, 1, 1, 1, 0);
    }

    /** ε0 multiplied by {@code factor} every {@code every} steps. */
    public static LearningRateSchedule stepDecay(int every, double factor) {
        return new LearningRateSchedule(ScheduleKind.STEP, 1, 0, every, factor, 1, 0);
    }

    /** ε_k = ε0 γ^k. */
    public static LearningRateSchedule exponential(double gamma) {
        return new LearningRateSchedule(ScheduleKind.EXPONENTIAL, 1, 0, 1, 1, gamma, 0);
    }

    /** ε_k = ε0 / (1 + k/τ). */
    public static LearningRateSchedule inverseTime(int tau) {
        return new LearningRateSchedule(ScheduleKind.INVERSE_TIME, tau, 0, 1, 1, 1, 0);
    }

    /** Cosine from ε0 down to 0 at step τ, then 0. */
    public static LearningRateSchedule cosine(int tau) {
        return cosine(tau, 0);
    }

    /** Cosine from ε0 down to {@code finalFraction}·ε0 at step τ, then constant. */
    public static LearningRateSchedule cosine(int tau, double finalFraction) {
        return new LearningRateSchedule(ScheduleKind.COSINE, tau, finalFraction, 1, 1, 1, 0);
    }

    /** This schedule preceded by a linear warm-up over {@code steps} steps (0: none). */
    public LearningRateSchedule withWarmup(int steps) {
        return new LearningRateSchedule(kind, tau, finalFraction, every, factor, gamma, steps);
    }

    /** ε_k for k steps already taken (k ≥ 0). */
    public double rate(double epsilon0, int k) {
        if (k < warmup) {
            return epsilon0 * (k + 1) / warmup;
        }
        int j = k - warmup;
        double end = finalFraction * epsilon0;
        switch (kind) {
            case LINEAR: {
                if (j >= tau) {
                    return end;
                }
                double fraction = (double) j / tau;
                return (1 - fraction) * epsilon0 + fraction * end;
            }
            case STEP:
                return epsilon0 * power(factor, j / every);
            case EXPONENTIAL:
                return epsilon0 * power(gamma, j);
            case INVERSE_TIME:
                return epsilon0 / (1 + (double) j / tau);
            case COSINE:
                if (j >= tau) {
                    return end;
                }
                return end + 0.5 * (epsilon0 - end) * (1 + StrictMath.cos(Math.PI * j / tau));
            case CONSTANT:
            default:
                return epsilon0;
        }
    }

    /**
     * bⁿ by repeated squaring: only multiplications, so the JVM and the page get the same bits (a library pow
     * need not agree to the last bit), in O(log n).
     */
    static double power(double b, int n) {
        double result = 1;
        double square = b;
        int e = n;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= square;
            }
            square *= square;
            e >>>= 1;
        }
        return result;
    }

    /** Σ ε_k = ∞ and Σ ε_k² &lt; ∞ (the convergence condition for SGD); only inverse-time satisfies both. */
    public boolean satisfiesRobbinsMonro() {
        return kind == ScheduleKind.INVERSE_TIME;
    }

    public ScheduleKind kind() { return kind; }
    public int tau() { return tau; }
    public double finalFraction() { return finalFraction; }
    public int stepEvery() { return every; }
    public double stepFactor() { return factor; }
    public double gamma() { return gamma; }
    public int warmupSteps() { return warmup; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LearningRateSchedule)) {
            return false;
        }
        LearningRateSchedule s = (LearningRateSchedule) o;
        return kind == s.kind && tau == s.tau && finalFraction == s.finalFraction && every == s.every
                && factor == s.factor && gamma == s.gamma && warmup == s.warmup;
    }

    @Override
    public int hashCode() {
        int h = kind.ordinal();
        h = 31 * h + tau;
        h = 31 * h + Double.hashCode(finalFraction);
        h = 31 * h + every;
        h = 31 * h + Double.hashCode(factor);
        h = 31 * h + Double.hashCode(gamma);
        return 31 * h + warmup;
    }
}
