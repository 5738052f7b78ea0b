package descent.web.layers;

import descent.core.data.table.TableKind;
import descent.core.experiment.LayerLab;
import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;

import java.util.ArrayList;
import java.util.List;

/**
 * The layers lab's settings in the URL hash, e.g. {@code depth=10&width=32&act=tanh&init=normal&scale=1&bn=before}.
 * Pure Java (tested on the JVM). Decoding is defensive: an unknown key, a malformed pair or a value out of
 * range is dropped with a notice and the setting keeps its default; the notices quote at most a few
 * characters of the input and the page shows them as text, never as HTML.
 *
 * <p>Keys (defaults from {@link LayerLab.Settings}): depth 2–12, width 8–64, act tanh|relu|sigmoid, init
 * (an {@link Init} id), scale 0.001–10, gain 0.1–4, k 1–64, bn none|before|after, lr 0.0001–10, batch 1–200,
 * seed 1–9999, data circle|digits (the 8×8 digits: 64 inputs, 10 classes).
 */
public final class LayersLink {
    /** What a decoded hash gives: settings to use and what could not be used. */
    public static final class Decoded {
        public final LayerLab.Settings settings;
        public final List<String> notices;
        /** The histograms' axis: auto, linear or log (a view setting, kept in the link like the rest). */
        public String axis = "auto";

        Decoded(LayerLab.Settings settings, List<String> notices) {
            this.settings = settings;
            this.notices = notices;
        }
    }

    private static final int MAX_PAIRS = 40;
    private static final int MAX_LENGTH = 2000;

    private LayersLink() {
    }

    /** The page's defaults: depth 10, width 32, tanh, Xavier uniform, no batch norm. */
    public static LayerLab.Settings defaults() {
        return new LayerLab.Settings();
    }

    /** Every setting, in a fixed order, then the histograms' axis unless it is the automatic one. */
    public static String encode(LayerLab.Settings s, String axis) {
        return encode(s) + (isAxis(axis) && !axis.equals("auto") ? "&axis=" + axis : "");
    }

    static boolean isAxis(String v) {
        return v.equals("auto") || v.equals("linear") || v.equals("log");
    }

    /** Every setting, in a fixed order. */
    public static String encode(LayerLab.Settings s) {
        return "depth=" + s.depth + "&width=" + s.width + "&act=" + activationId(s.activation) + "&init=" + s.init.id()
                + "&scale=" + number(s.scale) + "&gain=" + number(s.gain) + "&k=" + s.nonZero
                + "&bn=" + s.placement.id() + "&lr=" + number(s.learningRate) + "&batch=" + s.batchSize
                + "&seed=" + s.seed + "&data=" + dataId(s.table);
    }

    /** The data=… value: circle, or the table's id. */
    public static String dataId(TableKind table) {
        return table == null ? "circle" : table.id();
    }

    /** Whether the lab offers the data named: circle or digits. */
    public static boolean isData(String id) {
        return id.equals("circle") || id.equals(TableKind.DIGITS.id());
    }

    /** The lab's data for an offered data=… value ({@link #isData}): null for the circle, else the digits. */
    public static TableKind data(String id) {
        return id.equals(TableKind.DIGITS.id()) ? TableKind.DIGITS : null;
    }

