package descent.core.data.table;

/**
 * n examples of d features each, with one class label in 0…K−1: the shape of the real datasets the site ships
 * (penguins, iris, the 8×8 digits), whatever d is.
 *
 * <p>Features are one flat row-major array: example i is x[i·d … i·d + d), so a minibatch gathers contiguous
 * rows and a network with d inputs reads them in place. A table never changes after construction; the arrays
 * it hands out are its own and must be treated as read-only.
 */
public final class Table {
    private final String[] features;
    private final String[] classes;
    private final double[] x;
    private final int[] labels;

    /**
     * @param features the d feature names (columns), in order
     * @param classes  the K class names; label k names classes[k]
     * @param x        flat features, length n·d
     * @param labels   n labels, each in 0…K−1
     */
    public Table(String[] features, String[] classes, double[] x, int[] labels) {
        if (features.length == 0) {
            throw new IllegalArgumentException("a table needs at least one feature");
        }
        if (classes.length < 2) {
            throw new IllegalArgumentException("a table needs at least two classes, not " + classes.length);
        }
        if (x.length != features.length * labels.length) {
            throw new IllegalArgumentException("x must hold " + features.length + " features per label: "
                    + x.length + " values for " + labels.length + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes.length) {
                throw new IllegalArgumentException("label " + labels[i] + " of example " + i
                        + " is not a class in 0…" + (classes.length - 1));
            }
        }
        this.features = features.clone();
        this.classes = classes.clone();
        this.x = x;
        this.labels = labels;
    }

    /** n, the number of examples. */
    public int size() {
        return labels.length;
    }

    /** d, the number of features of each example. */
    public int dimension() {
        return features.length;
    }

    /** K, the number of classes. */
    public int classCount() {
        return classes.length;
    }

    /** Feature j of example i. */
    public double x(int i, int j) {
        return x[i * features.length + j];
    }

    /** The class of example i, in 0…K−1. */
    public int label(int i) {
        return labels[i];
    }

    public String featureName(int j) {
        return features[j];
    }

    public String className(int k) {
        return classes[k];
    }

    /** The flat row-major features (read-only): example i is rows()[i·d … i·d + d). */
    public double[] rows() {
        return x;
    }

    /** The labels (read-only). */
    public int[] labels() {
        return labels;
    }

    /** How many examples each class has: counts[k] = #{i : label(i) = k}. */
    public int[] classCounts() {
        int[] counts = new int[classes.length];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The same examples with only the given feature columns, in the given order (e.g. two iris features). */
    public Table columns(int... keep) {
        int d = features.length;
        String[] names = new String[keep.length];
        for (int c = 0; c < keep.length; c++) {
            if (keep[c] < 0 || keep[c] >= d) {
                throw new IllegalArgumentException("no feature " + keep[c] + " in a table of " + d);
            }
            names[c] = features[keep[c]];
        }
        int n = labels.length;
        double[] kept = new double[n * keep.length];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < keep.length; c++) {
                kept[i * keep.length + c] = x[i * d + keep[c]];
            }
        }
        return new Table(names, classes, kept, labels);
    }

    /** The examples indices[0..count) in that order, as a new table with the same names. */
    public Table subset(int[] indices, int count) {
        int d = features.length;
        double[] sx = new double[count * d];
        int[] sy = new int[count];
        for (int k = 0; k < count; k++) {
            int i = indices[k];
            System.arraycopy(x, i * d, sx, k * d, d);
            sy[k] = labels[i];
        }
        return new Table(features, classes, sx, sy);
    }

    /** A table of the same names and labels whose features are replaced by {@code newRows} (length n·d). */
    Table withRows(double[] newRows) {
        return new Table(features, classes, newRows, labels);
    }
}
