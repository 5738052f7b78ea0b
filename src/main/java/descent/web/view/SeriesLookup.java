package descent.web.view;

import descent.core.experiment.Series;

/** A series' point at a step, found by bisection on its increasing steps: what a readout or a mark reads. */
public final class SeriesLookup {
    private SeriesLookup() {
    }

    /** A series' value at the last recorded step ≤ {@code step} (NaN before its first point). */
    public static double valueAt(Series s, double step) {
        int i = indexAt(s, step);
        return i < 0 ? Double.NaN : s.value(i);
    }

    /** The index of the last point of s at a step ≤ {@code step}, or −1. */
    public static int indexAt(Series s, double step) {
        int lo = 0;
        int hi = s.size() - 1;
        if (hi < 0 || s.step(0) > step) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.step(mid) <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
