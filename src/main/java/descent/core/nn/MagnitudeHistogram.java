package descent.core.nn;

/**
 * Histograms of log₁₀|v|: how many values have each order of magnitude. When a signal shrinks by a factor at
 * every layer (N(0, 0.01²) weights under tanh: σ ≈ 0.014, 7·10⁻⁴, 4·10⁻⁵, …), a linear axis shared by the
 * layers shows ten identical spikes at 0; on this axis each layer's bump sits a constant distance left of the
 * one before, so the shrinking is seen as a slope.
 */
public final class MagnitudeHistogram {
    private static final double LOG10_E = 1 / Math.log(10);

    private MagnitudeHistogram() {
    }

    /**
     * Counts v[from .. to) into {@code bins} equal bins of log₁₀|v| over [lowDecade, highDecade] (overwritten):
     * bin i holds lowDecade + i·w ≤ log₁₀|v| &lt; lowDecade + (i+1)·w, w = (highDecade − lowDecade)/bins.length;
     * magnitudes above it are clamped into the last bin. Exact zeros have no logarithm and magnitudes below
     * 10^lowDecade would pile up in the first bin as a false peak: neither is binned, and how many were left out
     * is returned (dead ReLU units, saturated tanh units passing almost no gradient). NaNs are skipped.
     */
    public static int count(double[] v, int from, int to, double lowDecade, double highDecade, int[] bins) {
        if (!(highDecade > lowDecade) || bins.length == 0) {
            throw new IllegalArgumentException("a histogram needs lowDecade < highDecade and at least one bin");
        }
        int nb = bins.length;
        for (int i = 0; i < nb; i++) {
            bins[i] = 0;
        }
        double perDecade = nb / (highDecade - lowDecade);
        int left = 0;
        for (int p = from; p < to; p++) {
            double x = v[p];
            if (x != x) {
                continue;
            }
            double d = x == 0 ? lowDecade - 1 : Math.log(Math.abs(x)) * LOG10_E;
            if (d < lowDecade) {
                left++;
                continue;
            }
            int b = (int) ((d - lowDecade) * perDecade);
            bins[b >= nb ? nb - 1 : b]++;
        }
        return left;
    }

    /**
     * The decades an axis needs for these layers' spreads σ_l (stds[from .. to), non-finite and zero ones
     * ignored): from two decades below the smallest σ, floor(log₁₀ min σ) − 2, to the decade above 3·max σ,
     * ceil(log₁₀ 3·max σ), at most {@code cap} (0 for tanh, whose |a| ≤ 1). Written into out[0] (low) and
     * out[1] (high), at least one decade apart; [−1, 0] when no σ is usable.
     */
    public static void decades(double[] stds, int from, int to, double cap, double[] out) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = from; i < to; i++) {
            double s = stds[i];
            if (s > 0 && s - s == 0) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
        }
        if (hi == 0) {
            out[0] = cap - 1;
            out[1] = cap;
            return;
        }
        double low = Math.floor(Math.log(lo) * LOG10_E) - 2;
        double threeSigma = 3 * hi;
        double high = Math.min(cap, Math.ceil(Math.log(threeSigma) * LOG10_E));
        out[0] = Math.min(low, high - 1);
        out[1] = high;
    }

    /** How many times larger the largest usable σ is than the smallest (1 when fewer than two are usable). */
    public static double spreadRatio(double[] stds, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = from; i < to; i++) {
            double s = stds[i];
            if (s > 0 && s - s == 0) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
        }
        return hi > 0 ? hi / lo : 1;
    }
}
