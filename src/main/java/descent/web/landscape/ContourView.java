package descent.web.landscape;

import descent.core.landscape.ContourGrid;
import descent.core.landscape.Path;
import descent.core.landscape.PointProbe;
import descent.core.landscape.Surface;
import descent.web.dom.Dom;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * A surface (or a network slice) as a contour map: the log-scaled colour field as a small image scaled up, contour
 * lines, axes with values; on top, paths with their colours and dashes, clipped steps ringed, the averaged paths,
 * the start, the known minima and the pointer's gradient, Newton step and eigenvectors.
 *
 * <p>The field, the lines and the axes are drawn once per surface into an offscreen canvas; a frame copies it and
 * draws only the paths and the pointer.
 */
final class ContourView {
    static final double LEFT = 46;
    static final double RIGHT = 10;
    static final double TOP = 10;
    static final double BOTTOM = 30;
    private static final int LEVELS = 14;
    // light (low) → muted blue-grey (high): dark, saturated path colours stay visible everywhere
    private static final int[] RAMP = {0xfbfbf4, 0xe3efe6, 0xc6dde0, 0xa7c3d6, 0x8aa2c2, 0x7480a8};

    private final HiDpiCanvas canvas;
    private final ContourGrid grid;
    private final HTMLCanvasElement field;
    private final CanvasRenderingContext2D fieldContext;
    private final HTMLCanvasElement base;
    private final CanvasRenderingContext2D baseContext;
    private final byte[] rgba;
    private final byte[] red = new byte[256];
    private final byte[] green = new byte[256];
    private final byte[] blue = new byte[256];
    private final String ink;
    private final String muted;
    private final String panel;
    private boolean baseDirty = true;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;

    ContourView(String canvasId, int resolution) {
        canvas = new HiDpiCanvas(canvasId);
        grid = new ContourGrid(resolution, LEVELS);
        rgba = new byte[resolution * resolution * 4];
        field = (HTMLCanvasElement) Dom.document().createElement("canvas");
        field.setWidth(resolution);
        field.setHeight(resolution);
        fieldContext = (CanvasRenderingContext2D) field.getContext("2d");
        base = (HTMLCanvasElement) Dom.document().createElement("canvas");
        baseContext = (CanvasRenderingContext2D) base.getContext("2d");
        ink = Dom.cssVariable("--ink");
        muted = Dom.cssVariable("--muted");
        panel = Dom.cssVariable("--panel");
        for (int i = 0; i < 256; i++) {
            double t = i / 255.0 * (RAMP.length - 1);
            int k = Math.min(RAMP.length - 2, (int) t);
            double u = t - k;
            int a = RAMP[k];
            int b = RAMP[k + 1];
            red[i] = (byte) mix(a >> 16, b >> 16, u);
            green[i] = (byte) mix(a >> 8, b >> 8, u);
            blue[i] = (byte) mix(a, b, u);
        }
    }

    private static int mix(int a, int b, double u) {
        a &= 0xff;
        b &= 0xff;
        return (int) Math.round(a + (b - a) * u);
    }

    HiDpiCanvas canvas() {
        return canvas;
    }

    ContourGrid grid() {
        return grid;
    }

    /** Samples the surface over the box and redraws the field, lines and axes. */
    void setSurface(Surface surface, double xMin, double xMax, double yMin, double yMax) {
        grid.sample(surface, xMin, xMax, yMin, yMax);
        fieldChanged(xMin, xMax, yMin, yMax);
    }

    /** The grid was filled by the caller (a network slice): recolour. */
    void fieldChanged(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        double[] shades = grid.shades();
        for (int p = 0, o = 0; p < shades.length; p++, o += 4) {
            int i = index(shades[p]);
            rgba[o] = red[i];
            rgba[o + 1] = green[i];
            rgba[o + 2] = blue[i];
            rgba[o + 3] = (byte) 255;
        }
        int n = grid.size();
        Int8Array bytes = Int8Array.copyFromJavaArray(rgba);
        Uint8ClampedArray pixels = Uint8ClampedArray.create(bytes.getBuffer(), bytes.getByteOffset(), bytes.getLength());
        fieldContext.putImageData(ImageData.create(pixels, n, n), 0, 0);
        grid.contours(LEVELS);
        baseDirty = true;
    }

