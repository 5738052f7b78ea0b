package descent.web.view;

import descent.core.landscape.ContourGrid;
import descent.core.landscape.Surface;
import descent.core.landscape.ViewBox;
import descent.web.dom.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * A surface (or a network slice) as a contour map: the log-scaled colour field as a small image scaled up, contour
 * lines, axes with values. {@link PathLayer} and {@link ProbeLayer} draw on top, in the coordinates this view
 * maps ({@link #px}, {@link #py}).
 *
 * <p>One unit of x is as long on screen as one unit of y (the plot box is fitted to the view box at one scale),
 * so the angle between the gradient and the contours is drawn true. The canvas writes what it drew:
 * {@code data-x-scale} and {@code data-y-scale} (px per unit), {@code data-plot} (left, top, width, height)
 * and {@code data-labels-inside} (every tick label within the canvas).
 *
 * <p>The field, the lines and the axes are drawn once per surface into an offscreen canvas; a frame copies it and
 * draws only the paths and the pointer.
 */
public final class ContourView {
    static final double LEFT = 46;
    static final double RIGHT = 14;
    static final double TOP = 20;
    static final double BOTTOM = 34;
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
    private boolean followAspect;
    private String xName = "x →";
    private String yName = "y ↑";
    private ViewBox box = new ViewBox(0, 1, 0, 1);
    private double plotLeft = LEFT;
    private double plotTop = TOP;
    private double plotW = 1;
    private double plotH = 1;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;

    public ContourView(String canvasId, int resolution) {
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

    public HiDpiCanvas canvas() {
        return canvas;
    }

    public ContourGrid grid() {
        return grid;
    }

    /** What the axes are called (the plane's own coordinates rather than x and y); short names sit by the corner. */
    public void setAxisNames(String x, String y) {
        xName = x;
        yName = y;
        baseDirty = true;
    }

    /** Samples the surface over the box and redraws the field, lines and axes. */
    public void setSurface(Surface surface, double xMin, double xMax, double yMin, double yMax) {
        grid.sample(surface, xMin, xMax, yMin, yMax);
        fieldChanged(xMin, xMax, yMin, yMax);
    }

    /** The grid was filled by the caller (a network slice): recolour. */
    public void fieldChanged(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        box = new ViewBox(xMin, xMax, yMin, yMax);
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

    /**
     * Makes the canvas's box as tall as the view box's shape asks for at its width (the map page's map), so
     * the equal-scale plot fills it instead of leaving bands.
     */
    public void followBoxAspect() {
        followAspect = true;
    }

    /** Fits the plot box: the view box at one scale for x and y, centred in the space inside the margins. */
    private void layout() {
        double room = canvas.width() - LEFT - RIGHT;
        double roomH = canvas.height() - TOP - BOTTOM;
        double unit = Math.max(1e-9, Math.min(room / (xMax - xMin), roomH / (yMax - yMin)));
        plotW = unit * (xMax - xMin);
        plotH = unit * (yMax - yMin);
        plotLeft = LEFT + (room - plotW) / 2;
        plotTop = TOP + (roomH - plotH) / 2;
    }

    private void sizeBox() {
        HTMLElement box = (HTMLElement) canvas.element().getParentNode();
        double width = box.getClientWidth();
        if (width <= 0) {
            return;
        }
        double wanted = TOP + BOTTOM + (width - LEFT - RIGHT) * (yMax - yMin) / (xMax - xMin);
        wanted = Math.round(Math.max(200, Math.min(wanted, width * 1.25)));
        if (Math.abs(box.getClientHeight() - wanted) > 1) {
            Dom.setStyle(box, "height", wanted + "px");
        }
    }

    public double plotWidth() {
        return plotW;
    }

    public double plotHeight() {
        return plotH;
    }

    /** Screen pixels per unit of x (the same for y). */
    public double unit() {
        return plotW / (xMax - xMin);
    }

    /** CSS x of the plane's x, clamped far outside so the canvas never sees a huge number. */
    public double px(double x) {
        return clamp(plotLeft + (x - xMin) / (xMax - xMin) * plotW);
    }

    public double py(double y) {
        return clamp(plotTop + (yMax - y) / (yMax - yMin) * plotH);
    }

    /** The plane's x under css x. */
    public double xAt(double cssX) {
        return xMin + (cssX - plotLeft) / plotW * (xMax - xMin);
    }

    public double yAt(double cssY) {
        return yMax - (cssY - plotTop) / plotH * (yMax - yMin);
    }

    public boolean insidePlot(double cssX, double cssY) {
        return cssX >= plotLeft && cssX <= plotLeft + plotW && cssY >= plotTop && cssY <= plotTop + plotH;
    }

    /** Whether the plane's point lies inside the drawn box. */
    public boolean onMap(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** The plane's rectangle the map shows. */
    public ViewBox box() {
        return box;
    }

    private static double clamp(double v) {
        return v != v ? 0 : Math.max(-1e5, Math.min(1e5, v));
    }

    /** Starts a frame: fits the canvas, copies the base (redrawn if needed); then draw paths and the pointer. */
    public CanvasRenderingContext2D begin() {
        if (followAspect) {
            sizeBox();
        }
        boolean resized = canvas.fit();
        if (resized || baseDirty || base.getWidth() != canvas.element().getWidth()) {
            layout();
            drawBase();
        }
        CanvasRenderingContext2D g = canvas.context();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.drawImage(base, 0, 0);
        double ratio = Dom.devicePixelRatio();
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.save();
        g.beginPath();
        g.rect(plotLeft, plotTop, plotW, plotH);
        g.clip();
        return g;
    }

    public void end() {
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
        double left = plotLeft;
        double top = plotTop;
        double pw = plotW;
        double ph = plotH;
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        HiDpiCanvas.setImageSmoothing(g, true);
        int n = grid.size();
        // grid points sit on the box's edges: pixel centres at i/(n−1) of the plot, so the image overhangs ½ cell
        double cw = pw / (n - 1);
        double ch = ph / (n - 1);
        g.save();
        g.beginPath();
        g.rect(left, top, pw, ph);
        g.clip();
        g.drawImage(field, left - cw / 2, top - ch / 2, pw + cw, ph + ch);
        g.setStrokeStyle("rgba(25, 35, 60, 0.35)");
        g.setLineWidth(1);
        g.beginPath();
        double[] s = grid.segments();
        for (int k = 0, m = grid.segmentCount(); k < m; k++) {
            g.moveTo(left + s[4 * k] * cw, top + s[4 * k + 1] * ch);
            g.lineTo(left + s[4 * k + 2] * cw, top + s[4 * k + 3] * ch);
        }
        g.stroke();
        g.restore();
        // axes
        g.setStrokeStyle(ink);
        g.setLineWidth(1);
        g.strokeRect(left, top, pw, ph);
        g.setFont("12px system-ui, sans-serif");
        g.setFillStyle(muted);
        g.setTextAlign("center");
        g.setTextBaseline("top");
        boolean inside = true;
        double step = niceStep((xMax - xMin) / Math.max(2, Math.min(6, pw / 60)));
        for (double t = Math.ceil(xMin / step) * step; t <= xMax + step * 1e-9; t += step) {
            double x = px(t);
            g.beginPath();
            g.moveTo(x, top + ph);
            g.lineTo(x, top + ph + 4);
            g.stroke();
            String label = Format.tickAtStep(Math.abs(t) < step * 1e-9 ? 0 : t, step);
            double half = g.measureText(label).getWidth() / 2;
            // an end label is moved inward rather than cut at the canvas's edge
            double at = Math.max(half + 1, Math.min(w - half - 1, x));
            g.fillText(label, at, top + ph + 6);
            inside &= at - half >= 0 && at + half <= w;
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        step = niceStep((yMax - yMin) / Math.max(2, Math.min(6, ph / 32)));
        for (double t = Math.ceil(yMin / step) * step; t <= yMax + step * 1e-9; t += step) {
            double y = py(t);
            g.beginPath();
            g.moveTo(left - 4, y);
            g.lineTo(left, y);
            g.stroke();
            String label = Format.tickAtStep(Math.abs(t) < step * 1e-9 ? 0 : t, step);
            double width = g.measureText(label).getWidth();
            double at = Math.max(7, Math.min(h - 7, y));
            g.fillText(label, left - 6, at);
            inside &= left - 6 - width >= 0;
        }
        g.setTextAlign("left");
        g.setTextBaseline("bottom");
        g.fillText(xName, left + pw - g.measureText(xName).getWidth(), top + ph + 33);
        g.setTextAlign(yName.length() > 3 ? "left" : "right");
        g.fillText(yName, yName.length() > 3 ? left : left - 6, top - 8);
        HTMLElement e = canvas.element();
        e.setAttribute("data-x-scale", Format.significant(pw / (xMax - xMin), 6));
        e.setAttribute("data-y-scale", Format.significant(ph / (yMax - yMin), 6));
        e.setAttribute("data-plot", Format.fixed(left, 1) + "," + Format.fixed(top, 1) + "," + Format.fixed(pw, 1)
                + "," + Format.fixed(ph, 1));
        e.setAttribute("data-labels-inside", inside ? "true" : "false");
    }

    public static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
