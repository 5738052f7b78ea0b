package descent.core.experiment;

/**
 * Divergence that stays finite: a lane whose steps overshoot can raise its loss far above where it started
 * without any number overflowing (on circle data at ε = 10 the cross-entropy climbs to ~200 and stays there,
 * because saturated units leave a finite loss). That run has diverged as surely as one that reaches NaN.
 *
 * <p>At each of the run's full evaluations, with J₀ the training loss where the run started (θ₀, or θ when its
 * settings last changed) and J̄₀ = max(J₀, {@value #FLOOR}), either criterion marks the run DIVERGED:
 * <ol>
 *   <li><b>Blow-up</b>: J(θ) &gt; {@value #RATIO}·J̄₀ at {@value #PATIENCE} consecutive evaluations. One
 *       evaluation is not enough: a lane may be thrown up by one large step and come back.</li>
 *   <li><b>No decrease</b>: after {@value #NO_DECREASE_EVALUATIONS} evaluations and at least
 *       {@value #NO_DECREASE_STEPS} steps, J has never been below J₀ and is above it now: the steps overshoot
 *       back and forth without progress. A run whose ε is merely small is below J₀ from its first evaluation
 *       and never trips this.</li>
 * </ol>
 * The floor keeps a run that starts near zero loss (regression on easy data) from being called diverged for a
 * rise that is small in absolute terms. Allocation-free; reasons are constant strings.
 */
final class BlowUpWatch {
    static final double RATIO = 10;
    static final double FLOOR = 0.1;
    static final int PATIENCE = 5;
    static final int NO_DECREASE_EVALUATIONS = 50;
    static final int NO_DECREASE_STEPS = 500;

    static final String BLOW_UP = "training loss stayed above 10× its starting value: the steps overshoot";
    static final String NO_DECREASE = "training loss never fell below its starting value: the steps overshoot back and forth";

    private double start = Double.NaN;
    private int startStep;
    private int evaluations;
    private int above;
    private boolean everBelow;

    /** Starts watching from a run whose training loss is {@code loss} at {@code step}. */
    void restart(int step, double loss) {
        start = loss;
        startStep = step;
        evaluations = 0;
        above = 0;
        everBelow = false;
    }

    /** Whether the loss where the run started was a finite number (false at a θ₀ whose loss overflowed). */
    boolean startedFinite() {
        return start - start == 0;
    }

    /** After a finite evaluation; returns why the run has diverged, or null while it has not. */
    String afterEvaluation(int step, double trainLoss) {
        if (start != start) { // no finite start to compare with
            restart(step, trainLoss);
            return null;
        }
        if (step == startStep) {
            return null;
        }
        evaluations++;
        double limit = RATIO * Math.max(start, FLOOR);
        above = trainLoss > limit ? above + 1 : 0;
        if (above >= PATIENCE) {
            return BLOW_UP;
        }
        if (trainLoss < start) {
            everBelow = true;
        }
        if (!everBelow && trainLoss > start && evaluations >= NO_DECREASE_EVALUATIONS
                && step - startStep >= NO_DECREASE_STEPS) {
            return NO_DECREASE;
        }
        return null;
    }
}
