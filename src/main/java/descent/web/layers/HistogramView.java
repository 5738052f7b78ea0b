package descent.web.layers;

import descent.core.nn.Activation;
import descent.core.nn.LayerStats;
import descent.core.nn.Network;
import descent.web.dom.Dom;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One row per hidden layer: the histogram of its activations f(z) and of its back-propagated gradients ∂L/∂a,
 * now (filled) and at initialization (outline), on ranges shared by all layers so that a layer whose values
 * shrink or grow is seen shrinking or growing. The values at initialization are copied once per network; the
 * bins are reused, so drawing allocates nothing.
 */
final class HistogramView {
    static final int BINS = 30;
    private static final double ROW = 46;
    private static final double LABEL = 64;
    private static final double GAP = 18;
    private static final double NOTE = 120;

    private final HiDpiCanvas canvas;
    private final HTMLElement box;
    private final String ink;
    private final String muted;
    private final String line;
    private final String panel;
    private final String accent;
    private final String val;
    private final int[] bins = new int[BINS];
    private final int[] initBins = new int[BINS];

    private int depth;
    private int size;
    private Activation f;
    private double[][] initAct = new double[0][];
    private double[][] initGrad = new double[0][];
    private double[] initActStd = new double[0];
    private double[] initActMean = new double[0];
    private double[] initGradStd = new double[0];
    /** Values clamped into the edge bins at the last draw, over all layers (activations, gradients). */
    private int clampedAct;
    private int clampedGrad;
    private double actLo;
    private double actHi;
    private double gradRange;

    HistogramView(String canvasId, String boxId) {
        box = Dom.byId(boxId);
        canvas = new HiDpiCanvas(canvasId);
        ink = Dom.cssVariable("--ink");
        muted = Dom.cssVariable("--muted");
        line = Dom.cssVariable("--line");
        panel = Dom.cssVariable("--panel");
        accent = Dom.cssVariable("--accent");
        val = Dom.cssVariable("--val");
    }

    /** Copies the network's current probe pass as the picture "at initialization" (allocates: once per network). */
    void rememberInitial(Network network, LayerStats stats, int depth) {
        this.depth = depth;
        f = network.hiddenActivation();
        size = network.count() * network.width(1);
        initAct = new double[depth + 1][];
        initGrad = new double[depth + 1][];
        initActStd = new double[depth + 1];
        initActMean = new double[depth + 1];
        initGradStd = new double[depth + 1];
        for (int l = 1; l <= depth; l++) {
            initAct[l] = new double[size];
            initGrad[l] = new double[size];
            System.arraycopy(network.nonlinearityOutputs(l), 0, initAct[l], 0, size);
            System.arraycopy(network.activationGradients(l), 0, initGrad[l], 0, size);
            initActStd[l] = stats.activationStd(l);
            initActMean[l] = stats.activationMean(l);
            initGradStd[l] = stats.gradientStd(l);
        }
        Dom.setStyle(box, "height", (depth * ROW + 26) + "px");
    }

    int clampedActivations() {
        return clampedAct;
    }

    int clampedGradients() {
        return clampedGrad;
    }

    double gradientRange() {
        return gradRange;
    }

    double activationHigh() {
        return actHi;
    }

