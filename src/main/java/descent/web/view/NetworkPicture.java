package descent.web.view;

import descent.web.dom.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Draws a network as the course's figures do: a column of units per layer, each hidden and output unit a small
 * square picture of its output over the plane (when there is a plane), and every weight a line whose colour is its
 * sign (class 1's blue for positive, class 0's orange for negative) and whose width is |w| against the largest |w|
 * of its layer. Layers wider than {@link #MAX_UNITS} show their first units and a count of the rest. Remembers where
 * it drew each weight, so that a pointer or a key can pick one ({@link #nearest}, {@link #shownWeights}).
 */
public final class NetworkPicture {
    /** Units drawn per layer; the rest are counted, not drawn, so a 64-input layer stays readable. */
    public static final int MAX_UNITS = 12;
    private static final double MARGIN = 14;
    private final HiDpiCanvas canvas;
    private final HTMLCanvasElement field = (HTMLCanvasElement) Dom.document().createElement("canvas");
    private final CanvasRenderingContext2D fieldContext;
    private final ColorRamp ramp;
    private final String positive;
    private final String negative;
    private final String ink;
    private final String muted;
    private final String panel;
    private int resolution;
    private byte[] rgba = new byte[0];
    // where each drawn weight runs, by parameter index into θ
    private double[] x0 = new double[0];
    private double[] y0 = new double[0];
    private double[] x1 = new double[0];
    private double[] y1 = new double[0];
    private int[] parameter = new int[0];
    private int shown;

    public NetworkPicture(HTMLCanvasElement element) {
        canvas = new HiDpiCanvas(element);
        fieldContext = (CanvasRenderingContext2D) field.getContext("2d");
        panel = Dom.cssVariable("--panel");
        ink = Dom.cssVariable("--ink");
        muted = Dom.cssVariable("--muted");
        negative = Dom.cssVariable("--class0");
        positive = Dom.cssVariable("--class1");
        ramp = new ColorRamp(negative, panel, positive);
    }

    public HiDpiCanvas canvas() {
        return canvas;
    }

    /**
     * Draws the network.
     *
     * @param sizes      n₀ … n_L
     * @param theta      the parameters, laid out as {@code descent.core.nn.Network} lays them out
     * @param weightAt   weightAt[l]: offset of W_l in θ (row j holds the weights into unit j)
     * @param pictures   pictures[l][u·res² + cell]: unit u's output over the plane, l ≥ 1; null for no plane
     * @param lo         lo[l], hi[l]: the output range of layer l's activation, mapped to the two ends of the ramp
     * @param focus      the parameter index of the weight to highlight, or −1
     */
    public void draw(int[] sizes, double[] theta, int[] weightAt, double[][] pictures, int res, double[] lo,
                     double[] hi, int focus) {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        int layers = sizes.length - 1;
        int edges = 0;
        for (int l = 0; l < layers; l++) {
            edges += Math.min(sizes[l], MAX_UNITS) * Math.min(sizes[l + 1], MAX_UNITS);
        }
        if (x0.length < edges) {
            x0 = new double[edges];
            y0 = new double[edges];
            x1 = new double[edges];
            y1 = new double[edges];
            parameter = new int[edges];
        }
        double side = Math.max(8, Math.min(26, (h - 2 * MARGIN) / (MAX_UNITS * 1.25)));
        shown = 0;
        double focusX0 = 0;
        double focusY0 = 0;
        double focusX1 = 0;
        double focusY1 = 0;
        boolean focused = false;
        for (int l = 0; l < layers; l++) {
            int m = Math.min(sizes[l], MAX_UNITS);
            int k = Math.min(sizes[l + 1], MAX_UNITS);
            double max = 1e-12;
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int i = 0; i < sizes[l]; i++) {
                    max = Math.max(max, Math.abs(theta[weightAt[l] + j * sizes[l] + i]));
                }
            }
            double xa = columnX(l, layers, w) + side / 2;
            double xb = columnX(l + 1, layers, w) - side / 2;
            for (int j = 0; j < k; j++) {
                double yb = rowY(j, k, h);
                for (int i = 0; i < m; i++) {
                    int p = weightAt[l] + j * sizes[l] + i;
                    double v = theta[p];
                    double ya = rowY(i, m, h);
                    g.setGlobalAlpha(0.8);
                    g.setStrokeStyle(v >= 0 ? positive : negative);
                    g.setLineWidth(0.4 + 3.2 * Math.abs(v) / max);
                    g.beginPath();
                    g.moveTo(xa, ya);
                    g.lineTo(xb, yb);
                    g.stroke();
                    x0[shown] = xa;
                    y0[shown] = ya;
                    x1[shown] = xb;
                    y1[shown] = yb;
                    parameter[shown] = p;
                    shown++;
                    if (p == focus) {
                        focused = true;
                        focusX0 = xa;
                        focusY0 = ya;
                        focusX1 = xb;
                        focusY1 = yb;
                    }
                }
            }
        }
        g.setGlobalAlpha(1);
        if (focused) {
            g.setStrokeStyle(ink);
            g.setLineWidth(3);
            HiDpiCanvas.setLineDash(g, 4, 3);
            g.beginPath();
            g.moveTo(focusX0, focusY0);
            g.lineTo(focusX1, focusY1);
            g.stroke();
            HiDpiCanvas.setLineDash(g, 0, 0);
        }
        StringBuilder where = new StringBuilder(); // unit boxes "l:u:x:y:side", for tests and inspection
        g.setFont("11px system-ui, sans-serif");
        g.setTextAlign("center");
        g.setTextBaseline("middle");
        for (int l = 0; l <= layers; l++) {
            int n = Math.min(sizes[l], MAX_UNITS);
            double cx = columnX(l, layers, w);
            for (int u = 0; u < n; u++) {
                double cy = rowY(u, n, h);
                if (l > 0 && pictures != null) {
                    paintUnit(g, pictures[l], u, res, lo[l], hi[l], cx - side / 2, cy - side / 2, side);
                } else {
                    g.setFillStyle(panel);
                    g.fillRect(cx - side / 2, cy - side / 2, side, side);
                }
                g.setStrokeStyle(ink);
                g.setLineWidth(1);
                g.strokeRect(cx - side / 2, cy - side / 2, side, side);
                where.append(where.length() > 0 ? ";" : "").append(l).append(':').append(u).append(':')
                        .append(Format.fixed(cx - side / 2, 1)).append(':').append(Format.fixed(cy - side / 2, 1))
                        .append(':').append(Format.fixed(side, 1));
                if (l == 0 && sizes[0] <= MAX_UNITS) {
                    g.setFillStyle(ink);
                    g.fillText("x" + (u + 1), cx, cy);
                }
            }
            if (sizes[l] > MAX_UNITS) {
                g.setFillStyle(muted);
                g.fillText("+" + (sizes[l] - MAX_UNITS), cx, h - MARGIN / 2);
            }
        }
        canvas.element().setAttribute("data-units", where.toString());
    }

    private void paintUnit(CanvasRenderingContext2D g, double[] values, int unit, int res, double lo, double hi,
                           double x, double y, double side) {
        if (res != resolution) {
            resolution = res;
            field.setWidth(res);
            field.setHeight(res);
            rgba = new byte[res * res * 4];
        }
        ramp.paint(values, unit * res * res, res * res, lo, hi, rgba, fieldContext, res);
        HiDpiCanvas.setImageSmoothing(g, false);
        g.drawImage(field, x, y, side, side);
    }

    private static double columnX(int l, int layers, double w) {
        return MARGIN + 14 + (w - 2 * MARGIN - 28) * l / Math.max(1, layers);
    }

    private static double rowY(int u, int n, double h) {
        return MARGIN + (h - 3 * MARGIN) * (u + 0.5) / n;
    }

    /** How many weights the last draw showed. */
    public int shownWeights() {
        return shown;
    }

    /** The θ index of the k-th weight the last draw showed, in drawing order (layer, unit into, unit from). */
    public int shownParameter(int k) {
        return parameter[k];
    }

    /** The drawn weight nearest to (x, y) in CSS pixels, as its place in drawing order, or −1 farther than 6 px. */
    public int nearest(double x, double y) {
        int best = -1;
        double bestDistance = 36;
        for (int k = 0; k < shown; k++) {
            double dx = x1[k] - x0[k];
            double dy = y1[k] - y0[k];
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : ((x - x0[k]) * dx + (y - y0[k]) * dy) / len;
            t = t < 0 ? 0 : t > 1 ? 1 : t;
            double ex = x0[k] + t * dx - x;
            double ey = y0[k] + t * dy - y;
            double d = ex * ex + ey * ey;
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }
}
