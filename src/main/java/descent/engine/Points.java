package descent.engine;

/** A growable list of (step, value) pairs: the page may pull rarely (a hidden tab) while a STEP runs. */
final class Points {
    int[] steps = new int[64];
    double[] values = new double[64];
    int size;
    /** The step of the newest point ever taken (kept across clear, so a pulled point is not taken twice). */
    int newest = Integer.MIN_VALUE;

    void add(int step, double value) {
        if (size == steps.length) {
            steps = java.util.Arrays.copyOf(steps, 2 * size);
            values = java.util.Arrays.copyOf(values, 2 * size);
        }
        steps[size] = step;
        values[size] = value;
        size++;
        newest = step;
    }

    void addIfNewer(int step, double value) {
        if (step > newest) {
            add(step, value);
        }
    }

    void clear() {
        size = 0;
    }
}
