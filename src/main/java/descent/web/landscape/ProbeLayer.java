package descent.web.landscape;

import descent.web.view.ContourView;
import descent.core.landscape.PointProbe;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/** The pointer's −g (black), Newton step (purple) and the Hessian's eigenvector axes (grey) on the map. */
final class ProbeLayer {
    private ProbeLayer() {
    }

    static void draw(CanvasRenderingContext2D g, ContourView map, PointProbe p) {
        double cx = map.px(p.x());
        double cy = map.py(p.y());
        double s = map.unit(); // the same for x and y: directions on screen are directions in the plane
        // eigenvectors, 28 and 18 px each way, in screen space (y points down on screen)
        g.setStrokeStyle("rgba(40, 40, 40, 0.7)");
        g.setLineWidth(1.5);
        axis(g, cx, cy, p.vector1X() * s, -p.vector1Y() * s, 28);
        axis(g, cx, cy, p.vector2X() * s, -p.vector2Y() * s, 18);
        // −g, drawn 40 px long whatever its size (its size is in the readout)
        arrow(g, cx, cy, -p.gradientX() * s, p.gradientY() * s, 40, "#111111");
        // Newton step: to where it lands, capped at 120 px
        double nx = p.newtonX() * s;
        double ny = -p.newtonY() * s;
        double len = Math.sqrt(nx * nx + ny * ny);
        if (len - len == 0 && len > 0) {
            arrow(g, cx, cy, nx, ny, Math.min(len, 120), "#7b2cbf");
        }
        g.setFillStyle("#111111");
        g.beginPath();
        g.arc(cx, cy, 2.5, 0, 2 * Math.PI);
        g.fill();
    }

    private static void axis(CanvasRenderingContext2D g, double cx, double cy, double dx, double dy, double len) {
        double n = Math.sqrt(dx * dx + dy * dy);
        if (!(n > 0)) {
            return;
        }
        dx *= len / n;
        dy *= len / n;
        g.beginPath();
        g.moveTo(cx - dx, cy - dy);
        g.lineTo(cx + dx, cy + dy);
        g.stroke();
    }

    private static void arrow(CanvasRenderingContext2D g, double cx, double cy, double dx, double dy, double len,
            String colour) {
        double n = Math.sqrt(dx * dx + dy * dy);
        if (!(n > 0) || n - n != 0) {
            return;
        }
        double ux = dx / n;
        double uy = dy / n;
        double ex = cx + ux * len;
        double ey = cy + uy * len;
        g.setStrokeStyle(colour);
        g.setFillStyle(colour);
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(cx, cy);
        g.lineTo(ex, ey);
        g.stroke();
        g.beginPath();
        g.moveTo(ex, ey);
        g.lineTo(ex - ux * 8 - uy * 4, ey - uy * 8 + ux * 4);
        g.lineTo(ex - ux * 8 + uy * 4, ey - uy * 8 - ux * 4);
        g.fill();
    }
}
