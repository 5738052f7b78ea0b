package descent.core.data.table;

import descent.core.math.Rng;

/**
 * Generated plane data with K ≥ 2 classes, as tables of the two features x₁, x₂ (the 2D views apply).
 * Points are emitted class by class, like the two-class generators, so an unshuffled pass shows correlated
 * ordering; each class gets ⌊n/K⌋ or ⌈n/K⌉ points.
 */
public final class ManyClasses {
    /** The largest number of classes a page offers (its palette has as many colours). */
    public static final int MAX_CLASSES = 10;
    /** Points reach about this far from the origin, like the two-class sets (Dataset.EXTENT is 6). */
    public static final double RADIUS = 5;

    private ManyClasses() {
    }

    /**
     * K interleaved arms: arm k is r = R·s at angle 3.5π·s + 2πk/K for s stratified in [0, 1), each point
     * moved by gaussian noise of standard deviation {@code noise}.
     */
    public static Table spiral(int k, int n, double noise, Rng rng) {
        check(k, n);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        int at = 0;
        for (int c = 0; c < k; c++) {
            int m = share(n, k, c);
            for (int i = 0; i < m; i++, at++) {
                double s = (i + rng.nextDouble()) / m;
                double angle = 3.5 * Math.PI * s + 2 * Math.PI * c / k;
                double r = RADIUS * s;
                x[2 * at] = r * StrictMath.sin(angle) + noise * rng.nextGaussian();
                x[2 * at + 1] = r * StrictMath.cos(angle) + noise * rng.nextGaussian();
                y[at] = c;
            }
        }
        return new Table(new String[] {"x1", "x2"}, names(k), x, y);
    }

    /** K round clusters of standard deviation σ, centred at 3.5·(sin 2πk/K, cos 2πk/K). */
    public static Table gaussians(int k, int n, double sigma, Rng rng) {
        check(k, n);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        int at = 0;
        for (int c = 0; c < k; c++) {
            double angle = 2 * Math.PI * c / k;
            double cx = 3.5 * StrictMath.sin(angle);
            double cy = 3.5 * StrictMath.cos(angle);
            int m = share(n, k, c);
            for (int i = 0; i < m; i++, at++) {
                x[2 * at] = cx + sigma * rng.nextGaussian();
                x[2 * at + 1] = cy + sigma * rng.nextGaussian();
                y[at] = c;
            }
        }
        return new Table(new String[] {"x1", "x2"}, names(k), x, y);
    }

    /** Points of class c when n are dealt to K classes: the first n mod K classes get one more. */
    private static int share(int n, int k, int c) {
        return n / k + (c < n % k ? 1 : 0);
    }

    private static String[] names(int k) {
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = String.valueOf((char) ('A' + c));
        }
        return names;
    }

    private static void check(int k, int n) {
        if (k < 2 || k > MAX_CLASSES) {
            throw new IllegalArgumentException("K must be 2…" + MAX_CLASSES + ", not " + k);
        }
        if (n < k) {
            throw new IllegalArgumentException(n + " points cannot fill " + k + " classes");
        }
    }
}
