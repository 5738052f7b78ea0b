package descent.web.view;

import descent.web.dom.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * The network's output over the input plane as a colour field, with the data points on top.
 *
 * <p>The field is a small resolution×resolution image filled into a {@code byte[]} and handed to the canvas in
 * one bulk copy, then scaled up with smoothing — per-pixel calls into JavaScript would cost more than the
 * network itself.
 */
public final class HeatMapView {
    private final HiDpiCanvas canvas;
    private final HTMLCanvasElement field;
    private final CanvasRenderingContext2D fieldContext;
    private final int resolution;
    private final byte[] rgba;
    private HTMLCanvasElement points;
    private CanvasRenderingContext2D pointsContext;
    private int pointsVersion = -1;
    private int pointsLayers = -1;
    private final ColorRamp fieldRamp;
    private final ColorRamp pointRamp;
    private final String panel;
    private final String ink;
    private final MapAxes axes = new MapAxes();
    private final ClassPalette palette = new ClassPalette();
    private final int panelRgb;

    public HeatMapView(String canvasId, int resolution) {
        this((HTMLCanvasElement) Dom.byId(canvasId), resolution);
    }

    public HeatMapView(HTMLCanvasElement element, int resolution) {
        this.canvas = new HiDpiCanvas(element);
        this.resolution = resolution;
        this.rgba = new byte[resolution * resolution * 4];
        this.field = (HTMLCanvasElement) Dom.document().createElement("canvas");
        field.setWidth(resolution);
        field.setHeight(resolution);
        this.fieldContext = (CanvasRenderingContext2D) field.getContext("2d");
        this.panel = Dom.cssVariable("--panel");
        this.ink = Dom.cssVariable("--ink");
        String class0 = Dom.cssVariable("--class0");
        String class1 = Dom.cssVariable("--class1");
        this.fieldRamp = new ColorRamp(class0, panel, class1, 0.6);
        this.pointRamp = new ColorRamp(class0, panel, class1);
        this.panelRgb = ColorRamp.parse(panel, 0xffffff);
    }

    public int resolution() {
        return resolution;
    }

    public HiDpiCanvas canvas() {
        return canvas;
    }

    /**
     * Colours the field: {@code values[row * resolution + col]}, row 0 at the top; {@code lo} and {@code hi}
     * map to the two ends of the ramp.
     */
    public void setField(double[] values, double lo, double hi) {
        fieldRamp.paint(values, 0, resolution * resolution, lo, hi, rgba, fieldContext, resolution);
    }

    /**
     * Colours a K-class field: each cell in its predicted class's colour, from the panel's colour where the
     * network is undecided (p_max = 1/K) to 60% of the class colour where it is sure (p_max = 1).
     */
    public void setClassField(int[] classes, double[] confidence, int k) {
        int n = resolution * resolution;
        double floor = 1.0 / k;
        double span = 1 - floor;
        int pr = panelRgb >> 16 & 0xff;
        int pg = panelRgb >> 8 & 0xff;
        int pb = panelRgb & 0xff;
        for (int p = 0, o = 0; p < n; p++, o += 4) {
            double t = (confidence[p] - floor) / span;
            double u = 0.6 * (t < 0 ? 0 : t > 1 ? 1 : t);
            int c = palette.rgb(classes[p]);
            rgba[o] = (byte) (int) (pr + ((c >> 16 & 0xff) - pr) * u + 0.5); // no long: TeaVM emulates it
            rgba[o + 1] = (byte) (int) (pg + ((c >> 8 & 0xff) - pg) * u + 0.5);
            rgba[o + 2] = (byte) (int) (pb + ((c & 0xff) - pb) * u + 0.5);
            rgba[o + 3] = (byte) 255;
        }
        Int8Array bytes = Int8Array.copyFromJavaArray(rgba);
        Uint8ClampedArray pixels = Uint8ClampedArray.create(bytes.getBuffer(), bytes.getByteOffset(), bytes.getLength());
        fieldContext.putImageData(ImageData.create(pixels, resolution, resolution), 0, 0);
    }

    /** Paints the field and the points; call after {@link #setField}. */
    public void draw(PointLayer... layers) {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        g.setFillStyle(panel);
        g.fillRect(0, 0, w, h);
        HiDpiCanvas.setImageSmoothing(g, true);
        g.drawImage(field, 0, 0, w, h);
        g.drawImage(pointsImage(layers, w, h), 0, 0, w, h);
        // the axes are those of the points' view (the field is computed over the same square)
        PointLayer view = layers.length > 0 ? layers[0] : null;
        if (view != null && view.xMax > view.xMin && view.yMax > view.yMin) {
            axes.draw(g, view.xMin, view.xMax, view.yMin, view.yMax, w, h, ink, panel);
            canvas.element().setAttribute("data-axes", axes.boxes());
        }
    }

