package descent.core.experiment;

/**
 * A metric's history as (step, value) pairs in a fixed amount of memory, for hours of training.
 *
 * <p>Every stride-th offered point is stored (stride starts at 1). When the store is full it keeps every
 * other point (the 1st, 3rd, 5th, …) and doubles the stride, so stored points stay evenly spaced over the whole
 * run. The first point ever offered is always kept, and the most recent offer is always the last point read
 * back (held apart while it falls between stride marks), so a chart spans from the start to the present.
 * {@link #size()} never exceeds the capacity; nothing is allocated after construction.
 */
public final class Series {
    private final int capacity;
    private final int[] steps;
    private final double[] values;
    private int stored;
    private int stride = 1;
    private int offered;
    private int lastStep;
    private double lastValue;
    private boolean lastIsStored;

    /** @param capacity the most points ever held, at least 3 */
    public Series(int capacity) {
        if (capacity < 3) {
            throw new IllegalArgumentException("a series needs room for at least 3 points, not " + capacity);
        }
        this.capacity = capacity;
        // One slot stays free for the latest point when it is not on a stride mark.
        steps = new int[capacity - 1];
        values = new double[capacity - 1];
    }

    /** Records value at step; steps are expected to increase. */
    public void add(int step, double value) {
        int index = offered++;
        lastStep = step;
        lastValue = value;
        lastIsStored = false;
        if (index % stride != 0) {
            return;
        }
        if (stored == steps.length) {
            thin();
            if (index % stride != 0) {
                return;
            }
        }
        steps[stored] = step;
        values[stored] = value;
        stored++;
        lastIsStored = true;
    }

    /** Points available: the stored ones plus the latest offer if it is held apart. */
    public int size() {
        return stored + (offered > 0 && !lastIsStored ? 1 : 0);
    }

    /** Step of point i, 0 ≤ i &lt; size(), in increasing order. */
    public int step(int i) {
        return i < stored ? steps[i] : lastStep;
    }

    /** Value of point i. */
    public double value(int i) {
        return i < stored ? values[i] : lastValue;
    }

    /** The most recent value offered, or NaN when empty. */
    public double last() {
        return offered > 0 ? lastValue : Double.NaN;
    }

    /** One stored point per this many offers. */
    public int stride() {
        return stride;
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets all points; capacity is kept and the stride returns to 1. */
    public void clear() {
        stored = 0;
        stride = 1;
        offered = 0;
        lastIsStored = false;
    }

    private void thin() {
        int kept = 0;
        for (int i = 0; i < stored; i += 2) {
            steps[kept] = steps[i];
            values[kept] = values[i];
            kept++;
        }
        stored = kept;
        stride *= 2;
    }
}
