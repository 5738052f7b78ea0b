package descent.web.landscape;

import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.core.landscape.LandscapeSurface;
import descent.core.landscape.ViewBox;
import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The landscape page's settings as a URL hash, e.g.
 * {@code surface=quadratic&kappa=50&x=1.5&y=-1&opt=gd,momentum&steps=500&lr=0.03&momentum=0.9&noise=0&clip=0&avg=none}.
 *
 * <p>Pure Java (no TeaVM imports), so it is unit-tested. Reading is defensive: unknown keys are ignored, numbers
 * snap to the values the page's controls offer (the start point is clamped to the surface's view box), and a
 * value that cannot be read keeps the default and adds a notice (plain text, for the page to show as text).
 * A lesson id first sets the lesson's values; the other keys then adjust them. The comparison playground's
 * {@code net=…&lane=k} keys belong to {@link NetSlices}: they are kept as they came and written back last.
 */
final class LandscapeLink {
    static final double[] CLIPS = {0, 0.1, 0.5, 1, 5};
    private static final int MAX_NOTICES = 8;
    private static final int MAX_SHOWN = 40;

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
    final List<String> notices = new ArrayList<>();

    /** Reads a hash (with or without its leading '#'); never throws. */
    static LandscapeLink parse(String hash) {
        LandscapeLink link = new LandscapeLink();
        if (hash == null) {
            return link;
        }
        String h = hash.startsWith("#") ? hash.substring(1) : hash;
        if (h.length() > 4000) {
            link.notice("The link is too long to read; the defaults are shown.");
            return link;
        }
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int at = 0;
        while (at <= h.length() && !h.isEmpty()) {
            int amp = h.indexOf('&', at);
            String part = h.substring(at, amp < 0 ? h.length() : amp);
            at = amp < 0 ? h.length() + 1 : amp + 1;
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String raw = eq < 0 ? "" : part.substring(eq + 1);
            if (key.equals("net")) {
                link.net = raw;
                continue;
            }
            if (key.equals("lane")) {
                link.lane = raw;
                continue;
            }
            String value = decode(raw);
            if (value == null) {
                link.notice("Ignored " + shown(key) + ": its value is not readable.");
                continue;
            }
            keys.add(key);
            values.add(value);
        }
        // the lesson first: its values are the defaults the other keys adjust
        int lessonAt = keys.indexOf("lesson");
        if (lessonAt >= 0) {
            String id = values.get(lessonAt);
            LandscapeLesson l = id.isEmpty() ? null : LandscapeLessons.find(id);
            if (l != null) {
                link.useLesson(l);
            } else if (!id.isEmpty()) {
                link.notice("There is no lesson " + shown(id) + "; free play instead.");
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            link.read(keys.get(i), values.get(i));
        }
        if (link.hasStart) {
            ViewBox box = link.surface.create(link.kappa).viewBox();
            double cx = clamp(link.x, box.xMin(), box.xMax());
            double cy = clamp(link.y, box.yMin(), box.yMax());
            if (cx != link.x || cy != link.y) {
                link.notice("The start point lies outside the map; moved to its edge.");
            }
            link.x = cx;
            link.y = cy;
        }
        return link;
    }

    private void useLesson(LandscapeLesson l) {
        lesson = l.id();
        surface = l.surface();
        kappa = snap(LandscapePage.KAPPAS, l.kappa());
        hasStart = true;
        x = l.startX();
        y = l.startY();
        OptimizerKind[] chosen = new OptimizerKind[Math.min(LandscapePage.MAX_RACERS, l.optimizerCount())];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = l.optimizer(i);
        }
        optimizers = chosen;
        steps = snapInt(LandscapePage.STEPS, l.steps());
        learningRate = snap(LandscapePage.RATES, l.learningRate());
        momentum = Math.round(clamp(l.momentum(), 0, 0.99) * 100) / 100.0;
        noise = 0;
        clip = snap(CLIPS, l.clip());
        averaging = AveragingMode.NONE;
    }

