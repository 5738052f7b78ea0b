package descent.core.landscape;

/**
 * The y axis of the landscape page's loss chart, chosen so that what a path does on the map shows in the chart.
 * <ul>
 *   <li>A surface with a finite floor J*: log₁₀(J − J*) over the decades the curves reach (values below
 *       10⁻¹⁴ are drawn at 10⁻¹⁴, so exact zeros do not stretch the axis), ticks at powers of ten.</li>
 *   <li>A surface without one (the saddle: J → −∞): J itself, linear, over the range J takes on the map. A
 *       path on the map is then on the chart, a plateau of J near the saddle's value is a flat stretch
 *       in the middle of the chart, and a curve leaves the chart where its path leaves the map (instead of
 *       stretching the axis to −10⁴¹ and flattening everything else). Ticks at 1, 2 or 5 × 10ᵏ.</li>
 * </ul>
 * {@link #position} maps a plotted value to [0, 1] (bottom to top); values outside the range fall outside [0, 1].
 */
public final class LossAxis {
    public static final double LOG_FLOOR = 1e-14;
    private static final int MAX_TICKS = 16;

    private final double[] ticks = new double[MAX_TICKS];
    private int tickCount;
    private boolean log;
    /** The range in plotted units: log₁₀ of J − J* on a log axis, J on a linear one. */
    private double lo = 0;
    private double hi = 1;

    /** A log axis of J − J* covering [min, max] (both clamped at {@link #LOG_FLOOR}), whole decades. */
    public void logarithmic(double min, double max) {
        log = true;
        double a = Math.floor(Math.log10(Math.max(LOG_FLOOR, min)));
        double b = Math.ceil(Math.log10(Math.max(LOG_FLOOR, max)));
        if (!(b > a)) {
            b = a + 1;
        }
        int every = (int) Math.ceil((b - a) / 7);
        lo = a;
        hi = a + Math.ceil((b - a) / every) * every;
        tickCount = 0;
        for (double e = lo; e <= hi + 1e-9 && tickCount < MAX_TICKS; e += every) {
            ticks[tickCount++] = Math.pow(10, e);
        }
    }

    /** A linear axis of J from {@code low} to {@code high}, widened to round ticks. */
    public void linear(double low, double high) {
        log = false;
        if (!(high > low)) {
            high = low + 1;
        }
        double step = niceStep((high - low) / 5);
        lo = Math.floor(low / step + 1e-9) * step;
        hi = Math.ceil(high / step - 1e-9) * step;
        tickCount = 0;
        for (double t = lo; t <= hi + step * 1e-6 && tickCount < MAX_TICKS; t += step) {
            ticks[tickCount++] = Math.abs(t) < step * 1e-9 ? 0 : t;
        }
    }

    /**
     * Fits the axis to a race: log₁₀(J − J*) over the curves' range when the surface has a floor; otherwise J
     * over [mapLow, mapHigh], the range J takes on the map (its sampled grid's low and high).
     */
    public void fit(PathRace race, double mapLow, double mapHigh) {
        double infimum = race.surface().infimum();
        if (infimum - infimum != 0) {
            linear(mapLow, mapHigh);
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < race.count(); r++) {
            Path p = race.path(r);
            for (int i = 0; i < p.size(); i++) {
                double gap = p.loss(i) - infimum;
                min = Math.min(min, gap);
                max = Math.max(max, gap);
            }
        }
        if (min > max) {
            min = 0.01;
            max = 1;
        }
        logarithmic(min, max);
    }

    /** The spacing of round step ticks along 0 … steps: 1, 2 or 5 × 10ᵏ, about five of them. */
    public static int stepTick(int steps) {
        return (int) Math.max(1, niceStep(Math.max(1, steps) / 5.0));
    }

    /** The value a curve plots for a point with loss J: J − J* (floored) on a log axis, J on a linear one. */
    public double plotted(double loss, double infimum) {
        return log ? Math.max(loss - infimum, LOG_FLOOR) : loss;
    }

    /** Where a plotted value sits, 0 at the bottom and 1 at the top; outside [0, 1] when off the chart. */
    public double position(double v) {
        double u = log ? Math.log10(v) : v;
        return (u - lo) / (hi - lo);
    }

    public boolean isLog() {
        return log;
    }

    /** The lowest value drawn (J − J* on a log axis, J on a linear one). */
    public double min() {
        return log ? Math.pow(10, lo) : lo;
    }

    public double max() {
        return log ? Math.pow(10, hi) : hi;
    }

    public int tickCount() {
        return tickCount;
    }

    public double tick(int i) {
        return ticks[i];
    }

    /** The power of ten of tick i on a log axis (its label is 10 to this). */
    public int tickExponent(int i) {
        return (int) Math.round(Math.log10(ticks[i]));
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
