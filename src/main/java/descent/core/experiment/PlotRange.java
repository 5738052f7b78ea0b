package descent.core.experiment;

/**
 * The value range a chart of several lanes draws, chosen so that one diverged lane cannot flatten the rest.
 *
 * <p>The range spans the curves of lanes that have not diverged ("healthy"), [h_min, h_max]. A diverged
 * lane's curve counts from its start up to the first point above the allowance
 * <pre>  cap = 3 · h_max                        (log axis: half a decade)
 *   cap = h_max + (h_max − h_min) / 2       (linear axis)</pre>
 * and not beyond: from there on it runs off the top of the chart, where the chart marks it. When every lane
 * has diverged, [h_min, h_max] is the range of their first values instead. On a log axis only values > 0
 * count; non-finite values never do.
 *
 * <p>Holds references to the curves only; nothing is allocated after construction.
 */
public final class PlotRange {
    /** How far above the healthy maximum a diverged lane may still widen the range, on a log axis. */
    public static final double LOG_ALLOWANCE = 3;

    private final Series[] curves;
    private final boolean[] diverged;
    private int count;
    private double min;
    private double max;
    private double healthyMax;

    public PlotRange(int maxCurves) {
        curves = new Series[maxCurves];
        diverged = new boolean[maxCurves];
    }

    public void clear() {
        count = 0;
    }

    /** Adds a curve; {@code divergedLane} says whether its lane has diverged. */
    public void add(Series curve, boolean divergedLane) {
        if (count == curves.length) {
            throw new IllegalStateException("a range of at most " + curves.length + " curves");
        }
        curves[count] = curve;
        diverged[count] = divergedLane;
        count++;
    }

    /** Chooses the range for a log ({@code log}) or linear axis; read it with {@link #min()}, {@link #max()}. */
    public void compute(boolean log) {
        double hMin = Double.POSITIVE_INFINITY;
        double hMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            if (!diverged[k]) {
                Series s = curves[k];
                for (int i = 0, n = s.size(); i < n; i++) {
                    double v = s.value(i);
                    if (counts(v, log)) {
                        hMin = Math.min(hMin, v);
                        hMax = Math.max(hMax, v);
                    }
                }
            }
        }
        if (hMin > hMax) { // no healthy values: every lane diverged; start from where they began
            for (int k = 0; k < count; k++) {
                double first = firstValue(curves[k], log);
                if (counts(first, log)) {
                    hMin = Math.min(hMin, first);
                    hMax = Math.max(hMax, first);
                }
            }
        }
        healthyMax = hMax;
        min = hMin;
        max = hMax;
        if (hMin > hMax) {
            return; // nothing to plot
        }
        double cap = log ? LOG_ALLOWANCE * hMax : hMax + (hMax - hMin) / 2;
        for (int k = 0; k < count; k++) {
            if (diverged[k]) {
                Series s = curves[k];
                for (int i = 0, n = s.size(); i < n; i++) {
                    double v = s.value(i);
                    if (!counts(v, log)) {
                        continue;
                    }
                    if (v > cap) {
                        break; // it has left the range: the rest runs off the top
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
    }

    /** Whether any value counted; when not, {@link #min()} &gt; {@link #max()}. */
    public boolean isEmpty() {
        return !(min <= max);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** h_max: the largest value of the lanes that have not diverged (or of the first values, if all did). */
    public double healthyMax() {
        return healthyMax;
    }

    private static double firstValue(Series s, boolean log) {
        for (int i = 0, n = s.size(); i < n; i++) {
            if (counts(s.value(i), log)) {
                return s.value(i);
            }
        }
        return Double.NaN;
    }

    private static boolean counts(double v, boolean log) {
        return v - v == 0 && (!log || v > 0);
    }
}
