package descent.core.optim;

/**
 * Gradient clipping, as a wrapper around the objective: the optimizer sees the clipped gradient.
 *
 * <p>Why a wrapper: every rule reads g through {@link Objective#valueAndGradient}, so clipping there works
 * unchanged for all of them, including Nesterov's look-ahead gradient, and the rules stay textbook-plain. The
 * value J is passed through untouched. By norm: if ‖g‖ ≥ c then g ← c·g/‖g‖ (on a cliff, one step can no
 * longer catapult θ far away: its length is at most εc). By value: each gᵢ is clamped to [−c, c].
 *
 * <p>Meant for the first-order rules. The line searches of BFGS, L-BFGS and CG compare values with slopes, and
 * a clipped slope no longer matches the value, so do not clip them (the Newton rules read the Hessian, which
 * clipping does not touch).
 *
 * <p>It counts gradient evaluations, how many were clipped, and the last norm before clipping (to plot
 * ‖g‖ over time). No allocation.
 */
public final class ClippedObjective implements Objective {
    private final Objective inner;
    private final ClipMode mode;
    private final double threshold;
    private int evaluations;
    private int clipped;
    private double lastNorm;

    public ClippedObjective(Objective inner, ClipMode mode, double threshold) {
        if (mode != ClipMode.NONE && !(threshold > 0)) {
            throw new IllegalArgumentException("clipping threshold must be positive, got " + threshold);
        }
        this.inner = inner;
        this.mode = mode;
        this.threshold = threshold;
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public double value(double[] theta) {
        return inner.value(theta);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double loss = inner.valueAndGradient(theta, gradient);
        evaluations++;
        boolean changed;
        if (mode == ClipMode.NORM) {
            lastNorm = clipByNorm(gradient, threshold);
            changed = lastNorm >= threshold;
        } else if (mode == ClipMode.VALUE) {
            lastNorm = norm(gradient);
            changed = clipByValue(gradient, threshold);
        } else {
            lastNorm = norm(gradient);
            changed = false;
        }
        if (changed) {
            clipped++;
        }
        return loss;
    }

    /** If ‖g‖ ≥ c, scales g to length c. Returns ‖g‖ before clipping. */
    public static double clipByNorm(double[] g, double c) {
        double norm = norm(g);
        if (norm >= c && norm > 0) {
            double scale = c / norm;
            for (int i = 0; i < g.length; i++) {
                g[i] *= scale;
            }
        }
        return norm;
    }

    /** Clamps each gᵢ to [−c, c]; returns whether any changed. */
    public static boolean clipByValue(double[] g, double c) {
        boolean changed = false;
        for (int i = 0; i < g.length; i++) {
            if (g[i] > c) {
                g[i] = c;
                changed = true;
            } else if (g[i] < -c) {
                g[i] = -c;
                changed = true;
            }
        }
        return changed;
    }

    private static double norm(double[] g) {
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            sum += g[i] * g[i];
        }
        return Math.sqrt(sum);
    }

    public Objective inner() {
        return inner;
    }

    public ClipMode mode() {
        return mode;
    }

    public double threshold() {
        return threshold;
    }

    /** Gradient evaluations so far. */
    public int evaluations() {
        return evaluations;
    }

    /** How many of them were clipped. */
    public int clippedCount() {
        return clipped;
    }

    /** ‖g‖ of the last evaluation, before clipping. */
    public double lastNorm() {
        return lastNorm;
    }
}
