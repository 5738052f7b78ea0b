package descent.core.landscape;

/**
 * A surface sampled on an n×n grid over its view box, with a logarithmic colour scale and contour lines.
 *
 * <p>Colour: J spans many decades on most test surfaces (Rosenbrock from 0 to thousands), so the shade is
 * u = log(1 + (J − lo)/s) / log(1 + (hi − lo)/s) ∈ [0, 1], with lo, hi the grid's smallest and largest value and
 * s = (hi − lo)·10⁻⁴: four decades above the floor get equal room. Contour lines are drawn at levels equally
 * spaced in u (so equally spaced in log J near the floor), found by marching squares; each segment is four
 * numbers (x₁, y₁, x₂, y₂) in grid units (column, row; row 0 at the top = yMax).
 *
 * <p>Buffers are allocated once; {@link #sample} and {@link #contours} allocate nothing.
 */
public final class ContourGrid {
    /** The scale s as a fraction of the value range. */
    public static final double SOFT_FLOOR = 1e-4;
    private final int n;
    private final double[] values;
    private final double[] shades;
    private final double[] levels;
    private final double[] segments;
    private int segmentCount;
    private int levelCount;
    private double lo;
    private double hi;
    private double scale;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;

    /**
     * @param n grid points per side (at least 2)
     * @param maxLevels the most contour levels
     */
    public ContourGrid(int n, int maxLevels) {
        if (n < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points a side");
        }
        this.n = n;
        values = new double[n * n];
        shades = new double[n * n];
        levels = new double[maxLevels];
        // A level's line crosses O(n) cells on a smooth surface; room for 16n segments a level (more are dropped).
        segments = new double[4 * 16 * n * maxLevels];
    }

    public int size() {
        return n;
    }

    /** Samples {@code surface} over [xMin, xMax] × [yMin, yMax] and computes the colour scale. */
    public void sample(Surface surface, double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        for (int row = 0; row < n; row++) {
            double y = yAt(row);
            for (int col = 0; col < n; col++) {
                values[row * n + col] = surface.value(xAt(col), y);
            }
        }
        rescale();
    }

    /**
     * For values computed elsewhere (a network's loss on a plane): the caller filled {@link #values()} over
     * [xMin, xMax] × [yMin, yMax], row 0 at yMax; this computes the colour scale.
     */
    public void valuesChanged(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        rescale();
    }

    /** The sampled values, row-major, row 0 at the top: a live view, writable for {@link #valuesChanged}. */
    public double[] values() {
        return values;
    }

    private void rescale() {
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < n * n; p++) {
            double v = values[p];
            if (v - v == 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        scale = (hi - lo) * SOFT_FLOOR;
        double top = Math.log1p((hi - lo) / scale);
        for (int p = 0; p < n * n; p++) {
            double v = values[p];
            shades[p] = v - v == 0 ? Math.log1p((v - lo) / scale) / top : 1;
        }
    }

    /** The x of grid column {@code col}. */
    public double xAt(int col) {
        return xMin + (xMax - xMin) * col / (n - 1);
    }

    /** The y of grid row {@code row} (row 0 at the top: yMax). */
    public double yAt(int row) {
        return yMax - (yMax - yMin) * row / (n - 1);
    }

    /** J at grid point (row, col). */
    public double value(int row, int col) {
        return values[row * n + col];
    }

    /** Shades u ∈ [0, 1], row-major, row 0 at the top: a live view. */
    public double[] shades() {
        return shades;
    }

    /** The shade of a value on this grid's scale. */
    public double shade(double v) {
        return Math.log1p((v - lo) / scale) / Math.log1p((hi - lo) / scale);
    }

    /** The value whose shade is u: the inverse of {@link #shade}. */
    public double valueAtShade(double u) {
        return lo + scale * Math.expm1(u * Math.log1p((hi - lo) / scale));
    }

    public double low() {
        return lo;
    }

    public double high() {
        return hi;
    }

    /**
     * Finds contour lines at {@code count} levels equally spaced in shade (strictly between 0 and 1).
     * Returns the number of segments; read them with {@link #segments()}.
     */
    public int contours(int count) {
        levelCount = Math.min(count, levels.length);
        segmentCount = 0;
        for (int k = 0; k < levelCount; k++) {
            levels[k] = valueAtShade((k + 1.0) / (levelCount + 1));
        }
        for (int k = 0; k < levelCount; k++) {
            march(levels[k]);
        }
        return segmentCount;
    }

    /** The contour levels of the last {@link #contours} call (J values). */
    public double level(int k) {
        return levels[k];
    }

    public int levelCount() {
        return levelCount;
    }

    /** Segments as (col₁, row₁, col₂, row₂) in grid units: a live view, {@code 4 × count} numbers. */
    public double[] segments() {
        return segments;
    }

    public int segmentCount() {
        return segmentCount;
    }

    private void march(double level) {
        for (int row = 0; row + 1 < n; row++) {
            for (int col = 0; col + 1 < n; col++) {
                double a = values[row * n + col];           // top-left
                double b = values[row * n + col + 1];       // top-right
                double c = values[(row + 1) * n + col + 1]; // bottom-right
                double d = values[(row + 1) * n + col];     // bottom-left
                if (!(a - a == 0 && b - b == 0 && c - c == 0 && d - d == 0)) {
                    continue;
                }
                int code = (a > level ? 8 : 0) | (b > level ? 4 : 0) | (c > level ? 2 : 0) | (d > level ? 1 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                // crossing points on the four edges: top (a-b), right (b-c), bottom (d-c), left (a-d)
                double tx = col + frac(a, b, level);
                double ty = row;
                double rx = col + 1;
                double ry = row + frac(b, c, level);
                double bx = col + frac(d, c, level);
                double by = row + 1;
                double lx = col;
                double ly = row + frac(a, d, level);
                switch (code) {
                    case 1: case 14: add(lx, ly, bx, by); break;
                    case 2: case 13: add(bx, by, rx, ry); break;
                    case 3: case 12: add(lx, ly, rx, ry); break;
                    case 4: case 11: add(tx, ty, rx, ry); break;
                    case 6: case 9: add(tx, ty, bx, by); break;
                    case 7: case 8: add(lx, ly, tx, ty); break;
                    case 5: case 10: {
                        // saddle cell: decide by the centre value
                        double centre = 0.25 * (a + b + c + d);
                        boolean centreHigh = centre > level;
                        if ((code == 5) == centreHigh) {
                            add(lx, ly, tx, ty);
                            add(bx, by, rx, ry);
                        } else {
                            add(lx, ly, bx, by);
                            add(tx, ty, rx, ry);
                        }
                        break;
                    }
                    default: break;
                }
            }
        }
    }

    private static double frac(double from, double to, double level) {
        double d = to - from;
        return d == 0 ? 0.5 : (level - from) / d;
    }

    private void add(double x1, double y1, double x2, double y2) {
        int o = segmentCount * 4;
        if (o + 4 > segments.length) {
            return;
        }
        segments[o] = x1;
        segments[o + 1] = y1;
        segments[o + 2] = x2;
        segments[o + 3] = y2;
        segmentCount++;
    }
}
