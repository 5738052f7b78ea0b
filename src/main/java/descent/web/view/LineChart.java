package descent.web.view;

import descent.core.experiment.PlotRange;
import descent.core.experiment.Series;
import descent.web.dom.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Curves of a metric against the step, with round ticks, axis titles and margins that fit their labels.
 * Each curve has its own colour and dash so that curves are told apart without colour too. Non-finite
 * values are skipped, never drawn. The y range comes from {@link PlotRange}: a curve whose lane diverged
 * runs off the top and is marked there instead of stretching the axis.
 *
 * <p>After each draw the canvas carries what it drew in data attributes (y range, tick labels, tagged
 * curves as tag:points:last x:last y:mean y:top y:bottom y, divergence marks), so browser tests can check
 * the picture's properties.
 */
public final class LineChart {
    private static final int MAX_CURVES = 24;
    static final String FONT = "12px system-ui, sans-serif";
    private static final double TOP = ChartAxes.TOP;

    private final HiDpiCanvas canvas;
    private final ChartCurve[] curves = new ChartCurve[MAX_CURVES];
    private final PlotRange range = new PlotRange(MAX_CURVES);
    private final ChartMarks marks = new ChartMarks();
    private final ChartAxes axes = new ChartAxes();
    private int curveCount;
    private boolean logScale;
    private String xTitle = "";
    /** Whether the x axis ends where the shortest curve ends (an axis of examples seen), not the longest. */
    private boolean commonRange;
    private String yTitle = "";
    private double crosshairStep = Double.NaN;
    final String ink;
    final String muted;
    final String line;
    final String panel;

    public LineChart(String canvasId) {
        this(new HiDpiCanvas(canvasId));
    }

    /** A chart on a canvas made at run time (a lane card's), not found by id. */
    public LineChart(org.teavm.jso.dom.html.HTMLCanvasElement canvasElement) {
        this(new HiDpiCanvas(canvasElement));
    }

    private LineChart(HiDpiCanvas canvas) {
        this.canvas = canvas;
        ink = Dom.cssVariable("--ink");
        muted = Dom.cssVariable("--muted");
        line = Dom.cssVariable("--line");
        panel = Dom.cssVariable("--panel");
        for (int i = 0; i < MAX_CURVES; i++) {
            curves[i] = new ChartCurve();
        }
    }

    public void setLogScale(boolean on) {
        logScale = on;
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** The x axis ends where the shortest curve ends, so curves of different x per step are compared where all are. */
    public void setCommonRange(boolean on) {
        commonRange = on;
    }

    /** Titles along the axes ("step", "‖g‖"); empty leaves the room out. */
    public void setAxisTitles(String x, String y) {
        xTitle = x;
        yTitle = y;
    }

    /** A vertical line at this step with a dot on every strong curve; NaN hides it. */
    public void setCrosshair(double step) {
        crosshairStep = step;
    }

    public double crosshair() {
        return crosshairStep;
    }

    public void clear() {
        curveCount = 0;
    }

    /** Adds a metric's history as a curve; dash ≤ 0 draws it solid. */
    public ChartCurve add(Series series, String colour, double dash) {
        return add(series, colour, dash > 0 ? dash + " " + (dash * 0.8) : "");
    }

    /** Adds a curve with a dash pattern such as "8 4" ("" = solid), so curves differ by more than colour. */
    public ChartCurve add(Series series, String colour, String dashPattern) {
        ChartCurve c = curves[curveCount < MAX_CURVES ? curveCount++ : MAX_CURVES - 1];
        c.reset(series, colour, dashPattern);
        return c;
    }

    public void draw() {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);

        double xMax = 10;
        double common = Double.POSITIVE_INFINITY;
        range.clear();
        for (int k = 0; k < curveCount; k++) {
            ChartCurve c = curves[k];
            range.add(c.series, c.divergedAt >= 0);
            for (int i = c.series.size() - 1; i >= 0; i--) {
                if (plottable(c.series.value(i))) {
                    xMax = Math.max(xMax, c.xOf(c.series, i));
                    break;
                }
            }
            common = Math.min(common, c.series.size() == 0 ? common : c.series.step(c.series.size() - 1) * c.xPerStep);
        }
        if (commonRange && common >= 10 && common < xMax) {
            xMax = common; // the x range every curve has reached, where they can be compared
        }
        range.compute(logScale);
        double yMin = range.min();
        double yMax = range.max();
        if (range.isEmpty()) { // nothing to plot yet
            yMin = logScale ? 0.01 : 0;
            yMax = 1;
        }
        g.setFont(FONT);
        axes.layout(g, w, h, xMax, yMin, yMax, logScale, xTitle, yTitle);
        axes.draw(g, xTitle, yTitle, ink, muted, line);
        g.save();
        g.beginPath();
        g.rect(axes.plotLeft(), TOP, axes.plotWidth(), axes.plotHeight());
        g.clip();
        g.setLineJoin("round");
        for (int k = 0; k < curveCount; k++) { // the faint layer first, so strong curves stay on top
            ChartCurve c = curves[k];
            if (c.smoothed != null) {
                stroke(g, c, c.series, 0.3, 1, c.dash, false);
            } else if (c.faint) {
                stroke(g, c, c.series, 0.45, 1.5, c.dash, true);
            }
        }
        for (int k = 0; k < curveCount; k++) {
            ChartCurve c = curves[k];
            if (c.smoothed != null) {
                stroke(g, c, c.smoothed, c.faint ? 0.5 : 1, c.faint ? 1.5 : 2, c.dash, true);
            } else if (!c.faint) {
                stroke(g, c, c.series, 1, 2, c.dash, true);
            }
        }
        g.restore();
        HiDpiCanvas.setLineDash(g, 0, 0);
        g.setGlobalAlpha(1);
        marks.draw(this, g, curves, curveCount);
        describe();
    }

