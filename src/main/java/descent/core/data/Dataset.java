package descent.core.data;

/**
 * n points of the plane with one target each: a label 0/1 (classification) or a real value (regression).
 *
 * <p>Points are one flat array x = (x₀⁽⁰⁾, x₁⁽⁰⁾, x₀⁽¹⁾, x₁⁽¹⁾, …) of length 2n, so that a minibatch is gathered
 * from contiguous pairs and the page can draw the set from the same array. A dataset never changes after
 * construction; the arrays it hands out are its own and must be treated as read-only.
 */
public final class Dataset {
    /** Points lie roughly in [−EXTENT, EXTENT]²; the page draws that square (noise can push a few outside). */
    public static final double EXTENT = 6;

    private final double[] x;
    private final double[] y;
    private final boolean classification;
    private final int classes;

    /**
     * @param x              flat coordinates, length 2n
     * @param y              targets, length n; labels must be 0 or 1 when {@code classification}
     * @param classification whether y holds labels (sigmoid output, accuracy) or real targets (linear output)
     */
    public Dataset(double[] x, double[] y, boolean classification) {
        if (x.length != 2 * y.length) {
            throw new IllegalArgumentException("x must hold 2 coordinates per target: " + x.length + " vs " + y.length);
        }
        if (classification) {
            for (double label : y) {
                if (label != 0 && label != 1) {
                    throw new IllegalArgumentException("a classification label must be 0 or 1, not " + label);
                }
            }
        }
        this.x = x;
        this.y = y;
        this.classification = classification;
        this.classes = classification ? 2 : 0;
    }

    private Dataset(double[] x, double[] y, int classes) {
        this.x = x;
        this.y = y;
        this.classification = true;
        this.classes = classes;
    }

    /**
     * Points labelled with one of K ≥ 2 classes (y holds 0…K−1 as doubles): the plane picture of a K-class table.
     * Such a set is drawn and split like the two-class sets, but only a softmax network can learn it.
     */
    public static Dataset ofClasses(double[] x, double[] labels, int k) {
        if (x.length != 2 * labels.length) {
            throw new IllegalArgumentException("x must hold 2 coordinates per label: " + x.length + " vs " + labels.length);
        }
        if (k < 2) {
            throw new IllegalArgumentException("a K-class set needs K ≥ 2, not " + k);
        }
        for (double label : labels) {
            if (!(label >= 0 && label < k && label == Math.floor(label))) {
                throw new IllegalArgumentException("a label must be a class in 0…" + (k - 1) + ", not " + label);
            }
        }
        return new Dataset(x, labels, k);
    }

    /** n, the number of points. */
    public int size() {
        return y.length;
    }

    /** First coordinate of point i (horizontal on the page). */
    public double x0(int i) {
        return x[2 * i];
    }

    /** Second coordinate of point i (vertical on the page, up is positive). */
    public double x1(int i) {
        return x[2 * i + 1];
    }

    /** Target of point i: label 0/1 or a real value. */
    public double y(int i) {
        return y[i];
    }

    /** The flat coordinate array (read-only): point i is (points()[2i], points()[2i+1]). */
    public double[] points() {
        return x;
    }

    /** The target array (read-only). */
    public double[] targets() {
        return y;
    }

    public boolean isClassification() {
        return classification;
    }

    /** K for labels (2 for the two-class sets), 0 for real-valued targets. */
    public int classCount() {
        return classes;
    }

    /** The points indices[0..count) in that order, as a new dataset. */
    public Dataset subset(int[] indices, int count) {
        double[] sx = new double[2 * count];
        double[] sy = new double[count];
        for (int k = 0; k < count; k++) {
            int i = indices[k];
            sx[2 * k] = x[2 * i];
            sx[2 * k + 1] = x[2 * i + 1];
            sy[k] = y[i];
        }
        return classes > 2 ? new Dataset(sx, sy, classes) : new Dataset(sx, sy, classification);
    }
}
