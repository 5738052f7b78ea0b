package descent.web.landscape;

import descent.core.landscape.LossAxis;
import descent.core.landscape.Path;
import descent.core.landscape.PathRace;
import descent.web.dom.Dom;
import descent.web.lanes.LaneStyle;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The race's loss over the steps, on the axis {@link LossAxis} fits: log J − J* where the surface has a floor,
 * J itself over the map's range where it has none. A curve that leaves the range (its path left the map)
 * ends at the chart's edge with a triangle there, instead of stretching the axis.
 *
 * <p>The canvas writes what it drew: {@code data-scale} (log or linear), {@code data-y-min} and
 * {@code data-y-max} (the drawn range, in the axis's values), {@code data-plot} (left, top, width, height in
 * CSS px), {@code data-curves} and {@code data-exits}.
 */
final class LossChart {
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 26;
    private static final double BOTTOM = 38;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final HiDpiCanvas canvas;
    private final LossAxis axis = new LossAxis();
    private final String ink;
    private final String muted;
    private final String line;
    private final String panel;
    private PathRace race;
    private int steps = 1;

    LossChart(String canvasId) {
        canvas = new HiDpiCanvas(canvasId);
        ink = Dom.cssVariable("--ink");
        muted = Dom.cssVariable("--muted");
        line = Dom.cssVariable("--line");
        panel = Dom.cssVariable("--panel");
    }

    /** A new race: fits the axis to it (J's range on the map is [mapLow, mapHigh]) over 0 … steps. */
    void show(PathRace r, double mapLow, double mapHigh, int stepCount) {
        race = r;
        steps = Math.max(1, stepCount);
        axis.fit(r, mapLow, mapHigh);
        Dom.setText("race-title", axis.isLog() ? "Loss J(θ) − J* over the steps" : "Loss J(θ) over the steps");
        Dom.setText("race-scale", axis.isLog()
                ? "Log scale: each grid line is a power of ten closer to the minimum J*."
                : "J has no minimum on this surface, so the chart shows J itself over the range it takes on the map.");
    }

    /** Draws each curve up to point {@code shown}. */
    void draw(int shown) {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        double pw = Math.max(1, w - LEFT - RIGHT);
        double ph = Math.max(1, h - TOP - BOTTOM);
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        g.setFont("12px system-ui, sans-serif");
        g.setLineWidth(1);
        HiDpiCanvas.setLineDash(g, 0, 0);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i < axis.tickCount(); i++) {
            double y = TOP + ph * (1 - axis.position(axis.tick(i)));
            g.setStrokeStyle(line);
            g.beginPath();
            g.moveTo(LEFT, y);
            g.lineTo(LEFT + pw, y);
            g.stroke();
            g.setFillStyle(muted);
            g.fillText(tickLabel(i), LEFT - 6, y);
        }
        g.setTextAlign("center");
        g.setTextBaseline("top");
        int every = LossAxis.stepTick(steps);
        for (int t = 0; t <= steps; t += every) {
            double x = LEFT + pw * t / steps;
            g.setStrokeStyle(ink);
            g.beginPath();
            g.moveTo(x, TOP + ph);
            g.lineTo(x, TOP + ph + 4);
            g.stroke();
            g.setFillStyle(muted);
            g.fillText(Integer.toString(t), Math.min(x, w - 14), TOP + ph + 6);
        }
        g.setTextAlign("right");
        g.setTextBaseline("bottom");
        g.fillText("step →", LEFT + pw, h - 2);
        g.setTextAlign("left");
        g.fillText(axis.isLog() ? "J − J*" : "J", 4, TOP - 10);
        g.setStrokeStyle(ink);
        g.beginPath();
        g.moveTo(LEFT, TOP);
        g.lineTo(LEFT, TOP + ph);
        g.lineTo(LEFT + pw, TOP + ph);
        g.stroke();
        int exits = race == null ? 0 : drawCurves(g, shown, pw, ph);
        HTMLElement e = canvas.element();
        e.setAttribute("data-scale", axis.isLog() ? "log" : "linear");
        e.setAttribute("data-y-min", Format.significant(axis.min(), 6));
        e.setAttribute("data-y-max", Format.significant(axis.max(), 6));
        e.setAttribute("data-curves", Integer.toString(race == null ? 0 : race.count()));
        e.setAttribute("data-exits", Integer.toString(exits));
        e.setAttribute("data-plot", Format.fixed(LEFT, 1) + "," + Format.fixed(TOP, 1) + "," + Format.fixed(pw, 1)
                + "," + Format.fixed(ph, 1));
    }

    private int drawCurves(CanvasRenderingContext2D g, int shown, double pw, double ph) {
        double infimum = race.surface().infimum();
        int exits = 0;
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP - 1, pw, ph + 2);
        g.clip();
        for (int r = 0; r < race.count(); r++) {
            Path p = race.path(r);
            int last = Math.min(shown, p.size() - 1);
            g.setStrokeStyle(LaneStyle.colour(r));
            g.setLineWidth(2);
            HiDpiCanvas.setLineDashPattern(g, LaneStyle.dash(r));
            g.beginPath();
            int exit = -1;
            for (int i = 0; i <= last; i++) {
                double u = axis.position(axis.plotted(p.loss(i), infimum));
                double x = LEFT + pw * i / steps;
                double y = TOP + ph * (1 - clamp(u));
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
                if (!(u >= -1e-9 && u <= 1 + 1e-9)) {
                    exit = i;
                    break; // the rest is off the chart (and its path off the map)
                }
            }
            g.stroke();
            HiDpiCanvas.setLineDash(g, 0, 0);
            if (exit >= 0) {
                exits++;
                double u = axis.position(axis.plotted(p.loss(exit), infimum));
                double x = LEFT + pw * exit / steps;
                boolean below = !(u > 1);
                double edge = below ? TOP + ph : TOP;
                double dir = below ? -1 : 1; // the base lies inside the chart
                g.setFillStyle(LaneStyle.colour(r));
                g.beginPath();
                g.moveTo(x, edge);
                g.lineTo(x - 6, edge + dir * 10);
                g.lineTo(x + 6, edge + dir * 10);
                g.closePath();
                g.fill();
            }
        }
        g.restore();
        return exits;
    }

    /** A round tick value as written by hand: "2", "-0.5", "0.25" (no "2.00", no 0.30000000000000004). */
    private static double clamp(double u) {
        return u != u ? 0 : Math.max(-2, Math.min(3, u));
    }

    private String tickLabel(int i) {
        if (!axis.isLog()) {
            double step = axis.tickCount() > 1 ? axis.tick(1) - axis.tick(0) : 1;
            return Format.tickAtStep(axis.tick(i), step);
        }
        int e = axis.tickExponent(i);
        if (e == 0) {
            return "1";
        }
        if (e == 1) {
            return "10";
        }
        StringBuilder s = new StringBuilder("10");
        if (e < 0) {
            s.append('⁻');
        }
        String digits = Integer.toString(Math.abs(e));
        for (int k = 0; k < digits.length(); k++) {
            s.append(SUPERSCRIPTS.charAt(digits.charAt(k) - '0'));
        }
        return s.toString();
    }
}
