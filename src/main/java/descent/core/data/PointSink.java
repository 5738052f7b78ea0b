package descent.core.data;

import descent.core.math.Rng;

/** Collects generated points, adding the same Gaussian jitter to every kind of dataset. */
final class PointSink {
    private final double[] x;
    private final double[] y;
    private final double sigma;
    private final Rng rng;
    private int count;

    PointSink(int n, double sigma, Rng rng) {
        x = new double[2 * n];
        y = new double[n];
        this.sigma = sigma;
        this.rng = rng;
    }

    /** Adds the clean point (a, b) with target t; the target is decided before the jitter moves the point. */
    void add(double a, double b, double t) {
        double ja = 0;
        double jb = 0;
        if (sigma > 0) {
            ja = sigma * rng.nextGaussian();
            jb = sigma * rng.nextGaussian();
        }
        x[2 * count] = a + ja;
        x[2 * count + 1] = b + jb;
        y[count] = t;
        count++;
    }

    Dataset build(boolean classification) {
        if (count != y.length) {
            throw new IllegalStateException("generated " + count + " of " + y.length + " points");
        }
        return new Dataset(x, y, classification);
    }
}
