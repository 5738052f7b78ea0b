package descent.core.experiment;

/**
 * The watches that stop a {@link Run}, and their order: {@link DivergenceWatch} (a non-finite loss or θ; θ goes
 * back to its last finite value), an overflowing gradient or step, a non-finite full evaluation,
 * {@link BlowUpWatch} (a finite blow-up of the training loss), and {@link ConvergenceWatch} (an exact gradient
 * near zero, or a stalled training loss). Once one has fired, {@link #status()} is no longer RUNNING until
 * {@link #reset} or {@link #reopen}. Allocation-free; reasons are constant strings.
 */
final class RunWatches {
    private final DivergenceWatch divergence;
    private final ConvergenceWatch convergence = new ConvergenceWatch();
    private final BlowUpWatch blowUp = new BlowUpWatch();
    private int convergedAtStep = -1;

    RunWatches(double[] theta) {
        divergence = new DivergenceWatch(theta);
    }

    /** Back to RUNNING at θ₀; {@link #restart} follows once θ₀ is evaluated. */
    void reset(double[] theta) {
        divergence.reset(theta);
        convergence.reset();
        convergedAtStep = -1;
    }

    /** Watches for a blow-up from here on, measured against the training loss {@code trainLoss} at {@code step}. */
    void restart(int step, double trainLoss) {
        blowUp.restart(step, trainLoss);
    }

    /** Continues at θ after a change of settings: a stopped run runs again, from its current loss. */
    void reopen(double[] theta, int step, double trainLoss) {
        if (divergence.status() != Status.RUNNING) {
            divergence.reset(theta);
            convergedAtStep = -1;
        }
        convergence.reset();
        blowUp.restart(step, trainLoss);
    }

    /** ‖θ − θ_last good‖: the length of the step just taken. */
    double distanceFromLastGood(double[] theta) {
        return divergence.distanceFromLastGood(theta);
    }

    /**
     * After an update to θ with minibatch loss {@code loss}: false, with the run marked DIVERGED, when the loss
     * or θ is not finite (θ is then its last finite value again), or the gradient or the step overflowed.
     */
    boolean afterUpdate(int step, double loss, double[] theta, boolean gradientOverflowed, double length) {
        if (!divergence.check(step, loss, theta)) {
            if (!blowUp.startedFinite()) {
                divergence.explain(DivergenceWatch.notFiniteAtStart(theta)); // θ is θ₀ again
            }
            return false;
        }
        // θ is finite, but its gradient or step can overflow before its loss does: that is divergence too.
        boolean lengthFinite = Evaluation.isFinite(length);
        if (gradientOverflowed || !lengthFinite) {
            divergence.markDiverged(step, lengthFinite ? "gradient norm overflowed" : "step length overflowed");
            return false;
        }
        return true;
    }

    /** Whether a good step's gradient norm says the run has converged (exact gradients only). */
    boolean convergedAfterStep(boolean fullBatch, double gradientNorm) {
        return convergence.afterStep(fullBatch, gradientNorm);
    }

    /**
     * After a full evaluation at {@code step}: DIVERGED (marked) when it was not finite or the loss has blown up,
     * else CONVERGED when the training loss has stalled (not marked: see {@link #markConverged}), else RUNNING.
     */
    Status afterEvaluation(int step, boolean finite, double trainLoss) {
        if (!finite) {
            divergence.markDiverged(step, "training loss overflowed");
            return Status.DIVERGED;
        }
        String blownUp = blowUp.afterEvaluation(step, trainLoss);
        if (blownUp != null) {
            divergence.markDiverged(step, blownUp);
            return Status.DIVERGED;
        }
        return convergence.afterEvaluation(step, trainLoss) ? Status.CONVERGED : Status.RUNNING;
    }

    void markConverged(int step) {
        divergence.markConverged();
        convergedAtStep = step;
    }

    Status status() {
        return divergence.status();
    }

    /** Step at which the run diverged, or −1. */
    int divergedAtStep() {
        return divergence.divergedAtStep();
    }

    /** Why it diverged, for the page; empty while running. */
    String divergenceReason() {
        return divergence.reason();
    }

    /** Step at which the run was found converged, or −1. */
    int convergedAtStep() {
        return convergedAtStep;
    }

    /** Why it counts as converged (see {@link ConvergenceWatch}); empty otherwise. */
    String convergenceReason() {
        return divergence.status() == Status.CONVERGED ? convergence.reason() : "";
    }
}
