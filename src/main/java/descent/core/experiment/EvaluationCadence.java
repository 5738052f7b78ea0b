package descent.core.experiment;

/**
 * How many steps a {@link Run} takes between two full evaluations. The automatic cadence evaluates every
 * ⌈(N_train + N_val) / 4B⌉ steps, so evaluation costs on average forward passes for at most 4B examples per
 * step — about as much as the step's own forward and backward pass on B examples (twice that with averaging) —
 * but at least every {@value #MAX_EVAL_GAP} steps.
 */
final class EvaluationCadence {
    /** The most steps between two evaluations when the cadence is chosen by the run. */
    static final int MAX_EVAL_GAP = 50;

    private EvaluationCadence() {
    }

    /** Steps between evaluations: {@code configured} when positive, else the automatic cadence for batch B. */
    static int every(int configured, int trainSize, int validationSize, int batchSize) {
        if (configured > 0) {
            return configured;
        }
        // about a quarter of the training work, but at least every MAX_EVAL_GAP steps: a small batch on a
        // large set would otherwise draw its loss from a handful of points (B = 1 on the digits: every 450)
        int examples = trainSize + validationSize;
        int perStep = 4 * batchSize;
        return Math.max(1, Math.min(MAX_EVAL_GAP, (examples + perStep - 1) / perStep));
    }
}
