package descent.core.optim;

/**
 * Counts the guard-rail events of one optimizer run and remembers the last one.
 *
 * <p>Recording allocates nothing (a counter per {@link GuardRail}, the last event, its detail number and the
 * iteration it happened in), so rules can record from inside {@code step()}. The page turns it into words with
 * {@link #describeLast()}.
 */
public final class GuardRailLog {
    private final int[] counts = new int[GuardRail.values().length];
    private int total;
    private int iteration;
    private GuardRail last;
    private double lastDetail;
    private int lastIteration;

    /** Called by the rule at the start of each step: iterations are counted from 1. */
    public void beginIteration() {
        iteration++;
    }

    public void record(GuardRail event) {
        record(event, 0);
    }

    public void record(GuardRail event, double detail) {
        counts[event.ordinal()]++;
        total++;
        last = event;
        lastDetail = detail;
        lastIteration = iteration;
    }

    /** How many times {@code event} happened. */
    public int count(GuardRail event) {
        return counts[event.ordinal()];
    }

    /** How many events of any kind happened. */
    public int total() {
        return total;
    }

    /** The most recent event, or null if none. */
    public GuardRail last() {
        return last;
    }

    /** The detail number of the most recent event. */
    public double lastDetail() {
        return lastDetail;
    }

    /** The iteration (from 1) of the most recent event, or 0 if none. */
    public int lastIteration() {
        return lastIteration;
    }

    /** Iterations begun so far. */
    public int iterations() {
        return iteration;
    }

    /** "step 12: BFGS update skipped: sᵀy ≤ 0", or "" if nothing happened. Allocates. */
    public String describeLast() {
        if (last == null) {
            return "";
        }
        return "step " + lastIteration + ": " + last.describe(lastDetail);
    }
}
