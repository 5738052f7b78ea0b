package descent.web.landscape;

import descent.web.view.ContourView;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.core.landscape.Path;
import descent.core.landscape.PathRace;
import descent.web.ScriptApi;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The landscape page's script interfaces: {@code window.descent} (load, play, pause, step, lessons, metrics; the
 * same calls as the comparison playground's) and {@code window.descentLandscape} (state, pixel, probe, net) for
 * the browser tests.
 */
final class LandscapeScript {
    /** The page's answer to its script hook. */
    @JSFunctor
    interface Hook extends JSObject {
        String call(String method, String argument);
    }

    private final LandscapePage page;
    private final double[] gradient = new double[2];
    private final double[] hessian = new double[4];

    LandscapeScript(LandscapePage page) {
        this.page = page;
    }

    void install() {
        installHook(this::answer);
    }

    // ---- window.descent ----

    String dispatch(String method, String argument) {
        switch (method) {
            case "load": {
                LandscapeLink l = LandscapeLink.parse(argument);
                page.apply(l);
                StringBuilder s = new StringBuilder("[");
                for (int i = 0; i < l.notices.size(); i++) {
                    s.append(i > 0 ? "," : "").append(ScriptApi.quote(l.notices.get(i)));
                }
                return s.append(']').toString();
            }
            case "play":
                if (page.holding) {
                    page.play();
                    return "true";
                }
                if (page.shown >= page.race.longest()) {
                    page.shown = 0;
                }
                page.animating = page.shown < page.race.longest();
                page.requestFrame();
                return "true";
            case "pause":
                page.animating = false;
                return "true";
            case "step": {
                int n = (int) Math.max(0, Math.min(100000, LandscapePage.parse(argument)));
                page.animating = false;
                page.holding = false; // stepping is playing
                page.shown = Math.min(page.race.longest(), page.shown + n);
                page.draw();
                return Integer.toString(page.shown);
            }
            case "lessons": {
                StringBuilder s = new StringBuilder("[");
                LandscapeLesson[] all = LandscapeLessons.all();
                for (int i = 0; i < all.length; i++) {
                    s.append(i > 0 ? "," : "").append("{\"id\":").append(ScriptApi.quote(all[i].id()))
                            .append(",\"title\":").append(ScriptApi.quote(all[i].title())).append('}');
                }
                return s.append(']').toString();
            }
            case "metrics":
                return metrics();
            default:
                return "null";
        }
    }

    private String metrics() {
        PathRace race = page.race;
        StringBuilder s = new StringBuilder("{\"lanes\":[");
        for (int r = 0; r < race.count(); r++) {
            Path p = race.path(r);
            int i = Math.max(0, Math.min(page.shown, p.size() - 1));
            double loss = p.size() == 0 ? Double.NaN : p.loss(i);
            double g = Double.NaN;
            if (p.size() > 0) {
                page.surface.evaluate(p.x(i), p.y(i), gradient, hessian);
                g = Math.hypot(gradient[0], gradient[1]);
            }
            String status = p.divergedAt() >= 0 && i >= p.divergedAt() ? "diverged"
                    : p.firstStepBelow() >= 0 && i >= p.firstStepBelow() ? "converged"
                    : page.animating && i < p.steps() ? "running" : "paused";
            s.append(r > 0 ? "," : "").append("{\"label\":").append(ScriptApi.quote(race.kind(r).label()))
                    .append(",\"id\":").append(ScriptApi.quote(race.kind(r).id()))
                    .append(",\"step\":").append(i)
                    .append(",\"trainLoss\":").append(ScriptApi.number(loss))
                    .append(",\"valLoss\":null,\"accuracy\":null")
                    .append(",\"gradNorm\":").append(ScriptApi.number(g))
                    .append(",\"status\":").append(ScriptApi.quote(status)).append('}');
        }
        return s.append("]}").toString();
    }

    // ---- window.descentLandscape ----

    private String answer(String method, String argument) {
        if (method.equals("pixel") || method.equals("probe")) {
            int comma = argument.indexOf(',');
            double x = LandscapePage.parse(argument.substring(0, comma));
            double y = LandscapePage.parse(argument.substring(comma + 1));
            if (method.equals("pixel")) {
                return "{\"x\":" + ScriptApi.number(page.map.px(x)) + ",\"y\":" + ScriptApi.number(page.map.py(y))
                        + "}";
            }
            page.pointAt(page.map.px(x), page.map.py(y));
        }
        if (method.equals("net")) {
            return page.net.json();
        }
        return state();
    }

    private String state() {
        LandscapeControls c = page.controls;
        ContourView map = page.map;
        StringBuilder s = new StringBuilder("{\"surface\":").append(ScriptApi.quote(c.surface.id()))
                .append(",\"lesson\":").append(ScriptApi.quote(page.lessonId))
                .append(",\"kappa\":").append(ScriptApi.number(c.kappa))
                .append(",\"start\":[").append(ScriptApi.number(page.startX)).append(',')
                .append(ScriptApi.number(page.startY))
                .append("],\"steps\":").append(c.steps).append(",\"shown\":").append(page.shown)
                .append(",\"longest\":").append(page.race.longest())
                .append(",\"learningRate\":").append(ScriptApi.number(c.learningRate))
                .append(",\"momentum\":").append(ScriptApi.number(c.momentum))
                .append(",\"gridLow\":").append(ScriptApi.number(map.grid().low()))
                .append(",\"gridHigh\":").append(ScriptApi.number(map.grid().high()))
                .append(",\"contourSegments\":").append(map.grid().segmentCount())
                .append(",\"probe\":").append(page.probing ? ScriptApi.quote(page.probe.kind().word()) : "null")
                .append(",\"racers\":[");
        PathRace race = page.race;
        for (int r = 0; r < race.count(); r++) {
            Path p = race.path(r);
            s.append(r > 0 ? "," : "").append("{\"id\":").append(ScriptApi.quote(race.kind(r).id()))
                    .append(",\"stepsBelow\":").append(p.firstStepBelow())
                    .append(",\"points\":").append(p.size())
                    .append(",\"divergedAt\":").append(p.divergedAt())
                    .append(",\"clipped\":").append(p.clippedSteps());
            if (p.size() > 0) {
                s.append(",\"last\":[").append(ScriptApi.number(p.lastX())).append(',')
                        .append(ScriptApi.number(p.lastY())).append("],\"loss\":")
                        .append(ScriptApi.number(p.lastLoss())).append(",\"second\":[")
                        .append(ScriptApi.number(p.x(Math.min(1, p.size() - 1)))).append(',')
                        .append(ScriptApi.number(p.y(Math.min(1, p.size() - 1)))).append(']');
            }
            s.append('}');
        }
        return s.append("]}").toString();
    }

    @JSBody(params = "hook", script = ""
            + "var call = function (m, a) { return JSON.parse(hook(m, a === undefined ? '' : String(a))); };"
            + "window.descentLandscape = Object.freeze({"
            + "  state: function () { return call('state'); },"
            + "  pixel: function (x, y) { return call('pixel', x + ',' + y); },"
            + "  probe: function (x, y) { return call('probe', x + ',' + y); },"
            + "  net: function () { return call('net'); }"
            + "});")
    private static native void installHook(Hook hook);
}
