package descent.core.experiment;

import descent.core.text.NumberText;

/**
 * Turns divergence into a state: after each step, a non-finite loss or parameter marks the run DIVERGED at
 * that step, and the parameters are put back to the last finite snapshot so nothing downstream sees NaN.
 *
 * <p>Holds one snapshot buffer of length n, copied into after every good step (n is small here: a copy is
 * far cheaper than the step that preceded it).
 */
public final class DivergenceWatch {
    /** Larger than any initialization draws at the largest init scale the page accepts (|θᵢ| ≲ 10 · 3). */
    static final double HUGE_WEIGHT = 1e6;

    private final double[] lastGood;
    private Status status = Status.RUNNING;
    private int divergedAtStep = -1;
    private String reason = "";

    public DivergenceWatch(double[] initialParameters) {
        lastGood = initialParameters.clone();
    }

    /**
     * Checks the state after step {@code step}; on divergence restores {@code theta} to the last finite
     * snapshot and returns false.
     */
    public boolean check(int step, double loss, double[] theta) {
        if (status == Status.DIVERGED) {
            return false;
        }
        String problem = null;
        if (Double.isNaN(loss)) {
            problem = "loss is NaN";
        } else if (Double.isInfinite(loss)) {
            problem = "loss is infinite";
        } else {
            for (int i = 0; i < theta.length; i++) {
                if (!isFinite(theta[i])) {
                    problem = "parameter " + i + " is " + (Double.isNaN(theta[i]) ? "NaN" : "infinite");
                    break;
                }
            }
        }
        if (problem != null) {
            status = Status.DIVERGED;
            divergedAtStep = step;
            reason = problem;
            System.arraycopy(lastGood, 0, theta, 0, theta.length);
            return false;
        }
        System.arraycopy(theta, 0, lastGood, 0, theta.length);
        return true;
    }

    /**
     * ‖θ − θ_last good‖₂: right after a step and before {@link #check}, the length of that step's update.
     * NaN when θ is no longer finite.
     */
    public double distanceFromLastGood(double[] theta) {
        double sq = 0;
        for (int i = 0; i < theta.length; i++) {
            double d = theta[i] - lastGood[i];
            sq += d * d;
        }
        return Math.sqrt(sq);
    }

    /** Forgets the history: the given parameters become the last good state and the run is RUNNING again. */
    public void reset(double[] theta) {
        System.arraycopy(theta, 0, lastGood, 0, theta.length);
        status = Status.RUNNING;
        divergedAtStep = -1;
        reason = "";
    }

    /**
     * Marks the run DIVERGED at {@code step} although θ itself is finite — its loss or gradient overflowed — and
     * keeps θ as it is (it is the last finite state).
     */
    public void markDiverged(int step, String why) {
        if (status == Status.DIVERGED) {
            return;
        }
        status = Status.DIVERGED;
        divergedAtStep = step;
        reason = why;
    }

    /**
     * Replaces the reason of a divergence already marked, when the caller knows its cause better than the
     * symptom ("loss is NaN"); does nothing while the run has not diverged.
     */
    public void explain(String why) {
        if (status == Status.DIVERGED) {
            reason = why;
        }
    }

    public void markConverged() {
        if (status == Status.RUNNING) {
            status = Status.CONVERGED;
        }
    }

    public Status status() {
        return status;
    }

    /** The step at which the run diverged, or −1. */
    public int divergedAtStep() {
        return divergedAtStep;
    }

    /** Why it diverged, in words for the page ("loss is NaN"); empty while running. */
    public String reason() {
        return reason;
    }

    /**
     * Why a run diverged whose loss was not finite before its first step (the step only inherited it), given
     * θ₀. With weights far beyond any initialization's size (|θᵢ| &gt; {@value #HUGE_WEIGHT}, e.g. at init
     * scale 1e308) the outputs' logits are near ±1e308 and the loss's sum overflows (∞, or ∞ − ∞ = NaN);
     * otherwise the data is to blame.
     */
    public static String notFiniteAtStart(double[] theta0) {
        double largest = 0;
        for (int i = 0; i < theta0.length; i++) {
            largest = Math.max(largest, Math.abs(theta0[i]));
        }
        return largest > HUGE_WEIGHT
                ? "the initial weights are too large (largest |θ₀ᵢ| = " + NumberText.of(largest)
                        + "): the loss at θ₀ overflowed before the first step"
                : "the loss was not a finite number before the first step: an output or a target overflowed";
    }

    // Double.isFinite is fine on the JVM; spelled out so the intent reads the same in TeaVM's output.
    private static boolean isFinite(double v) {
        return v - v == 0;
    }
}
