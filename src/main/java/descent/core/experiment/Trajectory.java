package descent.core.experiment;

/**
 * The path of θ through parameter space: θ at the evaluated steps of a run, thinned to at most
 * {@link #capacity()} snapshots. When full, every other snapshot is dropped and only every second offer is
 * kept from then on, so the snapshots always span the whole run, from θ₀, at near-even spacing in steps.
 * A loss surface draws every lane's path from it.
 *
 * <p>The buffer is allocated once; {@link #offer} allocates nothing.
 */
public final class Trajectory {
    /** About 2.4 MB of snapshots a lane at most (300,000 numbers), and never fewer than 16 or more than 200. */
    static final int NUMBERS_BUDGET = 300_000;
    private final int dimension;
    private final int capacity;
    private final double[] snapshots;
    private final int[] steps;
    private int size;
    private int stride = 1;
    private int offers;

    /** Room for the path of a θ of {@code dimension} numbers. */
    public Trajectory(int dimension) {
        this(dimension, Math.max(16, Math.min(200, NUMBERS_BUDGET / Math.max(1, dimension))));
    }

    Trajectory(int dimension, int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a trajectory keeps at least 2 snapshots");
        }
        this.dimension = dimension;
        this.capacity = capacity;
        snapshots = new double[capacity * dimension];
        steps = new int[capacity];
    }

    /** θ at {@code step}; kept when it falls on the current stride (the first offer always is). */
    public void offer(int step, double[] theta) {
        if (offers++ % stride != 0) {
            return;
        }
        if (size == capacity) {
            thin();
        }
        System.arraycopy(theta, 0, snapshots, size * dimension, dimension);
        steps[size] = step;
        size++;
    }

    /** Keeps snapshots 0, 2, 4, …: half the room is free again and the stride doubles. */
    private void thin() {
        int kept = 0;
        for (int k = 0; k < size; k += 2) {
            if (k != kept) {
                System.arraycopy(snapshots, k * dimension, snapshots, kept * dimension, dimension);
                steps[kept] = steps[k];
            }
            kept++;
        }
        size = kept;
        stride *= 2;
        offers = 1; // this offer is on the new stride
    }

    public void clear() {
        size = 0;
        stride = 1;
        offers = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    public int dimension() {
        return dimension;
    }

    /** The step of snapshot k (k = 0 is the first evaluation, normally step 0). */
    public int step(int k) {
        return steps[k];
    }

    /** θ_{step(k)}[p]. */
    public double value(int k, int p) {
        return snapshots[k * dimension + p];
    }

    /** Copies snapshot k into {@code out} at {@code offset}. */
    public void copy(int k, double[] out, int offset) {
        System.arraycopy(snapshots, k * dimension, out, offset, dimension);
    }
}
