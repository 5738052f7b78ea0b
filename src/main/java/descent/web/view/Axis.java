package descent.web.view;

/**
 * Maps a value range onto [0, 1] for drawing, with round tick values: 1, 2 or 5 × 10ᵏ steps on a linear
 * axis; on a logarithmic one the decades (every one, or every 2nd, 3rd, 5th … when there are many), with 2
 * and 5 between them when the range holds three decades or fewer (3 alone if 2 and 5 make too many ticks, every
 * digit when the range is less than a decade). A log axis ends at the nearest 1, 2 or 5 × 10ᵏ
 * beyond the data, so it never adds most of an empty decade.
 */
final class Axis {
    private static final int MAX_LOG_TICKS = 7;
    private static final int MAX_BETWEEN_TICKS = 8;
    private static final int[] DECADE_STRIDES = {1, 2, 3, 5, 10, 20, 50, 100};

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
        for (int i = 0; axis.tickCount < axis.ticks.length; i++) {
            double t = lo + i * step; // by multiplication: repeated addition drifts off the round values
            if (t > hi + step * 1e-9) {
                break;
            }
            axis.ticks[axis.tickCount++] = Math.abs(t) < step * 1e-9 ? 0 : t;
        }
        return axis;
    }

    static Axis logarithmic(double min, double max) {
        double low = roundDown(Math.max(min, 1e-300));
        double high = roundUp(Math.max(max, low));
        if (high <= low) {
            high = roundUp(low * 1.5);
        }
        Axis axis = new Axis(true, Math.log10(low), Math.log10(high));
        int first = (int) Math.ceil(axis.lo - 1e-9);
        int last = (int) Math.floor(axis.hi + 1e-9);
        int decades = last - first + 1;
        if (decades <= 3) { // few decades: 2 and 5 between them (3 alone if those make too many)
            axis.fillBetween(first, last, low, high, 2, 5);
            if (axis.tickCount > MAX_BETWEEN_TICKS) {
                axis.fillBetween(first, last, low, high, 3, 3);
            }
            if (axis.tickCount < 3) { // less than a decade, e.g. 0.2 … 0.5: every digit between
                axis.fillBetween(first, last, low, high, 1, 9);
            }
            return axis;
        }
        int stride = DECADE_STRIDES[DECADE_STRIDES.length - 1];
        for (int s : DECADE_STRIDES) {
            if ((decades + s - 1) / s <= MAX_LOG_TICKS) {
                stride = s;
                break;
            }
        }
        for (int e = first; e <= last && axis.tickCount < axis.ticks.length; e++) {
            if (Math.floorMod(e, stride) == 0) {
                axis.ticks[axis.tickCount++] = Format.pow10(e);
            }
        }
        return axis;
    }

    /** Ticks at d × 10ᵉ for d = 1, a and b (or every digit from a to b when a = 1). */
    private void fillBetween(int first, int last, double low, double high, int a, int b) {
        tickCount = 0;
        for (int e = first - 1; e <= last; e++) {
            double p = Format.pow10(e);
            for (int d = 1; d <= 9; d++) {
                if (d == 1 || d == a || d == b || a == 1 && d <= b) {
                    addIfInside(d * p, low, high);
                }
            }
        }
    }

    private void addIfInside(double t, double low, double high) {
        if (t >= low * (1 - 1e-9) && t <= high * (1 + 1e-9) && tickCount < ticks.length) {
            ticks[tickCount++] = t;
        }
    }

    /** Where v sits along the axis, 0 at the low end and 1 at the high end. */
    double position(double v) {
        if (log) {
            return (Math.log10(v) - lo) / (hi - lo);
        }
        return (v - lo) / (hi - lo);
    }

    /** The value at the low end of the axis. */
    double lower() {
        return log ? Math.pow(10, lo) : lo;
    }

    /** The value at the high end of the axis. */
    double upper() {
        return log ? Math.pow(10, hi) : hi;
    }

    /** The largest 1, 2 or 5 × 10ᵏ at most v (v &gt; 0). */
    static double roundDown(double v) {
        int e = Format.decimalExponent(v);
        double p = Format.pow10(e);
        double m = v / p;
        return (m >= 5 * (1 - 1e-12) ? 5 : m >= 2 * (1 - 1e-12) ? 2 : 1) * p;
    }

    /** The smallest 1, 2 or 5 × 10ᵏ at least v (v &gt; 0). */
    static double roundUp(double v) {
        int e = Format.decimalExponent(v);
        double p = Format.pow10(e);
        double m = v / p;
        return (m <= 1 + 1e-12 ? 1 : m <= 2 * (1 + 1e-12) ? 2 : m <= 5 * (1 + 1e-12) ? 5 : 10) * p;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
