package descent.web.view;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The x₁ and x₂ axes of a decision map, drawn inside its edges: short ticks with their values along the bottom
 * (x₁) and the left edge (x₂), and the two axis names. Drawn over the field rather than in a margin, so a click
 * on the map still maps straight to the plane and a saved PNG keeps its axes; each label sits on a halo of the
 * panel's colour, so it reads on every region, on both themes.
 *
 * <p>The boxes of the drawn labels are kept ({@link #boxes()}: "x1:-6@l,t,w,h;…") for the browser test that
 * checks they are inside the canvas and legible.
 */
final class MapAxes {
    static final String FONT = "11px system-ui, sans-serif";
    private static final double TICK = 5;
    private static final double PAD = 2;
    private final StringBuilder boxes = new StringBuilder();

    /** Draws the axes for a map of [x0, x1] × [y0, y1] in a w×h (CSS px) canvas. */
    void draw(CanvasRenderingContext2D g, double x0, double x1, double y0, double y1, double w, double h,
              String ink, String halo) {
        boxes.setLength(0);
        g.setFont(FONT);
        // three ticks on a small map (an embed's or a phone's), five from 200 px up
        int per = Math.min(w, h) >= 200 ? 2 : 1;
        double th = 11;
        double bottom = h - TICK - 2 - th;
        for (int k = 1; k <= 2 * per; k++) {
            double f = (double) k / (2 * per);
            // x₁ along the bottom: the last label leans inward, so none is cut by the edge
            String xl = label(x0 + (x1 - x0) * f);
            double xw = g.measureText(xl).getWidth();
            double px = f * w;
            tick(g, px, h, px, h - TICK, ink, halo);
            text(g, xl, k == 2 * per ? w - xw - PAD : px - xw / 2, bottom, xw, th, ink, halo, "x1:" + xl);
            // x₂ up the left edge
            String yl = label(y0 + (y1 - y0) * f);
            double yw = g.measureText(yl).getWidth();
            double py = (1 - f) * h;
            tick(g, 0, py, TICK, py, ink, halo);
            // the value sits on its tick like a ruler's, not beside it: a tick just left of "3" reads as "−3"
            text(g, yl, PAD, k == 2 * per ? PAD : py - th - 1, yw, th, ink, halo, "x2:" + yl);
        }
        // the bottom-left corner is the low end of both axes
        String corner = x0 == y0 ? label(x0) : label(x0) + ", " + label(y0);
        text(g, corner, TICK + 2, bottom, g.measureText(corner).getWidth(), th, ink, halo, "corner:" + corner);
        // the axis names between the last two ticks, away from the values
        double between = 1 - 0.5 / (2 * per);
        double n1 = g.measureText("x₁").getWidth();
        text(g, "x₁", w * between - n1 / 2, bottom, n1, th, ink, halo, "name:x1");
        text(g, "x₂", TICK + 2, h * (1 - between) - th / 2, g.measureText("x₂").getWidth(), th, ink, halo,
                "name:x2");
    }

    /** "x1:-6@l,t,w,h;…": every drawn label and its box in CSS px. */
    String boxes() {
        return boxes.toString();
    }

    private static String label(double v) {
        String s = Format.shortest(v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    private static void tick(CanvasRenderingContext2D g, double x0, double y0, double x1, double y1, String ink,
                             String halo) {
        g.setStrokeStyle(halo);
        g.setLineWidth(3);
        g.beginPath();
        g.moveTo(x0, y0);
        g.lineTo(x1, y1);
        g.stroke();
        g.setStrokeStyle(ink);
        g.setLineWidth(1.2);
        g.stroke();
    }

    private void text(CanvasRenderingContext2D g, String s, double x, double y, double tw, double th, String ink,
                      String halo, String name) {
        g.setTextAlign("left");
        g.setTextBaseline("top");
        g.setLineWidth(3);
        g.setLineJoin("round");
        g.setStrokeStyle(halo);
        g.strokeText(s, x, y);
        g.setFillStyle(ink);
        g.fillText(s, x, y);
        if (boxes.length() > 0) {
            boxes.append(';');
        }
        boxes.append(name).append('@').append(Format.fixed(x, 1)).append(',').append(Format.fixed(y, 1)).append(',')
                .append(Format.fixed(tw, 1)).append(',').append(Format.fixed(th, 1));
    }
}
