package descent.core.landscape;

/** The rectangle [xMin, xMax] × [yMin, yMax] a surface is best looked at in. Immutable. */
public final class ViewBox {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    public ViewBox(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("empty view box");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    public double xMin() { return xMin; }
    public double xMax() { return xMax; }
    public double yMin() { return yMin; }
    public double yMax() { return yMax; }
    public double width() { return xMax - xMin; }
    public double height() { return yMax - yMin; }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /**
     * For a segment from (x0, y0) inside the box to (x1, y1), the fraction t ∈ [0, 1] at which
     * (x0, y0) + t·(x1 − x0, y1 − y0) reaches the box's edge (1 when the end is inside). Non-finite ends count
     * as far away in their direction.
     */
    public double exitFraction(double x0, double y0, double x1, double y1) {
        double t = 1;
        t = Math.min(t, crossing(x0, x1, xMin, xMax));
        t = Math.min(t, crossing(y0, y1, yMin, yMax));
        return Math.max(0, t);
    }

    private static double crossing(double from, double to, double lo, double hi) {
        if (to != to) {
            return 0;
        }
        if (to > hi) {
            return (hi - from) / (to - from);
        }
        if (to < lo) {
            return (lo - from) / (to - from);
        }
        return 1;
    }

    /**
     * Screen pixels per unit so that the whole box fits a plot area of {@code width} × {@code height} pixels
     * with one unit of x as long as one unit of y: min(width / (xMax − xMin), height / (yMax − yMin)).
     */
    public double equalScale(double width, double height) {
        return Math.min(width / width(), height / height());
    }
}