    private static int index(double t) {
        if (!(t >= 0)) {
            return t < 0 ? 0 : 255;
        }
        return t >= 1 ? 255 : (int) (t * 255 + 0.5);
    }

    double plotWidth() {
        return canvas.width() - LEFT - RIGHT;
    }

    double plotHeight() {
        return canvas.height() - TOP - BOTTOM;
    }

    /** CSS x of the plane's x, clamped far outside so the canvas never sees a huge number. */
    double px(double x) {
        return clamp(LEFT + (x - xMin) / (xMax - xMin) * plotWidth());
    }

    double py(double y) {
        return clamp(TOP + (yMax - y) / (yMax - yMin) * plotHeight());
    }

    /** The plane's x under css x. */
    double xAt(double cssX) {
        return xMin + (cssX - LEFT) / plotWidth() * (xMax - xMin);
    }

    double yAt(double cssY) {
        return yMax - (cssY - TOP) / plotHeight() * (yMax - yMin);
    }

    boolean insidePlot(double cssX, double cssY) {
        return cssX >= LEFT && cssX <= LEFT + plotWidth() && cssY >= TOP && cssY <= TOP + plotHeight();
    }

    private static double clamp(double v) {
        return v != v ? 0 : Math.max(-1e5, Math.min(1e5, v));
    }