    private void read(String key, String value) {
        switch (key) {
            case "surface": {
                LandscapeSurface s = LandscapeSurface.fromId(value);
                if (s == null) {
                    notice("There is no surface " + shown(value) + "; kept " + surface.id() + ".");
                } else {
                    surface = s;
                }
                break;
            }
            case "kappa": {
                double v = number(key, value);
                if (v == v) {
                    kappa = snap(LandscapePage.KAPPAS, v, key);
                }
                break;
            }
            case "x":
            case "y": {
                double v = number(key, value);
                if (v == v) {
                    hasStart = true;
                    if (key.equals("x")) {
                        x = v;
                    } else {
                        y = v;
                    }
                }
                break;
            }
            case "opt":
                readOptimizers(value);
                break;
            case "steps": {
                double v = number(key, value);
                if (v == v) {
                    int s = snapInt(LandscapePage.STEPS, (int) clamp(v, 0, 1e9));
                    if (s != v) {
                        notice("Steps " + shown(value) + " became " + s + ".");
                    }
                    steps = s;
                }
                break;
            }
            case "lr": {
                double v = number(key, value);
                if (v == v) {
                    learningRate = snap(LandscapePage.RATES, v, key);
                }
                break;
            }
            case "momentum": {
                double v = number(key, value);
                if (v == v) {
                    double m = Math.round(clamp(v, 0, 0.99) * 100) / 100.0;
                    if (m != v) {
                        notice("Momentum " + shown(value) + " became " + m + ".");
                    }
                    momentum = m;
                }
                break;
            }
            case "noise": {
                double v = number(key, value);
                if (v == v) {
                    noise = snap(LandscapePage.NOISES, v, key);
                }
                break;
            }
            case "clip": {
                double v = number(key, value);
                if (v == v) {
                    clip = snap(CLIPS, v, key);
                }
                break;
            }
            case "avg": {
                AveragingMode m = AveragingMode.fromId(value);
                if (m == null) {
                    notice("There is no averaging " + shown(value) + "; kept " + averaging.id() + ".");
                } else {
                    averaging = m;
                }
                break;
            }
            default:
                break; // unknown keys (and "lesson", read first) are ignored here
        }
    }

    private void readOptimizers(String value) {
        List<OptimizerKind> chosen = new ArrayList<>();
        int at = 0;
        while (at <= value.length()) {
            int comma = value.indexOf(',', at);
            String id = value.substring(at, comma < 0 ? value.length() : comma).trim();
            at = comma < 0 ? value.length() + 1 : comma + 1;
            if (id.isEmpty()) {
                continue;
            }
            OptimizerKind k = OptimizerKind.fromId(id);
            if (k == null || !offered(k)) {
                notice("There is no optimizer " + shown(id) + " on this page; skipped.");
            } else if (chosen.contains(k)) {
                continue;
            } else if (chosen.size() == LandscapePage.MAX_RACERS) {
                notice("At most " + LandscapePage.MAX_RACERS + " optimizers race; skipped " + id + ".");
            } else {
                chosen.add(k);
            }
        }
        if (chosen.isEmpty() && !value.trim().isEmpty()) {
            notice("No optimizer in the link could be used; kept the others.");
            return;
        }
        optimizers = chosen.toArray(new OptimizerKind[0]);
    }

    private static boolean offered(OptimizerKind k) {
        for (OptimizerKind c : LandscapePage.CHOICES) {
            if (c == k) {
                return true;
            }
        }
        return false;
    }

    /** The value as a finite number, or NaN after a notice. */
    private double number(String key, String value) {
        double v;
        try {
            v = value.isEmpty() || value.length() > 40 ? Double.NaN : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (v - v != 0) {
            notice("Ignored " + key + " = " + shown(value) + ": not a finite number.");
            return Double.NaN;
        }
        return v;
    }

    private double snap(double[] allowed, double v, String key) {
        double s = snap(allowed, v);
        if (Math.abs(s - v) > 1e-9 * Math.max(1, Math.abs(v))) {
            notice(key + " = " + shown(Double.toString(v)) + " is not offered; using " + s + ".");
        }
        return s;
    }

    static double snap(double[] allowed, double v) {
        return allowed[LandscapePage.indexOf(allowed, v)];
    }

    static int snapInt(int[] allowed, int v) {
        return allowed[LandscapePage.indexOfInt(allowed, v)];
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void notice(String text) {
        if (notices.size() < MAX_NOTICES) {
            notices.add(text);
        } else if (notices.size() == MAX_NOTICES) {
            notices.add("…and more problems in the link.");
        }
    }

    /** A value quoted for a notice, shortened and with control characters replaced. */
    private static String shown(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < MAX_SHOWN; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        if (s.length() > MAX_SHOWN) {
            out.append('…');
        }
        return out.append('"').toString();
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
