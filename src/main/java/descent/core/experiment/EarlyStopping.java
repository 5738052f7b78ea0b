package descent.core.experiment;

/**
 * Where early stopping would have stopped: the evaluation with the lowest validation loss,
 * k* = argmin_k J_val(θ_k) (the first such k on ties: the earliest model that is as good).
 */
public final class EarlyStopping {
    private EarlyStopping() {
    }

    /** The index in {@code validation} of its smallest finite value, or −1 when it has none. */
    public static int bestIndex(Series validation) {
        int best = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0, n = validation.size(); i < n; i++) {
            double v = validation.value(i);
            if (v - v == 0 && v < lowest) {
                lowest = v;
                best = i;
            }
        }
        return best;
    }
}