    /** Starts a frame: fits the canvas, copies the base (redrawn if needed); then draw paths and the pointer. */
    CanvasRenderingContext2D begin() {
        boolean resized = canvas.fit();
        if (resized || baseDirty || base.getWidth() != canvas.element().getWidth()) {
            drawBase();
        }
        CanvasRenderingContext2D g = canvas.context();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.drawImage(base, 0, 0);
        double ratio = Dom.devicePixelRatio();
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotWidth(), plotHeight());
        g.clip();
        return g;
    }

    void end() {
        CanvasRenderingContext2D g = canvas.context();
        g.restore();
        HiDpiCanvas.setLineDash(g, 0, 0);
    }

    private void drawBase() {
        baseDirty = false;
        base.setWidth(canvas.element().getWidth());
        base.setHeight(canvas.element().getHeight());
        double ratio = Dom.devicePixelRatio();
        CanvasRenderingContext2D g = baseContext;
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        double w = canvas.width();
        double h = canvas.height();
        double pw = plotWidth();
        double ph = plotHeight();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        HiDpiCanvas.setImageSmoothing(g, true);
        int n = grid.size();
        // grid points sit on the box's edges: pixel centres at i/(n−1) of the plot, so the image overhangs ½ cell
        double cw = pw / (n - 1);
        double ch = ph / (n - 1);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        g.drawImage(field, LEFT - cw / 2, TOP - ch / 2, pw + cw, ph + ch);
        g.setStrokeStyle("rgba(25, 35, 60, 0.35)");
        g.setLineWidth(1);
        g.beginPath();
        double[] s = grid.segments();
        for (int k = 0, m = grid.segmentCount(); k < m; k++) {
            g.moveTo(LEFT + s[4 * k] * cw, TOP + s[4 * k + 1] * ch);
            g.lineTo(LEFT + s[4 * k + 2] * cw, TOP + s[4 * k + 3] * ch);
        }
        g.stroke();
        g.restore();
        // axes
        g.setStrokeStyle(ink);
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, pw, ph);
        g.setFont("12px system-ui, sans-serif");
        g.setFillStyle(muted);
        g.setTextAlign("center");
        g.setTextBaseline("top");
        double step = niceStep((xMax - xMin) / 6);
        for (double t = Math.ceil(xMin / step) * step; t <= xMax + step * 1e-9; t += step) {
            double x = px(t);
            g.beginPath();
            g.moveTo(x, TOP + ph);
            g.lineTo(x, TOP + ph + 4);
            g.stroke();
            g.fillText(Format.significant(Math.abs(t) < step * 1e-9 ? 0 : t, 3), x, TOP + ph + 6);
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        step = niceStep((yMax - yMin) / 6);
        for (double t = Math.ceil(yMin / step) * step; t <= yMax + step * 1e-9; t += step) {
            double y = py(t);
            g.beginPath();
            g.moveTo(LEFT - 4, y);
            g.lineTo(LEFT, y);
            g.stroke();
            g.fillText(Format.significant(Math.abs(t) < step * 1e-9 ? 0 : t, 3), LEFT - 6, y);
        }
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** A path's first {@code shown + 1} points in its colour and dash; its averaged path faint and wide. */
    void drawPath(CanvasRenderingContext2D g, Path path, int shown, String colour, String dash) {
        int last = Math.min(shown, path.size() - 1);
        if (last < 0) {
            return;
        }
        if (path.isAveraging() && last > 0) {
            g.setGlobalAlpha(0.4);
            g.setLineWidth(5);
            HiDpiCanvas.setLineDash(g, 0, 0);
            g.setStrokeStyle(colour);
            g.beginPath();
            g.moveTo(px(path.averageX(0)), py(path.averageY(0)));
            for (int i = 1; i <= last; i++) {
                g.lineTo(px(path.averageX(i)), py(path.averageY(i)));
            }
            g.stroke();
            g.setGlobalAlpha(1);
        }
        g.setStrokeStyle(colour);
        g.setLineWidth(2);
        HiDpiCanvas.setLineDashPattern(g, dash);
        g.beginPath();
        g.moveTo(px(path.x(0)), py(path.y(0)));
        for (int i = 1; i <= last; i++) {
            g.lineTo(px(path.x(i)), py(path.y(i)));
        }
        g.stroke();
        HiDpiCanvas.setLineDash(g, 0, 0);
        g.setLineWidth(1.5);
        for (int i = 1; i <= last; i++) {
            if (path.clipped(i)) {
                g.beginPath();
                g.arc(px(path.x(i)), py(path.y(i)), 4, 0, 2 * Math.PI);
                g.stroke();
            }
        }
        // the current point
        g.setFillStyle(colour);
        g.beginPath();
        g.arc(px(path.x(last)), py(path.y(last)), 3.5, 0, 2 * Math.PI);
        g.fill();
    }

    void drawStart(CanvasRenderingContext2D g, double x, double y) {
        g.setFillStyle("#ffffff");
        g.setStrokeStyle("#1d2330");
        g.setLineWidth(2);
        g.beginPath();
        g.arc(px(x), py(y), 6, 0, 2 * Math.PI);
        g.fill();
        g.stroke();
    }

    void drawMinimum(CanvasRenderingContext2D g, double x, double y) {
        double cx = px(x);
        double cy = py(y);
        g.setStrokeStyle("#1d2330");
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(cx - 5, cy - 5);
        g.lineTo(cx + 5, cy + 5);
        g.moveTo(cx - 5, cy + 5);
        g.lineTo(cx + 5, cy - 5);
        g.stroke();
    }

    /** The pointer's −g (black), Newton step (purple) and eigenvector axes (grey). */
    void drawProbe(CanvasRenderingContext2D g, PointProbe p) {
        double cx = px(p.x());
        double cy = py(p.y());
        double sx = plotWidth() / (xMax - xMin);
        double sy = plotHeight() / (yMax - yMin);
        // eigenvectors, 28 px each way, in screen space
        g.setStrokeStyle("rgba(40, 40, 40, 0.7)");
        g.setLineWidth(1.5);
        axis(g, cx, cy, p.vector1X() * sx, -p.vector1Y() * sy, 28);
        axis(g, cx, cy, p.vector2X() * sx, -p.vector2Y() * sy, 18);
        // −g, drawn 40 px long whatever its size (its size is in the readout)
        arrow(g, cx, cy, -p.gradientX() * sx, p.gradientY() * sy, 40, "#111111");
        // Newton step: to where it lands, capped at 120 px
        double nx = p.newtonX() * sx;
        double ny = -p.newtonY() * sy;
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
