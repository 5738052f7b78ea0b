package descent.web.landscape;

import descent.core.landscape.LandscapeSurface;
import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The landscape page's settings as a URL hash, e.g.
 * {@code surface=quadratic&kappa=50&x=1.5&y=-1&opt=gd,momentum&steps=500&lr=0.03&momentum=0.9&noise=0&clip=0&avg=none}.
 *
 * <p>Pure Java (no TeaVM imports), so it is unit-tested; {@link LinkReader} reads it. The comparison
 * playground's {@code net=…&lane=k} keys belong to {@link NetSlices}: they are kept as they came and written
 * back last.
 */
public final class LandscapeLink {

    LandscapeSurface surface = LandscapeSurface.QUADRATIC;
    double kappa = 10;
    /** Whether x and y were given; without them the surface's (or lesson's) own start is used. */
    boolean hasStart;
    double x;
    double y;
    OptimizerKind[] optimizers = {OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM,
        OptimizerKind.NEWTON, OptimizerKind.BFGS, OptimizerKind.CG};
    int steps = 500;
    double learningRate = 0.03;
    double momentum = 0.9;
    double noise;
    double clip;
    AveragingMode averaging = AveragingMode.NONE;
    /** The lesson id, or "" for free play. */
    String lesson = "";
    /** The raw (still percent-encoded) values of the network slices' keys, or null. */
    String net;
    String lane;
    /** What could not be used as written, as plain text for the page to show as text. */
    final List<String> notices = new ArrayList<>();

    /** Reads a hash (with or without its leading '#'); never throws. See {@link LinkReader}. */
    static LandscapeLink parse(String hash) {
        return new LinkReader().read(hash);
    }

    /** The notices the landscape page would show for this hash: empty when it reads as written (a course figure's check). */
    public static List<String> noticesOf(String hash) {
        return parse(hash).notices;
    }

    /** The lesson this hash names, or "". */
    public static String lessonOf(String hash) {
        return parse(hash).lesson;
    }

    /** The hash, without its '#'. */
    String encode() {
        StringBuilder s = new StringBuilder();
        if (!lesson.isEmpty()) {
            s.append("lesson=").append(encode(lesson)).append('&');
        }
        s.append("surface=").append(surface.id());
        if (surface.usesKappa()) {
            s.append("&kappa=").append(number(kappa));
        }
        if (hasStart) {
            s.append("&x=").append(number(x)).append("&y=").append(number(y));
        }
        s.append("&opt=");
        for (int i = 0; i < optimizers.length; i++) {
            s.append(i > 0 ? "," : "").append(optimizers[i].id());
        }
        s.append("&steps=").append(steps).append("&lr=").append(number(learningRate))
                .append("&momentum=").append(number(momentum)).append("&noise=").append(number(noise))
                .append("&clip=").append(number(clip)).append("&avg=").append(averaging.id());
        if (net != null) {
            s.append("&net=").append(net);
            if (lane != null) {
                s.append("&lane=").append(lane);
            }
        }
        return s.toString();
    }

    /** The network slices' part of the hash ("net=…&lane=k"), or "" when there is none. */
    String netHash() {
        return net == null ? "" : "net=" + net + (lane == null ? "" : "&lane=" + lane);
    }

    /** A number without a needless ".0"; start points keep 4 decimals. */
    static String number(double v) {
        double r = Math.round(v * 10000) / 10000.0;
        if (r == Math.rint(r) && Math.abs(r) < 1e9) {
            return Long.toString((long) r);
        }
        String s = Double.toString(r);
        return s.indexOf('E') >= 0 ? Double.toString(v) : s;
    }

    /** Percent-decoding of ASCII escapes (every value this page writes is ASCII); null when broken. */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.append(' ');
            } else if (c != '%') {
                out.append(c);
            } else {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0 || hi >= 8) {
                    return null;
                }
                out.append((char) (hi * 16 + lo));
                i += 2;
            }
        }
        return out.toString();
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.') {
                out.append(c);
            } else {
                String hex = Integer.toHexString(c & 0xFF).toUpperCase();
                out.append('%').append(hex.length() < 2 ? "0" : "").append(hex);
            }
        }
        return out.toString();
    }
}
