package descent.web.layers;

import descent.core.nn.Activation;
import descent.core.nn.LayerStats;
import descent.core.nn.MagnitudeHistogram;
import descent.core.nn.Network;
import descent.web.dom.Dom;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One row per hidden layer: the histogram of its activations f(z) and of its back-propagated gradients ∂L/∂a,
 * now (filled) and at initialization (outline). Each column has one axis for all layers, so that a layer whose
 * values shrink is seen shrinking: a linear range when the layers' spreads are alike, and log₁₀|value| when they
 * differ by more than {@link #LOG_WHEN} (then each layer's bump sits left of the one before, where a linear
 * range would show identical spikes at 0). On a narrow screen the two columns stack. The values at
 * initialization are copied once per network; the bins are reused, so drawing allocates nothing.
 */
final class HistogramView {
    /** Linear, log, or log when the spreads of the layers differ by more than {@link #LOG_WHEN}. */
    enum Axis { AUTO, LINEAR, LOG }

    static final int BINS = 30;
    static final double LOG_WHEN = 100;
    private static final double ROW = 46;
    private static final double HEAD = 22;
    private static final double FOOT = 18;
    private static final double GAP = 18;
    private static final double NARROW = 560;

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
    private final double[] decades = new double[2];

    private Axis axis = Axis.AUTO;
    private int depth;
    private int size;
    private Activation f;
    private double[][] initAct = new double[0][];
    private double[][] initGrad = new double[0][];
    private double[] initActStd = new double[0];
    private double[] initActMean = new double[0];
    private double[] initGradStd = new double[0];
    /** σ of every layer now (1 … depth) and at initialization (depth + 1 … 2·depth): the axes' extent. */
    private double[] actSpreads = new double[0];
    private double[] gradSpreads = new double[0];
    /** Where the middle 90 % of each layer's bars were drawn, as fractions of the cell's width. */
    private double[][] drawnAct = new double[0][];
    private double[][] drawnGrad = new double[0][];
    private int clampedAct;
    private int clampedGrad;
    private int leftOut;
    private boolean logAct;
    private boolean logGrad;
    private double actLo;
    private double actHi;
    private double gradLo;
    private double gradHi;
    private boolean stacked;

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

    void setAxis(Axis axis) {
        this.axis = axis;
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
        actSpreads = new double[2 * depth + 1];
        gradSpreads = new double[2 * depth + 1];
        drawnAct = new double[depth + 1][2];
        drawnGrad = new double[depth + 1][2];
        for (int l = 1; l <= depth; l++) {
            initAct[l] = new double[size];
            initGrad[l] = new double[size];
            System.arraycopy(network.nonlinearityOutputs(l), 0, initAct[l], 0, size);
            System.arraycopy(network.activationGradients(l), 0, initGrad[l], 0, size);
            initActStd[l] = stats.activationStd(l);
            initActMean[l] = stats.activationMean(l);
            initGradStd[l] = stats.gradientStd(l);
        }
        stacked = box.getClientWidth() > 0 && box.getClientWidth() < NARROW;
        sizeBox();
    }

    private void sizeBox() {
        double block = HEAD + depth * ROW + FOOT;
        Dom.setStyle(box, "height", (stacked ? 2 * block + GAP : block) + "px");
    }

    int clampedActivations() {
        return clampedAct;
    }

    int clampedGradients() {
        return clampedGrad;
    }

    boolean logActivations() {
        return logAct;
    }

    boolean logGradients() {
        return logGrad;
    }

    /** Values a log axis left out at the last draw: exact zeros and magnitudes below its first decade. */
    int leftOut() {
        return leftOut;
    }

    /** The first decade of the log axes in use (activations if log, else gradients). */
    double lowestDecade() {
        return logAct ? actLo : gradLo;
    }

    /** [from, to]: where layer l's middle 90 % of activations was drawn, in fractions of its cell (0 = left). */
    double[] drawnActivations(int l) {
        return drawnAct[l];
    }

    double[] drawnGradients(int l) {
        return drawnGrad[l];
    }

