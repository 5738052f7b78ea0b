package descent.web.view;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * A line chart's frame: the step axis and the value axis with their round ticks, the margins that fit the tick
 * labels and axis titles, and the mapping from (step, value) to canvas pixels. {@link #layout} fixes it for one
 * draw; {@link #draw} paints grid lines, tick labels, titles and the axis lines.
 */
final class ChartAxes {
    private static final double TITLE_BAND = 18;
    static final double TOP = 10;
    private static final double TICK_GAP = 6;
    private static final double LABEL_HEIGHT = 14;
    /** Points further than this many plot heights outside are clamped: the canvas dislikes huge coordinates. */
    private static final double FAR = 3;

    private double plotLeft = 52;
    private double plotWidth = 1;
    private double plotHeight = 1;
    private double xAxisMax = 10;
    private Axis xAxis = Axis.linear(0, 10, true);
    private Axis yAxis = Axis.linear(0, 1);
    private String[] yLabels = new String[0];

    /**
     * Axes for steps 0…xMax and values yMin…yMax (from 0 when linear) on a w × h canvas, with margins that fit
     * the tick labels in {@code g}'s font and the titles that are not empty.
     */
    void layout(CanvasRenderingContext2D g, double w, double h, double xMax, double yMin, double yMax,
                boolean logScale, String xTitle, String yTitle) {
        yAxis = logScale ? Axis.logarithmic(yMin, yMax) : Axis.linear(Math.min(0, yMin), yMax);
        xAxis = Axis.linear(0, xMax, true);
        xAxisMax = xAxis.ticks[xAxis.tickCount - 1];

        yLabels = new String[yAxis.tickCount];
        double labelWidth = 0;
        for (int i = 0; i < yAxis.tickCount; i++) {
            yLabels[i] = Format.tick(yAxis.ticks[i]);
            labelWidth = Math.max(labelWidth, g.measureText(yLabels[i]).getWidth());
        }
        double left = (yTitle.isEmpty() ? 2 : TITLE_BAND) + labelWidth + TICK_GAP + 2;
        double right = Math.max(12, g.measureText(Format.count((int) xAxisMax)).getWidth() / 2 + 4);
        double bottom = TICK_GAP + LABEL_HEIGHT + (xTitle.isEmpty() ? 0 : LABEL_HEIGHT + 2) + 4;
        plotLeft = left;
        plotWidth = Math.max(10, w - left - right);
        plotHeight = Math.max(10, h - TOP - bottom);
    }

    void draw(CanvasRenderingContext2D g, String xTitle, String yTitle, String ink, String muted, String line) {
        g.setLineWidth(1);
        HiDpiCanvas.setLineDash(g, 0, 0);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < yAxis.tickCount; i++) {
            double py = TOP + plotHeight * (1 - yAxis.position(yAxis.ticks[i]));
            g.setStrokeStyle(line);
            g.beginPath();
            g.moveTo(plotLeft, py);
            g.lineTo(plotLeft + plotWidth, py);
            g.stroke();
            g.setFillStyle(muted);
            g.fillText(yLabels[i], plotLeft - TICK_GAP, py);
        }
        g.setTextAlign("center");
        g.setTextBaseline("top");
        double freeFrom = -1e9; // labels that would touch the previous one are left out
        for (int i = 0; i < xAxis.tickCount; i++) {
            double px = plotLeft + plotWidth * xAxis.position(xAxis.ticks[i]);
            String label = Format.count((int) xAxis.ticks[i]);
            double half = g.measureText(label).getWidth() / 2;
            if (px - half < freeFrom) {
                continue;
            }
            g.setFillStyle(muted);
            g.fillText(label, px, TOP + plotHeight + TICK_GAP);
            freeFrom = px + half + 8;
        }
        g.setFillStyle(ink);
        if (!xTitle.isEmpty()) {
            g.fillText(xTitle, plotLeft + plotWidth / 2, TOP + plotHeight + TICK_GAP + LABEL_HEIGHT + 2);
        }
        if (!yTitle.isEmpty()) {
            g.save();
            g.translate(TITLE_BAND / 2 + 1, TOP + plotHeight / 2);
            g.rotate(-Math.PI / 2);
            g.setTextBaseline("middle");
            g.fillText(yTitle, 0, 0);
            g.restore();
        }
        g.setStrokeStyle(ink);
        g.beginPath();
        g.moveTo(plotLeft, TOP);
        g.lineTo(plotLeft, TOP + plotHeight);
        g.lineTo(plotLeft + plotWidth, TOP + plotHeight);
        g.stroke();
    }

    /** The value axis's tick labels joined by "|", for the canvas's data attribute. */
    String tickText() {
        StringBuilder ticks = new StringBuilder();
        for (int i = 0; i < yAxis.tickCount; i++) {
            ticks.append(i > 0 ? "|" : "").append(Format.tick(yAxis.ticks[i]));
        }
        return ticks.toString();
    }

    double x(double step) {
        return plotLeft + plotWidth * xAxis.position(step);
    }

    double y(double v) {
        double py = TOP + plotHeight * (1 - yAxis.position(v));
        return Math.max(TOP - FAR * plotHeight, Math.min(TOP + (FAR + 1) * plotHeight, py));
    }

    /** The step under css x within the canvas, clamped to the axis. */
    double stepAt(double cssX) {
        double t = (cssX - plotLeft) / plotWidth;
        return Math.max(0, Math.min(1, t)) * xAxisMax;
    }

    /** The largest step the x axis shows (its last round tick). */
    double stepMax() {
        return xAxisMax;
    }

    double lower() {
        return yAxis.lower();
    }

    double upper() {
        return yAxis.upper();
    }

    double plotLeft() {
        return plotLeft;
    }

    double plotWidth() {
        return plotWidth;
    }

    double plotHeight() {
        return plotHeight;
    }
}
