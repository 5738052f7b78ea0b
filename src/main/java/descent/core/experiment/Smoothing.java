package descent.core.experiment;

/**
 * A noisy curve's trend, for the chart's smoothing toggle: the debiased exponential moving average
 *
 * <pre>  m_i = β m_{i−1} + (1 − β) v_i,  m_0 = 0,  ŝ_i = m_i / (1 − β^i)</pre>
 *
 * over the i-th finite value v_i of a {@link Series} (Adam's bias correction, so the first points are not
 * pulled towards 0). In log space the average runs over ln v and ŝ is e^ŝ: a geometric mean, so a loss that
 * falls over decades is smoothed the way a log axis shows it. Non-finite values (and values ≤ 0 in log space)
 * leave m as it was and come out as NaN, so the chart leaves a gap there as it does in the raw curve.
 */
public final class Smoothing {
    /** The window is about this fraction of the points shown, so the smoothing looks alike at every zoom. */
    private static final int POINTS_PER_WINDOW = 25;

    private Smoothing() {
    }

    /**
     * β for a curve of {@code points} points: β = 1 − 1/w with a window w = points/25, so the average reaches
     * back about a 25th of the chart's width; 0 (no smoothing) when w ≤ 1 — a curve of a few dozen points
     * (evaluations every 100 steps, say) is its own trend, and averaging it would only make it lag.
     */
    public static double betaFor(int points) {
        double window = points / (double) POINTS_PER_WINDOW;
        return window <= 1 ? 0 : 1 - 1 / window;
    }

    /**
     * Writes ŝ of {@code raw} into {@code out} (cleared first), at the same steps. {@code out} must hold one
     * point more than {@code raw} can ({@code raw.capacity() + 1}) so that it never thins.
     */
    public static void exponential(Series raw, double beta, boolean logSpace, Series out) {
        if (out.capacity() <= raw.size()) {
            throw new IllegalArgumentException("the smoothed series needs room for " + (raw.size() + 1)
                    + " points, it has " + out.capacity());
        }
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("β must be in [0, 1), not " + beta);
        }
        out.clear();
        double m = 0;
        double betaPower = 1; // β^i after i finite values
        for (int i = 0, n = raw.size(); i < n; i++) {
            double v = raw.value(i);
            boolean usable = v - v == 0 && (!logSpace || v > 0);
            if (!usable) {
                out.add(raw.step(i), Double.NaN);
                continue;
            }
            double x = logSpace ? Math.log(v) : v;
            m = beta * m + (1 - beta) * x;
            betaPower *= beta;
            double debiased = m / (1 - betaPower);
            out.add(raw.step(i), logSpace ? Math.exp(debiased) : debiased);
        }
    }
}