    /** Draws every layer from the network's last probe pass (training mode) and its statistics. */
    void draw(Network network, LayerStats stats) {
        canvas.fit();
        double w = canvas.width();
        boolean narrow = w < NARROW;
        if (narrow != stacked) {
            stacked = narrow;
            sizeBox();
            canvas.fit();
            w = canvas.width();
        }
        CanvasRenderingContext2D g = canvas.context();
        double h = canvas.height();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        ranges(stats);
        double label = stacked ? 28 : 60;
        double note = stacked ? 78 : 110;
        double cell = stacked ? Math.max(40, w - label - note) : Math.max(40, (w - 2 * label - 2 * note - GAP) / 2);
        double block = HEAD + depth * ROW + FOOT;
        double gradX = stacked ? label : 2 * label + cell + note + GAP;
        double gradTop = stacked ? block + GAP : 0;
        g.setFont((stacked ? "11px" : "12px") + " system-ui, sans-serif");
        g.setTextBaseline("middle");
        clampedAct = 0;
        clampedGrad = 0;
        leftOut = 0;
        title(g, label, 0, logAct ? "|f(z)|, log scale" : "f(z)");
        title(g, gradX, gradTop, logGrad ? "|∂L/∂a|, log scale" : "∂L/∂a");
        for (int l = 1; l <= depth; l++) {
            double top = HEAD + (l - 1) * ROW;
            double height = ROW - 8;
            layerLabel(g, l, 0, top + height / 2);
            int n = Math.min(size, network.count() * network.width(l));
            if (logAct) {
                leftOut += MagnitudeHistogram.count(network.nonlinearityOutputs(l), 0, n, actLo, actHi, bins);
                MagnitudeHistogram.count(initAct[l], 0, size, actLo, actHi, initBins);
            } else {
                clampedAct += LayerStats.histogram(network.nonlinearityOutputs(l), 0, n, actLo, actHi, bins);
                LayerStats.histogram(initAct[l], 0, size, actLo, actHi, initBins);
            }
            cellBars(g, label, top, cell, height, !logAct, drawnAct[l]);
            g.setFillStyle(muted);
            g.setTextAlign("left");
            g.fillText("σ " + Format.significant(stats.activationStd(l), 2), label + cell + 6, top + 9);
            if (f != Activation.LINEAR) {
                double sat = stats.saturatedFraction(l);
                g.setFillStyle(sat > 0.5 ? val : muted);
                g.fillText((f == Activation.RELU ? "zero " : "sat. ") + Format.percent(sat), label + cell + 6, top + 25);
            }
            double gTop = gradTop + top;
            if (stacked) {
                layerLabel(g, l, 0, gTop + height / 2);
            }
            if (logGrad) {
                leftOut += MagnitudeHistogram.count(network.activationGradients(l), 0, n, gradLo, gradHi, bins);
                MagnitudeHistogram.count(initGrad[l], 0, size, gradLo, gradHi, initBins);
            } else {
                clampedGrad += LayerStats.histogram(network.activationGradients(l), 0, n, gradLo, gradHi, bins);
                LayerStats.histogram(initGrad[l], 0, size, gradLo, gradHi, initBins);
            }
            cellBars(g, gradX, gTop, cell, height, !logGrad, drawnGrad[l]);
            g.setFillStyle(muted);
            g.setTextAlign("left");
            g.fillText("σ " + Format.significant(stats.gradientStd(l), 2), gradX + cell + 6, gTop + 9);
            g.fillText("init " + Format.significant(initGradStd[l], 2), gradX + cell + 6, gTop + 25);
        }
        axisLabels(g, label, HEAD + depth * ROW, cell, logAct, actLo, actHi);
        axisLabels(g, gradX, gradTop + HEAD + depth * ROW, cell, logGrad, gradLo, gradHi);
    }

    private void title(CanvasRenderingContext2D g, double x, double top, String text) {
        g.setFillStyle(ink);
        g.setTextAlign("left");
        g.fillText(text, x, top + 10);
    }

    private void layerLabel(CanvasRenderingContext2D g, int l, double x, double y) {
        g.setFillStyle(ink);
        g.setTextAlign("left");
        g.fillText(stacked ? "L" + l : "layer " + l, x + 2, y);
    }

