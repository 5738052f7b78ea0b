package descent.web.layers;

import descent.core.nn.LayerStats;
import descent.core.nn.MagnitudeHistogram;
import descent.web.view.Format;

/** The line under the histograms: how to read them, in the words of the axis each column uses now. */
final class HistogramNote {
    private HistogramNote() {
    }

    static String text(HistogramView view, LayerStats stats, int depth) {
        StringBuilder s = new StringBuilder("Bars: now; dashed outline: at initialization (each scaled to its own"
                + " tallest bin). Each column has one axis for all layers.");
        if (view.logActivations() || view.logGradients()) {
            double[] stds = new double[depth];
            for (int l = 1; l <= depth; l++) {
                stds[l - 1] = view.logActivations() ? stats.activationStd(l) : stats.gradientStd(l);
            }
            s.append(" The ").append(view.logActivations() ? "activations'" : "gradients'")
                    .append(" spreads differ between layers by a factor of ")
                    .append(Format.significant(MagnitudeHistogram.spreadRatio(stds, 0, depth), 2))
                    .append(", so the axis is log₁₀ of the magnitude: one tick per factor of 10, and a layer whose"
                            + " values are 10 times smaller sits one tick further left.");
            if (view.leftOut() > 0) {
                s.append(" Left out: ").append(Format.count(view.leftOut()))
                        .append(" values that are 0 or smaller than the axis shows (they have no logarithm or would"
                                + " pile up at its left edge).");
            }
        } else {
            s.append(" A layer whose values shrink shows a narrower bump.");
        }
        if (view.clampedActivations() + view.clampedGradients() > 0) {
            s.append(" Values beyond the range are piled into the edge bins.");
        }
        return s.toString();
    }
}
