package descent.web.view;

import descent.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A canvas whose backing store follows its CSS size times the device pixel ratio, so lines and text stay
 * crisp on high-DPI screens; drawing code works in CSS pixels.
 */
public final class HiDpiCanvas {
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private double width;
    private double height;

    public HiDpiCanvas(String id) {
        this((HTMLCanvasElement) Dom.byId(id));
    }

    /** Sizes itself at the first {@link #fit}: reading the element's size forces a layout, so not before. */
    public HiDpiCanvas(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    /** A canvas of a fixed CSS size, sized without reading the layout. */
    public void fitFixed(double cssWidth, double cssHeight) {
        double ratio = Dom.devicePixelRatio();
        int backingWidth = (int) Math.round(cssWidth * ratio);
        int backingHeight = (int) Math.round(cssHeight * ratio);
        if (backingWidth != canvas.getWidth() || backingHeight != canvas.getHeight()) {
            canvas.setWidth(backingWidth);
            canvas.setHeight(backingHeight);
        }
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        width = cssWidth;
        height = cssHeight;
    }

    /** Matches the backing store to the element's current size; returns true when it changed. */
    public boolean fit() {
        double ratio = Dom.devicePixelRatio();
        double cssWidth = Math.max(1, canvas.getClientWidth());
        double cssHeight = Math.max(1, canvas.getClientHeight());
        int backingWidth = (int) Math.round(cssWidth * ratio);
        int backingHeight = (int) Math.round(cssHeight * ratio);
        boolean changed = backingWidth != canvas.getWidth() || backingHeight != canvas.getHeight();
        if (changed) {
            canvas.setWidth(backingWidth);
            canvas.setHeight(backingHeight);
        }
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        width = cssWidth;
        height = cssHeight;
        return changed;
    }

    public CanvasRenderingContext2D context() {
        return context;
    }

    public HTMLCanvasElement element() {
        return canvas;
    }

    /** Width in CSS pixels (as of the last fit; fits now if it never has). */
    public double width() {
        if (width == 0) {
            fit();
        }
        return width;
    }

    /** Height in CSS pixels (as of the last fit; fits now if it never has). */
    public double height() {
        if (height == 0) {
            fit();
        }
        return height;
    }

    /** Solid or dashed strokes; an empty pattern when dash ≤ 0. */
    @JSBody(params = { "ctx", "dash", "gap" }, script = "ctx.setLineDash(dash > 0 ? [dash, gap] : []);")
    public static native void setLineDash(CanvasRenderingContext2D ctx, double dash, double gap);

    /** A dash pattern given as "8 4" or "2 3 8 3"; empty for a solid line. */
    @JSBody(params = { "ctx", "pattern" },
            script = "ctx.setLineDash(pattern ? pattern.split(' ').map(Number) : []);")
    public static native void setLineDashPattern(CanvasRenderingContext2D ctx, String pattern);

    @JSBody(params = { "ctx", "on" }, script = "ctx.imageSmoothingEnabled = on;")
    public static native void setImageSmoothing(CanvasRenderingContext2D ctx, boolean on);
}
