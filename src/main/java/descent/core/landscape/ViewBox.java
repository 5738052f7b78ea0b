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
}