    /** Draws every layer from the network's last probe pass (training mode) and its statistics. */
    void draw(Network network, LayerStats stats) {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        ranges(stats);
        double cell = Math.max(40, (w - LABEL - 2 * GAP - 2 * NOTE) / 2);
        double actX = LABEL;
        double gradX = LABEL + cell + NOTE + GAP;
        g.setFont("12px system-ui, sans-serif");
        g.setTextBaseline("middle");
        g.setFillStyle(muted);
        g.setTextAlign("left");
        g.fillText("f(z) on [" + Format.significant(actLo, 2) + ", " + Format.significant(actHi, 2) + "]", actX, 10);
        g.fillText("∂L/∂a on ±" + Format.significant(gradRange, 2), gradX, 10);
        clampedAct = 0;
        clampedGrad = 0;
        for (int l = 1; l <= depth; l++) {
            double top = 22 + (l - 1) * ROW;
            double bottom = top + ROW - 8;
            g.setFillStyle(ink);
            g.setTextAlign("left");
            g.fillText("layer " + l, 4, (top + bottom) / 2);
            int n = Math.min(size, network.count() * network.width(l));
            clampedAct += LayerStats.histogram(network.nonlinearityOutputs(l), 0, n, actLo, actHi, bins);
            LayerStats.histogram(initAct[l], 0, size, actLo, actHi, initBins);
            cellBars(g, actX, top, cell, bottom - top);
            g.setFillStyle(muted);
            g.fillText("std " + Format.significant(stats.activationStd(l), 2), actX + cell + 8, top + 10);
            boolean saturating = f != Activation.LINEAR;
            if (saturating) {
                double sat = stats.saturatedFraction(l);
                g.setFillStyle(sat > 0.5 ? val : muted);
                g.fillText((f == Activation.RELU ? "zero " : "sat. ") + Format.percent(sat), actX + cell + 8, top + 26);
            }
            clampedGrad += LayerStats.histogram(network.activationGradients(l), 0, n, -gradRange, gradRange, bins);
            LayerStats.histogram(initGrad[l], 0, size, -gradRange, gradRange, initBins);
            cellBars(g, gradX, top, cell, bottom - top);
            g.setFillStyle(muted);
            g.fillText("std " + Format.significant(stats.gradientStd(l), 2), gradX + cell + 8, top + 10);
            g.fillText("init " + Format.significant(initGradStd[l], 2), gradX + cell + 8, top + 26);
        }
    }

    private void ranges(LayerStats stats) {
        if (f == Activation.TANH) {
            actLo = -1;
            actHi = 1;
        } else if (f == Activation.SIGMOID) {
            actLo = 0;
            actHi = 1;
        } else {
            actLo = 0;
            double hi = 0;
            for (int l = 1; l <= depth; l++) {
                hi = Math.max(hi, finite(stats.activationMean(l) + 3 * stats.activationStd(l)));
                hi = Math.max(hi, finite(initActMean[l] + 3 * initActStd[l]));
            }
            actHi = hi > 0 ? hi : 1;
        }
        double r = 0;
        for (int l = 1; l <= depth; l++) {
            r = Math.max(r, finite(stats.gradientStd(l)));
            r = Math.max(r, finite(initGradStd[l]));
        }
        gradRange = r > 0 ? 3 * r : 1e-6;
    }

    private static double finite(double v) {
        return v - v == 0 ? v : 0;
    }

    /** Bars of {@link #bins} (filled) over {@link #initBins} (outline), each scaled to its own tallest bin. */
    private void cellBars(CanvasRenderingContext2D g, double x, double top, double width, double height) {
        g.setStrokeStyle(line);
        g.setLineWidth(1);
        g.strokeRect(x, top, width, height);
        g.beginPath();
        g.moveTo(x + width / 2, top);
        g.lineTo(x + width / 2, top + height);
        g.stroke();
        int max = 1;
        int initMax = 1;
        for (int i = 0; i < BINS; i++) {
            max = Math.max(max, bins[i]);
            initMax = Math.max(initMax, initBins[i]);
        }
        double bw = width / BINS;
        g.setFillStyle(accent);
        for (int i = 0; i < BINS; i++) {
            if (bins[i] > 0) {
                double bh = Math.max(1, (height - 2) * bins[i] / max);
                g.fillRect(x + i * bw + 0.5, top + height - bh, bw - 1, bh);
            }
        }
        g.setStrokeStyle(ink);
        g.setLineWidth(1.5);
        HiDpiCanvas.setLineDash(g, 3, 2);
        g.beginPath();
        double y0 = top + height;
        g.moveTo(x, y0);
        for (int i = 0; i < BINS; i++) {
            double y = top + height - (height - 2) * initBins[i] / initMax;
            g.lineTo(x + i * bw, y);
            g.lineTo(x + (i + 1) * bw, y);
        }
        g.lineTo(x + width, y0);
        g.stroke();
        HiDpiCanvas.setLineDash(g, 0, 0);
    }
}
