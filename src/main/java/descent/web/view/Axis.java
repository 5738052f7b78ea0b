package descent.web.view;

/**
 * Maps a value range onto [0, 1] for drawing, with round tick values (1, 2 or 5 × 10ᵏ on a linear axis,
 * powers of ten on a logarithmic one) so that labels read like a hand-drawn chart's.
 */
final class Axis {
    final double[] ticks = new double[24];
    int tickCount;
    private final boolean log;
    private final double lo;
    private final double hi;

    private Axis(boolean log, double lo, double hi) {
        this.log = log;
        this.lo = lo;
        this.hi = hi;
    }

    static Axis linear(double min, double max) {
        return linear(min, max, false);
    }

    /** A linear axis; with {@code whole} the ticks are whole numbers (steps, epochs). */
    static Axis linear(double min, double max, boolean whole) {
        if (!(max > min)) {
            max = min + 1;
        }
        double step = niceStep((max - min) / 5);
        if (whole) {
            step = Math.max(1, step);
        }
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        Axis axis = new Axis(false, lo, hi);
        for (double t = lo; t <= hi + step * 1e-9 && axis.tickCount < axis.ticks.length; t += step) {
            axis.ticks[axis.tickCount++] = Math.abs(t) < step * 1e-9 ? 0 : t;
        }
        return axis;
    }

    static Axis logarithmic(double min, double max) {
        double lo = Math.floor(Math.log10(Math.max(min, 1e-300)));
        double hi = Math.ceil(Math.log10(Math.max(max, 1e-300)));
        if (hi <= lo) {
            hi = lo + 1;
        }
        Axis axis = new Axis(true, lo, hi);
        int every = (int) Math.ceil((hi - lo) / 8);
        for (double e = lo; e <= hi && axis.tickCount < axis.ticks.length; e += every) {
            axis.ticks[axis.tickCount++] = Math.pow(10, e);
        }
        return axis;
    }

    /** Where v sits along the axis, 0 at the low end and 1 at the high end. */
    double position(double v) {
        if (log) {
            return (Math.log10(v) - lo) / (hi - lo);
        }
        return (v - lo) / (hi - lo);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