    /** Settings from a hash (with or without its '#'); never throws. */
    public static Decoded decode(String hash) {
        LayerLab.Settings s = defaults();
        List<String> notices = new ArrayList<>();
        if (hash == null) {
            return new Decoded(s, notices);
        }
        String h = hash.startsWith("#") ? hash.substring(1) : hash;
        if (h.length() > MAX_LENGTH) {
            notices.add("the link is too long (" + h.length() + " characters): using the defaults");
            return new Decoded(s, notices);
        }
        if (h.isEmpty()) {
            return new Decoded(s, notices);
        }
        int pairs = 0;
        int start = 0;
        String axis = "auto";
        while (start <= h.length()) {
            int end = h.indexOf('&', start);
            if (end < 0) {
                end = h.length();
            }
            String pair = h.substring(start, end);
            start = end + 1;
            if (pair.isEmpty()) {
                continue;
            }
            if (++pairs > MAX_PAIRS) {
                notices.add("more than " + MAX_PAIRS + " settings in the link: the rest ignored");
                break;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                notices.add("ignored \"" + clip(pair) + "\": not a key=value pair");
                continue;
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (key.equals("axis")) {
                if (isAxis(value)) {
                    axis = value;
                } else {
                    notices.add(bad(key, value, "auto, linear or log"));
                }
                continue;
            }
            String problem = apply(s, key, value);
            if (!problem.isEmpty()) {
                notices.add(problem);
            }
        }
        Decoded d = new Decoded(s, notices);
        d.axis = axis;
        return d;
    }

    private static String apply(LayerLab.Settings s, String key, String value) {
        switch (key) {
            case "depth": {
                int v = integer(value, 2, 12);
                if (v == Integer.MIN_VALUE) {
                    return bad(key, value, "a whole number from 2 to 12");
                }
                s.depth = v;
                return "";
            }
            case "width": {
                int v = integer(value, 8, 64);
                if (v == Integer.MIN_VALUE) {
                    return bad(key, value, "a whole number from 8 to 64");
                }
                s.width = v;
                return "";
            }
            case "act": {
                Activation a = activation(value);
                if (a == null) {
                    return bad(key, value, "tanh, relu or sigmoid");
                }
                s.activation = a;
                return "";
            }
            case "init": {
                Init i = Init.fromId(value);
                if (i == null) {
                    return bad(key, value, "one of " + Init.ids());
                }
                s.init = i;
                return "";
            }
            case "scale": {
                double v = real(value, 0.001, 10);
                if (v != v) {
                    return bad(key, value, "a number from 0.001 to 10");
                }
                s.scale = v;
                return "";
            }
            case "gain": {
                double v = real(value, 0.1, 4);
                if (v != v) {
                    return bad(key, value, "a number from 0.1 to 4");
                }
                s.gain = v;
                return "";
            }
            case "k": {
                int v = integer(value, 1, 64);
                if (v == Integer.MIN_VALUE) {
                    return bad(key, value, "a whole number from 1 to 64");
                }
                s.nonZero = v;
                return "";
            }
            case "bn": {
                BatchNormPlacement p = BatchNormPlacement.fromId(value);
                if (p == null) {
                    return bad(key, value, "none, before or after");
                }
                s.placement = p;
                return "";
            }
            case "lr": {
                double v = real(value, 0.0001, 10);
                if (v != v) {
                    return bad(key, value, "a number from 0.0001 to 10");
                }
                s.learningRate = v;
                return "";
            }
            case "batch": {
                int v = integer(value, 1, 200);
                if (v == Integer.MIN_VALUE) {
                    return bad(key, value, "a whole number from 1 to 200");
                }
                s.batchSize = v;
                return "";
            }
            case "seed": {
                int v = integer(value, 1, 9999);
                if (v == Integer.MIN_VALUE) {
                    return bad(key, value, "a whole number from 1 to 9999");
                }
                s.seed = v;
                return "";
            }
            case "data": {
                if (!isData(value)) {
                    return bad(key, value, "circle or digits");
                }
                s.table = data(value);
                return "";
            }
            default:
                return "ignored the unknown setting \"" + clip(key) + "\"";
        }
    }

    private static String bad(String key, String value, String expected) {
        return key + "=\"" + clip(value) + "\" is not " + expected + ": kept the default";
    }

    /** At most 24 characters of untrusted text, control characters replaced. */
    static String clip(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 24; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (s.length() > 24) {
            b.append('…');
        }
        return b.toString();
    }

    /** A whole number in [lo, hi], or Integer.MIN_VALUE. Digits only, at most 6 of them. */
    static int integer(String text, int lo, int hi) {
        if (text.isEmpty() || text.length() > 6) {
            return Integer.MIN_VALUE;
        }
        int v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE;
            }
            v = 10 * v + (c - '0');
        }
        return v < lo || v > hi ? Integer.MIN_VALUE : v;
    }

    /** A finite number in [lo, hi] written with digits, '.', 'e', '-' or '+', or NaN. */
    static double real(String text, double lo, double hi) {
        if (text.isEmpty() || text.length() > 24) {
            return Double.NaN;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return Double.NaN;
            }
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return v >= lo && v <= hi ? v : Double.NaN;
    }

    static Activation activation(String id) {
        for (Activation a : new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID}) {
            if (activationId(a).equals(id)) {
                return a;
            }
        }
        return null;
    }

    static String activationId(Activation a) {
        return a == Activation.RELU ? "relu" : a == Activation.SIGMOID ? "sigmoid" : "tanh";
    }

    /** Short decimal form: 1 → "1", 0.03 → "0.03". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Integer.toString((int) v);
        }
        return Double.toString(v);
    }
}
