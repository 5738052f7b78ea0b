package descent.core.experiment;

/**
 * Decides when a run has converged, from signals that minibatch noise cannot fake.
 *
 * <p>Two criteria, either suffices:
 * <ol>
 *   <li><b>Critical point</b> (full-batch runs only): ‖∇J(θ)‖₂ &lt; {@value #GRADIENT_TOLERANCE} on
 *       {@value #GRADIENT_PATIENCE} consecutive steps. Only on the full training set is this gradient exact; a
 *       small minibatch gradient says nothing about the full one, so minibatch runs never use it. A critical
 *       point can be a saddle (zero initialization stops at one): the page says "converged", not "solved".
 *       Several steps are required because momentum can cross a point of small gradient at full speed.</li>
 *   <li><b>Stall</b> (any run): the loss on the full training set — measured at the run's evaluations, not on
 *       minibatches — stays within a relative band of {@value #STALL_TOLERANCE} for at least
 *       {@value #STALL_STEPS} steps and {@value #STALL_EVALUATIONS} evaluations. Minibatch noise moves the
 *       full loss far more than that, so a noisy run keeps running; a run whose ε is merely small still
 *       decreases the loss by more than one part in a million per 200 steps.</li>
 * </ol>
 * A converged run stops stepping (see {@link Run#step()}); changing its settings or resetting reopens it.
 * Allocation-free.
 */
final class ConvergenceWatch {
    static final double GRADIENT_TOLERANCE = 1e-5;
    static final int GRADIENT_PATIENCE = 10;
    static final double STALL_TOLERANCE = 1e-6;
    static final int STALL_STEPS = 200;
    static final int STALL_EVALUATIONS = 5;

    static final int NONE = 0;
    static final int CRITICAL_POINT = 1;
    static final int STALLED = 2;

    private int smallGradientSteps;
    private double referenceLoss = Double.NaN;
    private int referenceStep;
    private int evaluationsSinceReference;
    private int criterion = NONE;

    void reset() {
        smallGradientSteps = 0;
        referenceLoss = Double.NaN;
        referenceStep = 0;
        evaluationsSinceReference = 0;
        criterion = NONE;
    }

    /** After a good step; returns whether the run has now converged. */
    boolean afterStep(boolean fullBatch, double gradientNorm) {
        if (fullBatch && gradientNorm < GRADIENT_TOLERANCE) {
            smallGradientSteps++;
            if (smallGradientSteps >= GRADIENT_PATIENCE && criterion == NONE) {
                criterion = CRITICAL_POINT;
            }
        } else {
            smallGradientSteps = 0;
        }
        return criterion != NONE;
    }

    /** After a full evaluation at {@code step}; returns whether the run has now converged. */
    boolean afterEvaluation(int step, double trainLoss) {
        if (trainLoss != trainLoss) {
            return criterion != NONE;
        }
        double band = STALL_TOLERANCE * Math.abs(referenceLoss);
        if (referenceLoss != referenceLoss || Math.abs(trainLoss - referenceLoss) > band) {
            referenceLoss = trainLoss;
            referenceStep = step;
            evaluationsSinceReference = 0;
            return criterion != NONE;
        }
        evaluationsSinceReference++;
        if (evaluationsSinceReference >= STALL_EVALUATIONS && step - referenceStep >= STALL_STEPS
                && criterion == NONE) {
            criterion = STALLED;
        }
        return criterion != NONE;
    }

    /** {@link #NONE}, {@link #CRITICAL_POINT} or {@link #STALLED}. */
    int criterion() {
        return criterion;
    }

    /** Why the run counts as converged, for the page; empty while it does not. Allocates nothing. */
    String reason() {
        switch (criterion) {
            case CRITICAL_POINT:
                return "gradient norm below 1e-5 on the full training set for 10 steps (a critical point)";
            case STALLED:
                return "training loss changed by less than one part in a million over 200 steps";
            default:
                return "";
        }
    }
}
