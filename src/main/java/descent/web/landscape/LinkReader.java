package descent.web.landscape;

import descent.core.landscape.LandscapeChoices;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.core.landscape.LandscapeSurface;
import descent.core.landscape.ViewBox;
import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link LandscapeLink} from a hash, defensively: unknown keys are ignored, numbers snap to the values
 * the page's controls offer (the start point is clamped to the surface's view box), and a value that cannot be
 * read keeps the default and adds a notice. A lesson id first sets the lesson's values; the other keys then
 * adjust them.
 */
final class LinkReader {
    private static final int MAX_NOTICES = 8;
    private static final int MAX_SHOWN = 40;
    private static final double[] KAPPAS = LandscapeChoices.kappas();
    private static final int[] STEPS = LandscapeChoices.steps();
    private static final double[] RATES = LandscapeChoices.rates();
    private static final double[] NOISES = LandscapeChoices.noises();
    private static final double[] CLIPS = LandscapeChoices.clips();

    private final LandscapeLink link = new LandscapeLink();

    /** Reads a hash (with or without its leading '#'); never throws. */
    LandscapeLink read(String hash) {
        if (hash == null) {
            return link;
        }
        String h = hash.startsWith("#") ? hash.substring(1) : hash;
        if (h.length() > 4000) {
            notice("The link is too long to read; the defaults are shown.");
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
            String value = LandscapeLink.decode(raw);
            if (value == null) {
                notice("Ignored " + shown(key) + ": its value is not readable.");
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
                useLesson(l);
            } else if (!id.isEmpty()) {
                notice("There is no lesson " + shown(id) + "; free play instead.");
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            read(keys.get(i), values.get(i));
        }
        if (link.hasStart) {
            ViewBox box = link.surface.create(link.kappa).viewBox();
            double cx = clamp(link.x, box.xMin(), box.xMax());
            double cy = clamp(link.y, box.yMin(), box.yMax());
            if (cx != link.x || cy != link.y) {
                notice("The start point lies outside the map; moved to its edge.");
            }
            link.x = cx;
            link.y = cy;
        }
        return link;
    }

    private void useLesson(LandscapeLesson l) {
        link.lesson = l.id();
        link.surface = l.surface();
        link.kappa = snap(KAPPAS, l.kappa());
        link.hasStart = true;
        link.x = l.startX();
        link.y = l.startY();
        OptimizerKind[] chosen = new OptimizerKind[Math.min(LandscapePage.MAX_RACERS, l.optimizerCount())];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = l.optimizer(i);
        }
        link.optimizers = chosen;
        link.steps = snapInt(STEPS, l.steps());
        link.learningRate = snap(RATES, l.learningRate());
        link.momentum = Math.round(clamp(l.momentum(), 0, 0.99) * 100) / 100.0;
        link.noise = 0;
        link.clip = snap(CLIPS, l.clip());
        link.averaging = AveragingMode.NONE;
    }

    private void read(String key, String value) {
        switch (key) {
            case "surface": {
                LandscapeSurface s = LandscapeSurface.fromId(value);
                if (s == null) {
                    notice("There is no surface " + shown(value) + "; kept " + link.surface.id() + ".");
                } else {
                    link.surface = s;
                }
                break;
            }
            case "kappa": {
                double v = number(key, value);
                if (v == v) {
                    link.kappa = snap(KAPPAS, v, key);
                }
                break;
            }
            case "x":
            case "y": {
                double v = number(key, value);
                if (v == v) {
                    link.hasStart = true;
                    if (key.equals("x")) {
                        link.x = v;
                    } else {
                        link.y = v;
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
                    int s = snapInt(STEPS, (int) clamp(v, 0, 1e9));
                    if (s != v) {
                        notice("Steps " + shown(value) + " became " + s + ".");
                    }
                    link.steps = s;
                }
                break;
            }
            case "lr": {
                double v = number(key, value);
                if (v == v) {
                    link.learningRate = snap(RATES, v, key);
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
                    link.momentum = m;
                }
                break;
            }
            case "noise": {
                double v = number(key, value);
                if (v == v) {
                    link.noise = snap(NOISES, v, key);
                }
                break;
            }
            case "clip": {
                double v = number(key, value);
                if (v == v) {
                    link.clip = snap(CLIPS, v, key);
                }
                break;
            }
            case "avg": {
                AveragingMode m = AveragingMode.fromId(value);
                if (m == null) {
                    notice("There is no averaging " + shown(value) + "; kept " + link.averaging.id() + ".");
                } else {
                    link.averaging = m;
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
        link.optimizers = chosen.toArray(new OptimizerKind[0]);
    }

    private static boolean offered(OptimizerKind k) {
        for (OptimizerKind c : LandscapeControls.CHOICES) {
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
        return allowed[LandscapeChoices.nearest(allowed, v)];
    }

    static int snapInt(int[] allowed, int v) {
        return allowed[LandscapeChoices.nearest(allowed, v)];
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void notice(String text) {
        List<String> notices = link.notices;
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

}
