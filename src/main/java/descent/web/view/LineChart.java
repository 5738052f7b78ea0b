package descent.web.view;

import descent.core.experiment.Series;
import descent.web.dom.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Curves of a metric against the step, with labelled axes. Each curve has its own colour and dash so that
 * curves are told apart without colour too. Non-finite values are skipped, never drawn.
 */
public final class LineChart {
    private static final int MAX_CURVES = 16;
    private static final double LEFT = 52;
    private static final double RIGHT = 28;
    private static final double TOP = 10;
    private static final double BOTTOM = 28;

    private final HiDpiCanvas canvas;
    private final Curve[] curves = new Curve[MAX_CURVES];
    private int curveCount;
    private boolean logScale;
    private final String ink;
    private final String muted;
    private final String line;
    private final String panel;

    private double plotLeft = LEFT;
    private double plotWidth = 1;
    private double xAxisMax = 10;

    public LineChart(String canvasId) {
        canvas = new HiDpiCanvas(canvasId);
        ink = Dom.cssVariable("--ink");
        muted = Dom.cssVariable("--muted");
        line = Dom.cssVariable("--line");
        panel = Dom.cssVariable("--panel");
        for (int i = 0; i < MAX_CURVES; i++) {
            curves[i] = new Curve();
        }
    }

    public void setLogScale(boolean on) {
        logScale = on;
    }

    public void clear() {
        curveCount = 0;
    }

    /** Adds a metric's history as a curve; dash ≤ 0 draws it solid. */
    public void add(Series series, String colour, double dash) {
        add(series, colour, dash > 0 ? dash + " " + (dash * 0.8) : "");
    }

    /** Adds a curve with a dash pattern such as "8 4" ("" = solid), so curves differ by more than colour. */
    public void add(Series series, String colour, String dashPattern) {
        if (curveCount == MAX_CURVES) {
            return;
        }
        Curve c = curves[curveCount++];
        c.series = series;
        c.colour = colour;
        c.dash = dashPattern;
    }

    public void draw() {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);

        double xMax = 10;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < curveCount; k++) {
            Curve c = curves[k];
            for (int i = 0, n = c.series.size(); i < n; i++) {
                double y = c.series.value(i);
                if (!plottable(y)) {
                    continue;
                }
                xMax = Math.max(xMax, c.series.step(i));
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        if (yMin > yMax) { // nothing to plot yet
            yMin = logScale ? 0.01 : 0;
            yMax = 1;
        }
        Axis y = logScale ? Axis.logarithmic(yMin, yMax) : Axis.linear(Math.min(0, yMin), yMax);
        Axis x = Axis.linear(0, xMax, true);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        plotLeft = LEFT;
        plotWidth = plotW;
        xAxisMax = x.ticks[x.tickCount - 1];

        g.setFont("12px system-ui, sans-serif");
        g.setLineWidth(1);
        HiDpiCanvas.setLineDash(g, 0, 0);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < y.tickCount; i++) {
            double py = TOP + plotH * (1 - y.position(y.ticks[i]));
            g.setStrokeStyle(line);
            g.beginPath();
            g.moveTo(LEFT, py);
            g.lineTo(LEFT + plotW, py);
            g.stroke();
            g.setFillStyle(muted);
            g.fillText(Format.significant(y.ticks[i], 2), LEFT - 6, py);
        }
        g.setTextAlign("center");
        g.setTextBaseline("top");
        for (int i = 0; i < x.tickCount; i++) {
            double px = LEFT + plotW * x.position(x.ticks[i]);
            g.setFillStyle(muted);
            g.fillText(Format.significant(x.ticks[i], 3), px, TOP + plotH + 6);
        }
        g.setStrokeStyle(ink);
        g.beginPath();
        g.moveTo(LEFT, TOP);
        g.lineTo(LEFT, TOP + plotH);
        g.lineTo(LEFT + plotW, TOP + plotH);
        g.stroke();

        g.setLineWidth(2);
        for (int k = 0; k < curveCount; k++) {
            Curve c = curves[k];
            g.setStrokeStyle(c.colour);
            HiDpiCanvas.setLineDashPattern(g, c.dash);
            g.beginPath();
            boolean penDown = false;
            for (int i = 0, n = c.series.size(); i < n; i++) {
                double v = c.series.value(i);
                if (!plottable(v)) {
                    penDown = false;
                    continue;
                }
                double px = LEFT + plotW * x.position(c.series.step(i));
                double py = TOP + plotH * (1 - y.position(v));
                if (penDown) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    penDown = true;
                }
            }
            g.stroke();
        }
        HiDpiCanvas.setLineDash(g, 0, 0);
    }

    /** The step under a pointer at css x within the canvas, clamped to the axis; for the readout. */
    public double stepAt(double cssX) {
        double t = (cssX - plotLeft) / plotWidth;
        return Math.max(0, Math.min(1, t)) * xAxisMax;
    }

    /** Curve k's value at the last recorded step ≤ {@code step} (NaN before its first point). */
    public double valueAt(int k, double step) {
        if (k >= curveCount) {
            return Double.NaN;
        }
        Series s = curves[k].series;
        int lo = 0;
        int hi = s.size() - 1;
        if (hi < 0 || s.step(0) > step) {
            return Double.NaN;
        }
        while (lo < hi) { // the last index whose step is ≤ the pointer's
            int mid = (lo + hi + 1) >>> 1;
            if (s.step(mid) <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.value(lo);
    }

    public HiDpiCanvas canvas() {
        return canvas;
    }

    private boolean plottable(double v) {
        return v - v == 0 && (!logScale || v > 0);
    }

    private static final class Curve {
        Series series;
        String colour;
        String dash;
    }
}