    /** Tick labels under a column: its ends and middle, decades as 1e−k on a log axis. */
    private void axisLabels(CanvasRenderingContext2D g, double x, double y, double width, boolean log, double lo,
            double hi) {
        g.setFillStyle(muted);
        double ty = y + 4;
        g.setTextAlign("left");
        g.fillText(tick(log, lo), x, ty);
        g.setTextAlign("right");
        g.fillText(tick(log, hi), x + width, ty);
        g.setTextAlign("center");
        double mid = log ? Math.round((lo + hi) / 2) : (lo + hi) / 2;
        double at = x + width * (mid - lo) / (hi - lo);
        if (at - x > 40 && x + width - at > 40) {
            g.fillText(tick(log, mid), at, ty);
        }
        if (log) {
            g.setStrokeStyle(line);
            g.setLineWidth(1);
            g.beginPath();
            for (double d = Math.ceil(lo); d <= hi; d++) {
                double px = x + width * (d - lo) / (hi - lo);
                g.moveTo(px, y - 8);
                g.lineTo(px, y - 4);
            }
            g.stroke();
        }
    }

    private static String tick(boolean log, double v) {
        if (!log) {
            return Format.significant(v, 2);
        }
        int d = (int) Math.round(v);
        return d == 0 ? "1" : "1e" + d;
    }

    private void ranges(LayerStats stats) {
        for (int l = 1; l <= depth; l++) {
            actSpreads[l] = stats.activationStd(l);
            actSpreads[depth + l] = initActStd[l];
            gradSpreads[l] = stats.gradientStd(l);
            gradSpreads[depth + l] = initGradStd[l];
        }
        boolean logFits = f != Activation.SIGMOID; // sigmoid outputs sit near ½, not near 0: log|a| shows nothing
        logAct = logFits && (axis == Axis.LOG
                || axis == Axis.AUTO && MagnitudeHistogram.spreadRatio(actSpreads, 1, 2 * depth + 1) > LOG_WHEN);
        logGrad = axis == Axis.LOG
                || axis == Axis.AUTO && MagnitudeHistogram.spreadRatio(gradSpreads, 1, 2 * depth + 1) > LOG_WHEN;
        if (logAct) {
            MagnitudeHistogram.decades(actSpreads, 1, 2 * depth + 1, f == Activation.TANH ? 0 : 300, decades);
            actLo = decades[0];
            actHi = decades[1];
        } else if (f == Activation.TANH) {
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
        if (logGrad) {
            MagnitudeHistogram.decades(gradSpreads, 1, 2 * depth + 1, 300, decades);
            gradLo = decades[0];
            gradHi = decades[1];
        } else {
            double r = 0;
            for (int l = 1; l <= depth; l++) {
                r = Math.max(r, finite(stats.gradientStd(l)));
                r = Math.max(r, finite(initGradStd[l]));
            }
            gradHi = r > 0 ? 3 * r : 1e-6;
            gradLo = -gradHi;
        }
    }

    private static double finite(double v) {
        return v - v == 0 ? v : 0;
    }

    /**
     * Bars of {@link #bins} (filled) over {@link #initBins} (outline), each scaled to its own tallest bin; writes
     * where the middle 90 % of the filled bars lie into {@code drawn}.
     */
    private void cellBars(CanvasRenderingContext2D g, double x, double top, double width, double height,
            boolean centreLine, double[] drawn) {
        g.setStrokeStyle(line);
        g.setLineWidth(1);
        g.strokeRect(x, top, width, height);
        if (centreLine) {
            g.beginPath();
            g.moveTo(x + width / 2, top);
            g.lineTo(x + width / 2, top + height);
            g.stroke();
        }
        int max = 1;
        int initMax = 1;
        int total = 0;
        for (int i = 0; i < BINS; i++) {
            max = Math.max(max, bins[i]);
            initMax = Math.max(initMax, initBins[i]);
            total += bins[i];
        }
        double bw = width / BINS;
        g.setFillStyle(accent);
        int seen = 0;
        drawn[0] = -1;
        drawn[1] = -1;
        for (int i = 0; i < BINS; i++) {
            if (bins[i] > 0) {
                double bh = Math.max(1, (height - 2) * bins[i] / max);
                g.fillRect(x + i * bw + 0.5, top + height - bh, bw - 1, bh);
            }
            seen += bins[i];
            if (drawn[0] < 0 && seen > 0.05 * total) {
                drawn[0] = (double) i / BINS;
            }
            if (drawn[1] < 0 && seen >= 0.95 * total && total > 0) {
                drawn[1] = (double) (i + 1) / BINS;
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