    private void stroke(CanvasRenderingContext2D g, ChartCurve c, Series s, double alpha, double width, String dash,
                        boolean record) {
        g.setGlobalAlpha(alpha);
        g.setStrokeStyle(c.colour);
        g.setLineWidth(width);
        HiDpiCanvas.setLineDashPattern(g, dash);
        g.beginPath();
        boolean penDown = false;
        double prevY = Double.NaN;
        double prevX = Double.NaN;
        if (record) {
            c.drawnPoints = 0;
            c.sumY = 0;
            c.minY = Double.POSITIVE_INFINITY;
            c.maxY = Double.NEGATIVE_INFINITY;
            c.exitX = Double.NaN;
        }
        for (int i = 0, n = s.size(); i < n; i++) {
            double v = s.value(i);
            if (!plottable(v)) {
                penDown = false;
                continue;
            }
            double px = x(c.xOf(s, i));
            double py = y(v);
            if (commonRange && c.xOf(s, i) > axes.stepMax()) { // past the shared range: run on to the edge, then stop
                if (penDown) {
                    g.lineTo(px, py);
                }
                break;
            }
            if (penDown) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                penDown = true;
            }
            if (record) {
                if (c.exitX != c.exitX && py < TOP) { // first time above the top edge: where the mark goes
                    c.exitX = prevY >= TOP ? prevX + (px - prevX) * (prevY - TOP) / (prevY - py) : px;
                    c.exitStep = s.step(i);
                }
                c.drawnPoints++;
                c.sumY += py;
                c.minY = Math.min(c.minY, py);
                c.maxY = Math.max(c.maxY, py);
                c.lastX = px;
                c.lastY = py;
            }
            prevX = px;
            prevY = py;
        }
        g.stroke();
        g.setGlobalAlpha(1);
    }

    /** Writes what was drawn onto the canvas element, for tests and for anyone inspecting the page. */
    private void describe() {
        StringBuilder drawn = new StringBuilder();
        for (int k = 0; k < curveCount; k++) {
            ChartCurve c = curves[k];
            if (c.tag.isEmpty()) {
                continue;
            }
            drawn.append(drawn.length() > 0 ? ";" : "").append(c.tag).append(':').append(c.drawnPoints)
                    .append(':').append(Format.fixed(c.lastX, 1)).append(':').append(Format.fixed(c.lastY, 1))
                    .append(':').append(c.drawnPoints > 0 ? Format.fixed(c.sumY / c.drawnPoints, 1) : "–")
                    .append(':').append(Format.fixed(c.minY, 1)).append(':').append(Format.fixed(c.maxY, 1));
        }
        org.teavm.jso.dom.html.HTMLCanvasElement e = canvas.element();
        e.setAttribute("data-y-min", Format.significant(axes.lower(), 6));
        e.setAttribute("data-y-max", Format.significant(axes.upper(), 6));
        e.setAttribute("data-x-max", Format.significant(axes.stepMax(), 6));
        e.setAttribute("data-x-title", xTitle);
        e.setAttribute("data-healthy-max", Format.significant(range.healthyMax(), 6));
        e.setAttribute("data-log", logScale ? "1" : "0");
        e.setAttribute("data-ticks", axes.tickText());
        e.setAttribute("data-curves", drawn.toString());
        e.setAttribute("data-plot", Format.fixed(axes.plotLeft(), 1) + " " + Format.fixed(TOP, 1) + " "
                + Format.fixed(axes.plotWidth(), 1) + " " + Format.fixed(axes.plotHeight(), 1));
        e.setAttribute("data-diverged", marks.description());
        e.setAttribute("data-crosshair", crosshairStep == crosshairStep ? Format.fixed(crosshairStep, 0) : "");
    }

    // ---- geometry, for the marks ----

    double x(double step) {
        return axes.x(step);
    }

    double y(double v) {
        return axes.y(v);
    }

    double plotLeft() {
        return axes.plotLeft();
    }

    double plotTop() {
        return TOP;
    }

    double plotWidth() {
        return axes.plotWidth();
    }

    double plotHeight() {
        return axes.plotHeight();
    }

    boolean plottable(double v) {
        return v - v == 0 && (!logScale || v > 0);
    }

    /** The step under a pointer at css x within the canvas, clamped to the axis; for the readout. */
    public double stepAt(double cssX) {
        return axes.stepAt(cssX);
    }

    /** The largest step the x axis shows. */
    public double stepMax() {
        return axes.stepMax();
    }

    /** Curve k's value at the last recorded step ≤ {@code step} (NaN before its first point). */
    public double valueAt(int k, double step) {
        return k < curveCount ? SeriesLookup.valueAt(curves[k].series, step) : Double.NaN;
    }

    public HiDpiCanvas canvas() {
        return canvas;
    }
}
