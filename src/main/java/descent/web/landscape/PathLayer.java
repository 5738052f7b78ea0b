package descent.web.landscape;

import descent.core.landscape.Path;
import descent.core.landscape.Surface;
import descent.core.landscape.ViewBox;
import descent.web.lanes.LaneStyle;
import descent.web.view.ContourView;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The optimizers' paths on a {@link ContourView}: each in its racer's colour and dash, a short bar across the path
 * every {@link #TICK_EVERY} steps (dense bars where the optimizer lingers, so a still picture shows its speed),
 * clipped steps ringed, the averaged path faint and wide, and a marker where a path leaves the map.
 */
final class PathLayer {
    static final int TICK_EVERY = 10;
    

    private PathLayer() {
    }

    /** Draws racer r's path up to point {@code shown}; returns how many step ticks it drew. */
    static int drawPath(CanvasRenderingContext2D g, ContourView map, Path path, int shown, int r) {
        int last = Math.min(shown, path.size() - 1);
        if (last < 0) {
            return 0;
        }
        String colour = LaneStyle.colour(r);
        if (path.isAveraging() && last > 0) {
            g.setGlobalAlpha(0.4);
            g.setLineWidth(5);
            HiDpiCanvas.setLineDash(g, 0, 0);
            g.setStrokeStyle(colour);
            g.beginPath();
            g.moveTo(map.px(path.averageX(0)), map.py(path.averageY(0)));
            for (int i = 1; i <= last; i++) {
                g.lineTo(map.px(path.averageX(i)), map.py(path.averageY(i)));
            }
            g.stroke();
            g.setGlobalAlpha(1);
        }
        g.setStrokeStyle(colour);
        g.setLineWidth(2);
        HiDpiCanvas.setLineDashPattern(g, LaneStyle.dash(r));
        g.beginPath();
        g.moveTo(map.px(path.x(0)), map.py(path.y(0)));
        for (int i = 1; i <= last; i++) {
            g.lineTo(map.px(path.x(i)), map.py(path.y(i)));
        }
        g.stroke();
        HiDpiCanvas.setLineDash(g, 0, 0);
        int ticks = drawTicks(g, map, path, last, colour);
        g.setLineWidth(1.5);
        for (int i = 1; i <= last; i++) {
            if (path.clipped(i)) {
                g.beginPath();
                g.arc(map.px(path.x(i)), map.py(path.y(i)), 4, 0, 2 * Math.PI);
                g.stroke();
            }
        }
        if (map.onMap(path.x(last), path.y(last))) { // the current point
            g.setFillStyle(colour);
            g.beginPath();
            g.arc(map.px(path.x(last)), map.py(path.y(last)), 3.5, 0, 2 * Math.PI);
            g.fill();
        }
        return ticks;
    }

    /** A bar across the path at every tenth point on the map, square to the path's direction there. */
    private static int drawTicks(CanvasRenderingContext2D g, ContourView map, Path path, int last, String colour) {
        // a pale halo under each bar keeps it visible on the dark end of the colour field
        int drawn = tickPass(g, map, path, last, "rgba(255, 255, 255, 0.85)", 4.5);
        tickPass(g, map, path, last, colour, 2);
        return drawn;
    }

    private static int tickPass(CanvasRenderingContext2D g, ContourView map, Path path, int last, String colour,
            double width) {
        int drawn = 0;
        // half a bar: 6 px on a desktop map, down to 3 px on a phone's, so bars do not bury a small map
        double half = Math.max(3, Math.min(6, map.plotWidth() / 90));
        g.setStrokeStyle(colour);
        g.setLineWidth(width);
        g.beginPath();
        for (int i = TICK_EVERY; i <= last; i += TICK_EVERY) {
            if (!map.onMap(path.x(i), path.y(i))) {
                continue;
            }
            double cx = map.px(path.x(i));
            double cy = map.py(path.y(i));
            int after = Math.min(last, i + 1);
            double dx = map.px(path.x(after)) - map.px(path.x(i - 1));
            double dy = map.py(path.y(after)) - map.py(path.y(i - 1));
            double n = Math.sqrt(dx * dx + dy * dy);
            if (!(n > 1e-6) || n - n != 0) { // standing still: a horizontal bar
                dx = 0;
                dy = 1;
                n = 1;
            }
            // the normal to the direction (dx, dy) is (−dy, dx)
            double ux = -dy / n * half;
            double uy = dx / n * half;
            g.moveTo(cx - ux, cy - uy);
            g.lineTo(cx + ux, cy + uy);
            drawn++;
        }
        g.stroke();
        return drawn;
    }

    /**
     * Where racer r's path first leaves the map (by point {@code shown}), a triangle on the edge pointing the
     * way it went; returns whether there was one.
     */
    static boolean markExit(CanvasRenderingContext2D g, ContourView map, Path path, int shown, int r) {
        int last = Math.min(shown, path.size() - 1);
        int out = -1;
        for (int i = 1; i <= last; i++) {
            if (!map.onMap(path.x(i), path.y(i))) {
                out = i;
                break;
            }
        }
        if (out < 0) {
            return false;
        }
        ViewBox box = map.box();
        double x0 = path.x(out - 1);
        double y0 = path.y(out - 1);
        double t = box.exitFraction(x0, y0, path.x(out), path.y(out));
        double ex = map.px(x0 + t * (path.x(out) - x0));
        double ey = map.py(y0 + t * (path.y(out) - y0));
        double dx = map.px(path.x(out)) - map.px(x0);
        double dy = map.py(path.y(out)) - map.py(y0);
        double n = Math.sqrt(dx * dx + dy * dy);
        if (!(n > 0) || n - n != 0) {
            dx = 0;
            dy = -1;
            n = 1;
        }
        double ux = dx / n;
        double uy = dy / n;
        // tip on the edge, base 11 px back inside
        g.setFillStyle(LaneStyle.colour(r));
        g.setStrokeStyle("#ffffff");
        g.setLineWidth(1.5);
        g.beginPath();
        g.moveTo(ex, ey);
        g.lineTo(ex - ux * 11 - uy * 6, ey - uy * 11 + ux * 6);
        g.lineTo(ex - ux * 11 + uy * 6, ey - uy * 11 - ux * 6);
        g.closePath();
        g.fill();
        g.stroke();
        return true;
    }

    static void drawStart(CanvasRenderingContext2D g, ContourView map, double x, double y) {
        g.setFillStyle("#ffffff");
        g.setStrokeStyle("#1d2330");
        g.setLineWidth(2);
        g.beginPath();
        g.arc(map.px(x), map.py(y), 6, 0, 2 * Math.PI);
        g.fill();
        g.stroke();
    }

    static void drawMinima(CanvasRenderingContext2D g, ContourView map, Surface surface) {
        for (int i = 0; i < surface.minimumCount(); i++) {
            drawMinimum(g, map, surface.minimumX(i), surface.minimumY(i));
        }
    }

    static void drawMinimum(CanvasRenderingContext2D g, ContourView map, double x, double y) {
        double cx = map.px(x);
        double cy = map.py(y);
        g.setStrokeStyle("#1d2330");
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(cx - 5, cy - 5);
        g.lineTo(cx + 5, cy + 5);
        g.moveTo(cx - 5, cy + 5);
        g.lineTo(cx + 5, cy - 5);
        g.stroke();
    }
}
