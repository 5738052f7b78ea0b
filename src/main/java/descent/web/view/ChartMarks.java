package descent.web.view;

import descent.core.experiment.Series;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * What a {@link LineChart} draws over its curves: a ring at each marked minimum, diamonds along averaged
 * curves, "diverged at step k ↑" at the top edge where a diverged lane's curve leaves the chart, and the
 * crosshair with a dot on each strong curve.
 */
final class ChartMarks {
    private static final double DIAMOND_SPACING = 44;
    private static final double ROW = 17;
    private final StringBuilder diverged = new StringBuilder();

    void draw(LineChart chart, CanvasRenderingContext2D g, ChartCurve[] curves, int count) {
        g.setLineWidth(2);
        for (int k = 0; k < count; k++) {
            ChartCurve c = curves[k];
            if (c.diamonds) {
                diamonds(chart, g, c);
            }
        }
        for (int k = 0; k < count; k++) {
            ChartCurve c = curves[k];
            Series s = c.series;
            if (c.minimumIndex >= 0 && c.minimumIndex < s.size() && chart.plottable(s.value(c.minimumIndex))) {
                double px = chart.x(c.xOf(s, c.minimumIndex));
                double py = chart.y(s.value(c.minimumIndex));
                if (inside(chart, py)) {
                    g.setFillStyle(chart.panel);
                    g.setStrokeStyle(c.colour);
                    g.beginPath();
                    g.arc(px, py, 5, 0, 2 * Math.PI);
                    g.fill();
                    g.stroke();
                }
            }
        }
        divergence(chart, g, curves, count);
        crosshair(chart, g, curves, count);
    }

    /** The divergence marks of the last draw: "tag x y" per mark, ";"-separated. */
    String description() {
        return diverged.toString();
    }

    private static boolean inside(LineChart chart, double py) {
        return py >= chart.plotTop() - 0.5 && py <= chart.plotTop() + chart.plotHeight() + 0.5;
    }

    private static void diamonds(LineChart chart, CanvasRenderingContext2D g, ChartCurve c) {
        Series s = c.smoothed != null ? c.smoothed : c.series;
        double next = -1e9;
        g.setStrokeStyle(c.colour);
        g.setFillStyle(chart.panel);
        for (int i = 0, n = s.size(); i < n; i++) {
            double v = s.value(i);
            if (!chart.plottable(v)) {
                continue;
            }
            double px = chart.x(c.xOf(s, i));
            double py = chart.y(v);
            if (px < next || !inside(chart, py)) {
                continue;
            }
            next = px + DIAMOND_SPACING;
            g.beginPath();
            g.moveTo(px, py - 5);
            g.lineTo(px + 5, py);
            g.lineTo(px, py + 5);
            g.lineTo(px - 5, py);
            g.closePath();
            g.fill();
            g.stroke();
        }
    }

    private void divergence(LineChart chart, CanvasRenderingContext2D g, ChartCurve[] curves, int count) {
        diverged.setLength(0);
        int row = 0;
        double top = chart.plotTop();
        double right = chart.plotLeft() + chart.plotWidth();
        g.setFont("bold " + LineChart.FONT);
        g.setTextBaseline("middle");
        for (int k = 0; k < count; k++) {
            ChartCurve c = curves[k];
            if (c.divergedAt < 0 || c.faint || c.diamonds) { // the lane's own curve carries its mark
                continue;
            }
            // where the curve left the top; if it never did (its last values were not finite), where it ends
            double px = c.exitX == c.exitX ? c.exitX : c.drawnPoints > 0 ? c.lastX : chart.x(c.divergedAt * c.xPerStep);
            px = Math.max(chart.plotLeft() + 6, Math.min(right - 6, px));
            double py = top + 1 + row * ROW;
            String text = "diverged at step " + Format.count(c.divergedAt) + " ↑";
            if (c.exitX == c.exitX && c.exitStep < c.divergedAt) {
                String longer = "above the chart from step " + Format.count(c.exitStep) + " · " + text;
                if (g.measureText(longer).getWidth() + 12 <= Math.max(right - px, px - chart.plotLeft())) {
                    text = longer; // said only where it fits: on a phone the short form must do
                }
            }
            double width = g.measureText(text).getWidth();
            double tx = px + 10 + width <= right ? px + 10
                    : px - 10 - width >= chart.plotLeft() ? px - 10 - width
                    : Math.max(chart.plotLeft() + 2, right - width);
            g.setFillStyle(chart.panel);
            g.setGlobalAlpha(0.85);
            g.fillRect(tx - 3, py - 1, width + 6, ROW - 3);
            g.setGlobalAlpha(1);
            g.setFillStyle(c.colour);
            g.setTextAlign("left");
            g.fillText(text, tx, py + 7);
            // the arrowhead last, so that a label squeezed against it never hides it
            g.beginPath();
            g.moveTo(px, py);
            g.lineTo(px + 6, py + 10);
            g.lineTo(px - 6, py + 10);
            g.closePath();
            g.fill();
            diverged.append(diverged.length() > 0 ? ";" : "").append(c.tag).append(' ')
                    .append(Format.fixed(px, 1)).append(' ').append(Format.fixed(py + 6, 1));
            row++;
        }
        g.setFont(LineChart.FONT);
    }

    private static void crosshair(LineChart chart, CanvasRenderingContext2D g, ChartCurve[] curves, int count) {
        double step = chart.crosshair();
        if (step != step) {
            return;
        }
        double px = chart.x(step);
        g.setStrokeStyle(chart.ink);
        g.setLineWidth(1);
        HiDpiCanvas.setLineDash(g, 4, 3);
        g.beginPath();
        g.moveTo(px, chart.plotTop());
        g.lineTo(px, chart.plotTop() + chart.plotHeight());
        g.stroke();
        HiDpiCanvas.setLineDash(g, 0, 0);
        for (int k = 0; k < count; k++) {
            ChartCurve c = curves[k];
            if (c.faint) {
                continue;
            }
            Series s = c.smoothed != null ? c.smoothed : c.series;
            int i = SeriesLookup.indexAt(s, step / c.xPerStep);
            if (i < 0 || !chart.plottable(s.value(i))) {
                continue;
            }
            double py = chart.y(s.value(i));
            if (!inside(chart, py)) {
                continue;
            }
            g.setFillStyle(c.colour);
            g.beginPath();
            g.arc(chart.x(c.xOf(s, i)), py, 3.5, 0, 2 * Math.PI);
            g.fill();
        }
    }
}
