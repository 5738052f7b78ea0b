package descent.core.data;

import descent.core.math.Rng;

/**
 * The 2D problems of the playground. Shapes have radius {@link #RADIUS} inside the ±{@link Dataset#EXTENT}
 * square; classification labels are 1 for the "positive" part (inner disc, first spiral arm, …) and 0 otherwise.
 *
 * <p><b>Noise.</b> A level ν ∈ [0, {@link #MAX_NOISE}] moves every point by independent Gaussian jitter
 * N(0, (ν·EXTENT/2)²) in each coordinate, after its label or target was taken from the clean point; ν = 0.5
 * is a jitter of σ = 1.5, enough to blur every shape. Regression targets lie in [−1, 1].
 *
 * <p><b>Order.</b> Points are emitted grouped (all of class 1, then class 0; spirals from the centre out), so
 * that training without shuffling shows why shuffling matters.
 */
public enum DatasetKind {
    /** A disc of label 1 (r ≤ ½R) inside a ring of label 0 (0.7R ≤ r ≤ R); r is drawn uniformly. */
    CIRCLE(true) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            int inner = n / 2;
            for (int k = 0; k < n; k++) {
                boolean in = k < inner;
                double r = in ? rng.uniform(0, 0.5 * RADIUS) : rng.uniform(0.7 * RADIUS, RADIUS);
                double angle = rng.uniform(0, 2 * Math.PI);
                out.add(r * StrictMath.cos(angle), r * StrictMath.sin(angle), in ? 1 : 0);
            }
        }
    },
    /** Uniform in [−R, R]², pushed 0.3 away from the axes; label 1 where x₀·x₁ &gt; 0. */
    XOR(true) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            int positives = n / 2;
            for (int k = 0; k < n; k++) {
                // Quadrant chosen per class so that the two classes are equally frequent and grouped.
                double sa = rng.nextDouble() < 0.5 ? -1 : 1;
                double sb = k < positives ? sa : -sa;
                double a = sa * (XOR_PADDING + rng.uniform(0, RADIUS - XOR_PADDING));
                double b = sb * (XOR_PADDING + rng.uniform(0, RADIUS - XOR_PADDING));
                out.add(a, b, k < positives ? 1 : 0);
            }
        }
    },
    /** Two round clusters, σ = 1, centred at (2, 2) for label 1 and (−2, −2) for label 0. */
    GAUSSIANS(true) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            int positives = n / 2;
            for (int k = 0; k < n; k++) {
                double c = k < positives ? 2 : -2;
                out.add(c + rng.nextGaussian(), c + rng.nextGaussian(), k < positives ? 1 : 0);
            }
        }
    },
    /**
     * Two interleaved arms r = R·s, angle = 3.5π·s (+π for label 0); along each arm s is stratified,
     * s = (i + u)/m with u uniform in [0, 1), so points are spread evenly but differ from seed to seed.
     */
    SPIRAL(true) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            int positives = n / 2;
            for (int k = 0; k < n; k++) {
                boolean pos = k < positives;
                int i = pos ? k : k - positives;
                int armSize = pos ? positives : n - positives;
                double s = (i + rng.nextDouble()) / armSize;
                double angle = 1.75 * 2 * Math.PI * s + (pos ? 0 : Math.PI);
                out.add(RADIUS * s * StrictMath.sin(angle), RADIUS * s * StrictMath.cos(angle), pos ? 1 : 0);
            }
        }
    },
    /** Two interlocking half circles of radius 0.6R (the upper one label 1), centred on the square. */
    MOONS(true) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            int positives = n / 2;
            double r = 0.6 * RADIUS;
            for (int k = 0; k < n; k++) {
                double t = rng.uniform(0, Math.PI);
                if (k < positives) {
                    out.add(r * StrictMath.cos(t) - 0.5 * r, r * StrictMath.sin(t) - 0.25 * r, 1);
                } else {
                    out.add(0.5 * r - r * StrictMath.cos(t), 0.25 * r - r * StrictMath.sin(t), 0);
                }
            }
        }
    },
    /** Uniform in [−R, R]², target the plane (x₀ + x₁) / 2R ∈ [−1, 1]. */
    PLANE(false) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            for (int k = 0; k < n; k++) {
                double a = rng.uniform(-RADIUS, RADIUS);
                double b = rng.uniform(-RADIUS, RADIUS);
                out.add(a, b, (a + b) / (2 * RADIUS));
            }
        }
    },
    /** Uniform in [−R, R]², target a hill minus a valley: e^{−|x−c|²/4} − e^{−|x+c|²/4}, c = (−2, 2). */
    BUMPS(false) {
        @Override
        void emit(int n, PointSink out, Rng rng) {
            for (int k = 0; k < n; k++) {
                double a = rng.uniform(-RADIUS, RADIUS);
                double b = rng.uniform(-RADIUS, RADIUS);
                double up = StrictMath.exp(-((a + 2) * (a + 2) + (b - 2) * (b - 2)) / 4);
                double down = StrictMath.exp(-((a - 2) * (a - 2) + (b + 2) * (b + 2)) / 4);
                out.add(a, b, up - down);
            }
        }
    };

    /** Radius of the shapes, leaving room inside ±EXTENT for noise. */
    public static final double RADIUS = 5;
    /** The noise slider's upper end. */
    public static final double MAX_NOISE = 0.5;

    private static final double XOR_PADDING = 0.3;

    private final boolean classification;

    DatasetKind(boolean classification) {
        this.classification = classification;
    }

    /** Whether targets are labels 0/1 (otherwise real values in [−1, 1]). */
    public boolean isClassification() {
        return classification;
    }

    /**
     * n points of this kind, label 1 for the first ⌊n/2⌋ of a classification set.
     *
     * @param noise ν ≥ 0: Gaussian jitter of standard deviation ν·EXTENT/2 per coordinate (negative counts as 0)
     */
    public Dataset generate(int n, double noise, Rng rng) {
        if (n < 0) {
            throw new IllegalArgumentException("negative number of points: " + n);
        }
        double sigma = noise > 0 ? noise * Dataset.EXTENT / 2 : 0;
        PointSink out = new PointSink(n, sigma, rng);
        emit(n, out, rng);
        return out.build(classification);
    }

    abstract void emit(int n, PointSink out, Rng rng);
}
