package descent.engine;

/**
 * The STEP under way, as both engines keep it: how many steps are left, and the answer owed once it ends (its
 * id and how far it got). A new STEP takes over the steps an earlier one still had left, and that one is answered
 * at once: quick Step clicks add up instead of being lost.
 */
final class StepOrder {
    private int id = -1;
    private int left;
    private int start;
    private int doneId = -1;
    private int doneTaken;

    /** STEP {@code id} of n more steps, at step {@code at} of the furthest learner. */
    void begin(int id, int n, int at) {
        int carried = left;
        end(at);
        this.id = id;
        left = carried + Math.max(0, n);
        start = at;
        if (left == 0) {
            end(at);
        }
    }

    int left() {
        return left;
    }

    /** {@code k} steps were taken (or, with {@code over}, no more can be), reaching step {@code at}. */
    void taken(int k, boolean over, int at) {
        if (left > 0) {
            left = over ? 0 : Math.max(0, left - k);
            if (left == 0) {
                end(at);
            }
        }
    }

    /** Ends the STEP under way (if any) at step {@code at}: its answer is owed. */
    void end(int at) {
        if (id >= 0) {
            doneId = id;
            doneTaken = at - start;
            id = -1;
            left = 0;
        }
    }

    /** Whether an ended STEP is still to be answered. */
    boolean owed() {
        return doneId >= 0;
    }

    /** Writes the answer into a snapshot's {@link EngineProtocol#DONE} and {@link EngineProtocol#TAKEN} (−1, 0 if none) and forgets it. */
    void report(double[] out) {
        out[EngineProtocol.DONE] = doneId;
        out[EngineProtocol.TAKEN] = doneTaken;
        doneId = -1;
        doneTaken = 0;
    }
}
