package descent.web.view;

/**
 * A diverging colour ramp from class 0's colour through a neutral middle to class 1's, tabulated once into
 * 256 entries so that colouring a heat-map pixel is three table reads.
 */
public final class ColorRamp {
    public static final int SIZE = 256;
    final byte[] red = new byte[SIZE];
    final byte[] green = new byte[SIZE];
    final byte[] blue = new byte[SIZE];
    private final String[] css = new String[SIZE];

    /** Colours as "#rrggbb". */
    public ColorRamp(String low, String middle, String high) {
        this(low, middle, high, 1);
    }

    /**
     * A ramp whose ends are only {@code strength} of the way from the middle to the given colours — the heat
     * map's field is drawn lighter than the points so that points stay visible on a region of their class.
     */
    public ColorRamp(String low, String middle, String high, double strength) {
        int mid = parse(middle, 0xffffff);
        int lo = blend(mid, parse(low, 0xd9730d), strength);
        int hi = blend(mid, parse(high, 0x1f6fb2), strength);
        for (int i = 0; i < SIZE; i++) {
            double t = i / (SIZE - 1.0);
            int a = t < 0.5 ? lo : mid;
            int b = t < 0.5 ? mid : hi;
            double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
            red[i] = (byte) mix(a >> 16, b >> 16, u);
            green[i] = (byte) mix(a >> 8, b >> 8, u);
            blue[i] = (byte) mix(a, b, u);
        }
    }

    private static int blend(int from, int to, double u) {
        return mix(from >> 16, to >> 16, u) << 16 | mix(from >> 8, to >> 8, u) << 8 | mix(from, to, u);
    }

    private static int mix(int a, int b, double u) {
        a &= 0xff;
        b &= 0xff;
        return (int) Math.round(a + (b - a) * u);
    }

    /** Parses "#rrggbb" or "#rgb"; falls back when the stylesheet gave something else. */
    static int parse(String css, int fallback) {
        if (css == null) {
            return fallback;
        }
        String s = css.trim();
        if (s.length() == 4 && s.charAt(0) == '#') {
            s = "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
        }
        if (s.length() != 7 || s.charAt(0) != '#') {
            return fallback;
        }
        int value = 0;
        for (int i = 1; i < 7; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return fallback;
            }
            value = value * 16 + d;
        }
        return value;
    }

    /** The ramp index for t ∈ [0, 1] (clamped; NaN maps to the middle). */
    /**
     * Writes values[from … from + n) as opaque RGBA pixels into rgba[0 … 4n), lo and hi at the ramp's two ends, and
     * puts them into {@code context} as an image of width × (n / width) at its origin.
     */
    void paint(double[] values, int from, int n, double lo, double hi, byte[] rgba,
               org.teavm.jso.canvas.CanvasRenderingContext2D context, int width) {
        double scale = hi > lo ? 1 / (hi - lo) : 0;
        for (int p = 0, o = 0; p < n; p++, o += 4) {
            int i = index((values[from + p] - lo) * scale);
            rgba[o] = red[i];
            rgba[o + 1] = green[i];
            rgba[o + 2] = blue[i];
            rgba[o + 3] = (byte) 255;
        }
        org.teavm.jso.typedarrays.Int8Array bytes = org.teavm.jso.typedarrays.Int8Array.copyFromJavaArray(rgba);
        org.teavm.jso.typedarrays.Uint8ClampedArray pixels = org.teavm.jso.typedarrays.Uint8ClampedArray.create(
                bytes.getBuffer(), bytes.getByteOffset(), bytes.getLength());
        context.putImageData(org.teavm.jso.canvas.ImageData.create(pixels, width, n / width), 0, 0);
    }

    public static int index(double t) {
        if (!(t >= 0)) {
            return t < 0 ? 0 : SIZE / 2;
        }
        if (t >= 1) {
            return SIZE - 1;
        }
        return (int) (t * (SIZE - 1) + 0.5);
    }

    /** The CSS colour of ramp entry i, for strokes and fills. */
    public String css(int i) {
        if (css[i] == null) { // made once: points are drawn many times a second
            css[i] = "rgb(" + (red[i] & 0xff) + "," + (green[i] & 0xff) + "," + (blue[i] & 0xff) + ")";
        }
        return css[i];
    }
}