    /**
     * The points drawn once into an image of their own and reused while neither they nor the size change:
     * hundreds of circles per redraw would cost more than the field itself.
     */
    private HTMLCanvasElement pointsImage(PointLayer[] layers, double w, double h) {
        int backingW = canvas.element().getWidth();
        int backingH = canvas.element().getHeight();
        int version = 0;
        for (PointLayer layer : layers) {
            version = version * 31 + layer.version;
        }
        if (points == null) {
            points = (HTMLCanvasElement) Dom.document().createElement("canvas");
            pointsContext = (CanvasRenderingContext2D) points.getContext("2d");
        }
        if (backingW != points.getWidth() || backingH != points.getHeight() || version != pointsVersion
                || layers.length != pointsLayers) {
            points.setWidth(backingW);
            points.setHeight(backingH);
            pointsContext.setTransform(backingW / w, 0, 0, backingH / h, 0, 0);
            pointsContext.clearRect(0, 0, w, h);
            for (PointLayer layer : layers) {
                drawPoints(pointsContext, layer, w, h);
            }
            pointsVersion = version;
            pointsLayers = layers.length;
        }
        return points;
    }

    private void drawPoints(CanvasRenderingContext2D g, PointLayer layer, double w, double h) {
        double radius = Math.max(2.5, Math.min(w, h) / 110);
        double scale = layer.hi > layer.lo ? 1 / (layer.hi - layer.lo) : 0;
        // Every dot wears a dark ring outside a light one, so it stands out on a pale region and on a region
        // of its own class's colour alike (a trained map is saturated exactly where its dots are).
        for (int k = 0; k < layer.count; k++) {
            double px = (layer.xy[2 * k] - layer.xMin) / (layer.xMax - layer.xMin) * w;
            double py = (layer.yMax - layer.xy[2 * k + 1]) / (layer.yMax - layer.yMin) * h;
            String colour = layer.classes > 2 ? palette.css((int) layer.value[k])
                    : pointRamp.css(ColorRamp.index((layer.value[k] - layer.lo) * scale));
            g.beginPath();
            g.arc(px, py, radius, 0, 2 * Math.PI);
            g.setLineWidth(layer.hollow ? 4.5 : 3.5);
            g.setStrokeStyle(ink);
            g.stroke();
            if (layer.hollow) {
                g.setFillStyle(panel);
                g.fill();
                g.setLineWidth(2.5);
                g.setStrokeStyle(colour);
                g.stroke();
            } else {
                g.setLineWidth(1.5);
                g.setStrokeStyle(panel);
                g.stroke();
                g.setFillStyle(colour);
                g.fill();
            }
        }
    }

    /** A set of points to draw: flat (x, y) pairs, the value that colours each, and how to draw them. */
    public static final class PointLayer {
        double[] xy;
        double[] value;
        int count;
        double lo;
        double hi;
        boolean hollow;
        /** K &gt; 2: value is a class, coloured from the palette; otherwise from the two-class ramp. */
        int classes;
        double xMin;
        double xMax;
        double yMin;
        double yMax;
        /** Changes whenever the points or their view change, so a cached image knows it is stale. */
        int version;
        private static int versions;

        /**
         * @param hollow validation points are drawn as rings, training points as filled dots
         */
        public PointLayer(boolean hollow) {
            this.hollow = hollow;
            this.version = ++versions;
        }

        public PointLayer set(double[] xy, double[] value, int count, double lo, double hi) {
            this.xy = xy;
            this.value = value;
            this.count = count;
            this.lo = lo;
            this.hi = hi;
            this.classes = 0;
            this.version = ++versions;
            return this;
        }

        /** Points labelled with one of K classes (value = 0…K−1), each drawn in its class colour. */
        public PointLayer setClasses(double[] xy, double[] labels, int count, int k) {
            set(xy, labels, count, 0, k - 1);
            this.classes = k;
            return this;
        }

        public double lo() {
            return lo;
        }

        public double hi() {
            return hi;
        }

        public PointLayer view(double xMin, double xMax, double yMin, double yMax) {
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
            this.version = ++versions;
            return this;
        }
    }
}
