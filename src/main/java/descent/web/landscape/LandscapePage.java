package descent.web.landscape;

import descent.core.experiment.Series;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.core.landscape.LandscapeSurface;
import descent.core.landscape.NoisyClippedSurface;
import descent.core.landscape.Path;
import descent.core.landscape.PointProbe;
import descent.core.landscape.Surface;
import descent.core.landscape.ViewBox;
import descent.core.optim.AveragingMode;
import descent.core.optim.Hyperparameter;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.lanes.LaneStyle;
import descent.web.view.Format;
import descent.web.view.LineChart;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * landscape.html: optimizers racing on a 2D surface from a start the learner clicks, the curvature at the
 * pointer, lessons, and (from a comparison lane's link) slices of a real network's loss.
 *
 * <p>Every change of a setting recomputes each path from its start (a few thousand 2D steps: well under a
 * frame), so the sliders redraw the paths live. A new start replays the race step by step.
 */
public final class LandscapePage {
    static final double[] KAPPAS = {1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000};
    static final int[] STEPS = {50, 100, 200, 500, 1000, 2000};
    static final double[] RATES = {1e-4, 3e-4, 0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.03, 0.038, 0.05, 0.07,
        0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1, 2, 5};
    static final double[] NOISES = {0, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30};
    static final OptimizerKind[] CHOICES = {OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.NESTEROV,
        OptimizerKind.ADAGRAD, OptimizerKind.RMSPROP, OptimizerKind.ADAM, OptimizerKind.NEWTON,
        OptimizerKind.SADDLE_FREE_NEWTON, OptimizerKind.BFGS, OptimizerKind.LBFGS, OptimizerKind.CG};
    static final int MAX_RACERS = 6;
    static final double THRESHOLD = 1e-6;
    private static final int NOISE_SEED = 7;
    private static final double EMA_DECAY = 0.9;
    private static final String FREE_PLAY =
            "Free play: pick a surface and optimizers. Click the map to set the start.";

    /** The page's answer to its script hook. */
    @JSFunctor
    public interface Hook extends JSObject {
        String call(String method, String argument);
    }

    private final Path[] paths = new Path[MAX_RACERS];
    private final Series[] series = new Series[MAX_RACERS];
    private final OptimizerKind[] racers = new OptimizerKind[MAX_RACERS];
    private final HTMLInputElement[] picks = new HTMLInputElement[CHOICES.length];
    private final NoisyClippedSurface objective = new NoisyClippedSurface();
    private final PointProbe probe = new PointProbe();
    private int racerCount;
    private ContourView map;
    private LineChart chart;
    private Surface surface;
    private LandscapeSurface surfaceKind = LandscapeSurface.QUADRATIC;
    private double kappa = 10;
    private int steps = 500;
    private double learningRate = 0.03;
    private double momentum = 0.9;
    private double noise;
    private double clip;
    private AveragingMode averaging = AveragingMode.NONE;
    private double startX;
    private double startY;
    private int shown;
    private int longest;
    private boolean animating;
    private boolean frameRequested;
    private boolean probing;
    private NetSlices net;
    private String lessonId = "";
    /** The network slices' keys of the link, kept as they came (see {@link NetSlices}). */
    private String netKey;
    private String laneKey;
    /** False until the link has been read: changes before that must not overwrite it. */
    private boolean linked;
    private final double[] gradient = new double[2];
    private final double[] hessian = new double[4];

    public void start() {
        for (int i = 0; i < MAX_RACERS; i++) {
            paths[i] = new Path(STEPS[STEPS.length - 1]);
            series[i] = new Series(STEPS[STEPS.length - 1] + 2);
        }
        map = new ContourView("contour", 100);
        chart = new LineChart("land-loss");
        installControls();
        installLessons();
        installPointer();
        // The first map and paths come in a later task, so loading the page is no single long task.
        Window.setTimeout(() -> {
            selectSurface(LandscapeSurface.QUADRATIC, true);
            installHook(this::answer);
            LandscapeLink link = LandscapeLink.parse(Dom.locationHash());
            if (!Dom.locationHash().isEmpty()) {
                apply(link);
            }
            netKey = link.net;
            laneKey = link.lane;
            linked = true;
            ScriptApi.install(this::dispatch);
            Window.current().addEventListener("hashchange", e -> apply(LandscapeLink.parse(Dom.locationHash())));
            net = new NetSlices();
            net.start(link.netHash());
            Dom.document().getBody().setAttribute("data-ready", "true");
        }, 0);
    }

    // ---- controls ----

    private void installControls() {
        HTMLSelectElement surfaces = Dom.byId("surface");
        for (LandscapeSurface s : LandscapeSurface.values()) {
            surfaces.appendChild(El.option(s.id(), s.label()));
        }
        surfaces.addEventListener("change", e -> {
            LandscapeSurface s = LandscapeSurface.fromId(surfaces.getValue());
            if (s != null) {
                selectSurface(s, true);
            }
        });
        range("kappa", KAPPAS.length - 1, indexOf(KAPPAS, kappa), i -> {
            kappa = KAPPAS[i];
            selectSurface(surfaceKind, false);
        });
        range("steps", STEPS.length - 1, indexOfInt(STEPS, steps), i -> {
            steps = STEPS[i];
            recompute(false);
        });
        range("lr", RATES.length - 1, indexOf(RATES, learningRate), i -> {
            learningRate = RATES[i];
            recompute(false);
        });
        range("momentum", 99, (int) Math.round(momentum * 100), i -> {
            momentum = i / 100.0;
            recompute(false);
        });
        range("noise", NOISES.length - 1, 0, i -> {
            noise = NOISES[i];
            recompute(false);
        });
        HTMLSelectElement clipSelect = Dom.byId("clip");
        clipSelect.addEventListener("change", e -> {
            clip = parse(clipSelect.getValue());
            recompute(false);
        });
        HTMLSelectElement averagingSelect = Dom.byId("averaging");
        averagingSelect.addEventListener("change", e -> {
            AveragingMode m = AveragingMode.fromId(averagingSelect.getValue());
            averaging = m == null ? AveragingMode.NONE : m;
            recompute(false);
        });
        HTMLElement box = Dom.byId("optimizers");
        for (int i = 0; i < CHOICES.length; i++) {
            // The page ships these checkboxes in its HTML (so nothing shifts when the script starts); make any missing.
            HTMLInputElement check = (HTMLInputElement) Dom.querySelector(
                    "#optimizers input[value='" + CHOICES[i].id() + "']");
            if (check == null) {
                check = El.input("checkbox", "");
                check.setValue(CHOICES[i].id());
                HTMLElement label = El.make("label", "inline pick");
                label.appendChild(check);
                label.appendChild(El.text("span", "", CHOICES[i].label()));
                box.appendChild(label);
            }
            picks[i] = check;
            check.addEventListener("change", e -> {
                readPicks();
                recompute(true);
            });
        }
        setPicks(new OptimizerKind[] {OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM,
            OptimizerKind.NEWTON, OptimizerKind.BFGS, OptimizerKind.CG});
        Dom.onClick("replay", () -> recompute(true));
    }

    private interface IndexAction {
        void set(int index);
    }

    private void range(String id, int max, int value, IndexAction action) {
        HTMLInputElement input = Dom.byId(id);
        input.setAttribute("max", Integer.toString(max));
        input.setValue(Integer.toString(value));
        action.set(value);
        input.addEventListener("input", e -> {
            int i = (int) parse(input.getValue());
            action.set(Math.max(0, Math.min(max, i)));
            showValues();
        });
    }

    private void setRange(String id, int value) {
        HTMLInputElement input = Dom.byId(id);
        input.setValue(Integer.toString(value));
    }

    private void showValues() {
        Dom.setText("kappa-value", Format.shortest(kappa));
        Dom.setText("steps-value", Integer.toString(steps));
        Dom.setText("lr-value", Format.shortest(learningRate));
        Dom.setText("momentum-value", Format.fixed(momentum, 2));
        Dom.setText("noise-value", Format.shortest(noise));
        Dom.byId("kappa-box").setAttribute("data-hidden-control", "");
        if (surfaceKind.usesKappa()) {
            Dom.byId("kappa-box").removeAttribute("data-hidden-control");
        }
    }

    private void setPicks(OptimizerKind[] chosen) {
        for (int i = 0; i < CHOICES.length; i++) {
            boolean on = false;
            for (OptimizerKind k : chosen) {
                on |= k == CHOICES[i];
            }
            picks[i].setChecked(on);
        }
        readPicks();
    }

    private void readPicks() {
        racerCount = 0;
        for (int i = 0; i < CHOICES.length; i++) {
            if (picks[i].isChecked() && racerCount < MAX_RACERS) {
                racers[racerCount++] = CHOICES[i];
            } else {
                picks[i].setChecked(false);
            }
        }
        for (int i = 0; i < CHOICES.length; i++) {
            picks[i].setDisabled(racerCount == MAX_RACERS && !picks[i].isChecked());
        }
    }

    private void installLessons() {
        HTMLSelectElement select = Dom.byId("land-lesson");
        for (LandscapeLesson l : LandscapeLessons.all()) {
            select.appendChild(El.option(l.id(), l.title()));
        }
        select.addEventListener("change", e -> {
            LandscapeLesson l = LandscapeLessons.find(select.getValue());
            if (l == null) {
                lessonId = "";
                Dom.setText("land-lesson-text", FREE_PLAY);
                writeHash();
                return;
            }
            applyLesson(l);
        });
    }

    void applyLesson(LandscapeLesson l) {
        lessonId = l.id();
        ((HTMLSelectElement) Dom.byId("land-lesson")).setValue(l.id());
        Dom.setText("land-lesson-text", l.lookAt());
        kappa = l.kappa();
        setRange("kappa", indexOf(KAPPAS, kappa));
        learningRate = l.learningRate();
        setRange("lr", indexOf(RATES, learningRate));
        momentum = l.momentum();
        setRange("momentum", (int) Math.round(momentum * 100));
        steps = l.steps();
        setRange("steps", indexOfInt(STEPS, steps));
        steps = STEPS[indexOfInt(STEPS, steps)];
        noise = 0;
        setRange("noise", 0);
        clip = l.clip();
        ((HTMLSelectElement) Dom.byId("clip")).setValue(clip > 0 ? Format.shortest(clip) : "0");
        averaging = AveragingMode.NONE;
        ((HTMLSelectElement) Dom.byId("averaging")).setValue("none");
        OptimizerKind[] chosen = new OptimizerKind[l.optimizerCount()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = l.optimizer(i);
        }
        setPicks(chosen);
        selectSurface(l.surface(), true);
        startX = l.startX();
        startY = l.startY();
        recompute(true);
    }

    private void selectSurface(LandscapeSurface kind, boolean resetStart) {
        surfaceKind = kind;
        ((HTMLSelectElement) Dom.byId("surface")).setValue(kind.id());
        surface = kind.create(kappa);
        ViewBox box = surface.viewBox();
        map.setSurface(surface, box.xMin(), box.xMax(), box.yMin(), box.yMax());
        if (resetStart) {
            startX = surface.startX();
            startY = surface.startY();
        }
        Dom.setText("map-title", "Contour map: " + kind.label());
        showValues();
        recompute(resetStart);
    }

    // ---- the race ----

    /** Recomputes every path from the start; {@code replay} shows them growing step by step. */
    void recompute(boolean replay) {
        longest = 0;
        boolean finiteFloor = surface.infimum() - surface.infimum() == 0;
        chart.clear();
        chart.setLogScale(finiteFloor);
        for (int r = 0; r < racerCount; r++) {
            OptimizerKind kind = racers[r];
            OptimizerSettings s = kind.defaults();
            if (kind.uses(Hyperparameter.LEARNING_RATE)) {
                s = s.withLearningRate(learningRate);
            }
            if (kind.uses(Hyperparameter.MOMENTUM)) {
                s = s.withMomentum(momentum);
            }
            // clipping is for the first-order rules: the line searches compare values with slopes
            objective.reset(surface, noise, kind.usesLearningRate() ? clip : 0, NOISE_SEED + r);
            Path p = paths[r].trace(objective, kind, s, startX, startY, steps, THRESHOLD, averaging, EMA_DECAY);
            longest = Math.max(longest, p.steps());
            Series ser = series[r];
            ser.clear();
            double floor = finiteFloor ? surface.infimum() : 0;
            for (int i = 0; i < p.size(); i++) {
                // exact zeros and 1e-30s would stretch the log axis over thirty decades: floor at 1e-14
                ser.add(i, finiteFloor ? Math.max(p.loss(i) - floor, 1e-14) : p.loss(i));
            }
            chart.add(ser, LaneStyle.colour(r), LaneStyle.dash(r));
        }
        Dom.setText("land-steps", Integer.toString(steps));
        updateTable();
        writeHash();
        // A learner who asked the system for reduced motion gets the finished paths, not an animation.
        if (replay && !Dom.matchesMedia("(prefers-reduced-motion: reduce)")) {
            shown = 0;
            animating = true;
        } else {
            shown = longest;
            animating = false;
        }
        requestFrame();
    }

    private void updateTable() {
        HTMLElement body = Dom.byId("racers");
        El.clear(body);
        for (int r = 0; r < racerCount; r++) {
            Path p = paths[r];
            HTMLElement row = El.make("tr", "");
            row.setAttribute("data-kind", racers[r].id());
            row.setAttribute("data-steps-below", Integer.toString(p.firstStepBelow()));
            HTMLElement name = El.make("td", "");
            HTMLElement key = El.make("span", "land-key-line");
            Dom.setStyle(key, "border-top-color", LaneStyle.colour(r));
            Dom.setStyle(key, "border-top-style", r % 6 == 0 ? "solid" : r % 6 == 2 ? "dotted" : "dashed");
            name.appendChild(key);
            name.appendChild(El.text("span", "", racers[r].label() + " (" + LaneStyle.dashName(r) + ")"));
            row.appendChild(name);
            row.appendChild(El.text("td", "", p.firstStepBelow() < 0 ? "not within " + steps
                    : Integer.toString(p.firstStepBelow())));
            row.appendChild(El.text("td", "", p.size() == 0 ? "–" : Format.significant(p.lastLoss(), 4)));
            double d = p.size() == 0 ? Double.NaN : surface.distanceToNearestMinimum(p.lastX(), p.lastY());
            row.appendChild(El.text("td", "", surface.minimumCount() == 0 ? "no minimum" : Format.significant(d, 3)));
            row.appendChild(El.text("td", "", Integer.toString(p.clippedSteps())));
            String status = p.divergedAt() >= 0 ? "diverged at step " + p.divergedAt() : "ok";
            HTMLElement st = El.text("td", p.divergedAt() >= 0 ? "status-diverged" : "", status);
            row.appendChild(st);
            body.appendChild(row);
        }
    }

    private void requestFrame() {
        if (!frameRequested) {
            frameRequested = true;
            Window.requestAnimationFrame(this::frame);
        }
    }

    private void frame(double now) {
        frameRequested = false;
        if (animating) {
            shown = Math.min(longest, shown + Math.max(1, longest / 90));
            animating = shown < longest;
        }
        draw();
        if (animating) {
            requestFrame();
        }
    }

    private void draw() {
        CanvasRenderingContext2D g = map.begin();
        for (int i = 0; i < surface.minimumCount(); i++) {
            map.drawMinimum(g, surface.minimumX(i), surface.minimumY(i));
        }
        for (int r = 0; r < racerCount; r++) {
            map.drawPath(g, paths[r], shown, LaneStyle.colour(r), LaneStyle.dash(r));
        }
        map.drawStart(g, startX, startY);
        if (probing) {
            map.drawProbe(g, probe);
        }
        map.end();
        Dom.setText("land-step", Integer.toString(shown));
        chart.draw();
    }

    // ---- the pointer ----

    private void installPointer() {
        HTMLElement canvas = map.canvas().element();
        canvas.addEventListener("mousemove", e -> {
            MouseEvent m = (MouseEvent) e;
            pointAt(m.getOffsetX(), m.getOffsetY());
        });
        canvas.addEventListener("click", e -> {
            MouseEvent m = (MouseEvent) e;
            if (map.insidePlot(m.getOffsetX(), m.getOffsetY())) {
                startX = map.xAt(m.getOffsetX());
                startY = map.yAt(m.getOffsetY());
                recompute(true);
            }
        });
    }

    private void pointAt(double cssX, double cssY) {
        if (!map.insidePlot(cssX, cssY)) {
            return;
        }
        probe.at(surface, map.xAt(cssX), map.yAt(cssY));
        probing = true;
        Dom.setText("probe-point", "(" + Format.significant(probe.x(), 3) + ", " + Format.significant(probe.y(), 3) + ")");
        Dom.setText("probe-value", Format.significant(probe.value(), 4));
        Dom.setText("probe-grad", pair(probe.gradientX(), probe.gradientY()) + ", ‖g‖ = "
                + Format.significant(probe.gradientNorm(), 3));
        Dom.setText("probe-newton", pair(probe.newtonX(), probe.newtonY()));
        Dom.setText("probe-eigen", "λ₁ = " + Format.significant(probe.lambda1(), 4) + ", λ₂ = "
                + Format.significant(probe.lambda2(), 4));
        Dom.setText("probe-vectors", "v₁ = " + pair(probe.vector1X(), probe.vector1Y()) + ", v₂ = "
                + pair(probe.vector2X(), probe.vector2Y()));
        String kind = probe.kind().word();
        Dom.setText("probe-kind", probe.isCritical() ? kind + " (a critical point: g = 0)"
                : kind + " (curvature shaped like a " + kind + "; g ≠ 0)");
        Dom.byId("probe-kind").setAttribute("data-kind", kind);
        Dom.setText("probe-gg", Format.significant(probe.gTg(), 4));
        Dom.setText("probe-ghg", Format.significant(probe.gTHg(), 4));
        double eps = probe.optimalStep();
        Dom.setText("probe-step", eps - eps == 0 ? "ε* = " + Format.significant(eps, 4)
                : "none: gᵀHg ≤ 0, J falls without bound along −g in the quadratic model");
        requestFrame();
    }

    private static String pair(double a, double b) {
        return "(" + Format.significant(a, 3) + ", " + Format.significant(b, 3) + ")";
    }

    // ---- the link: settings in the URL hash ----

    /** The page's settings as a link. */
    private LandscapeLink link() {
        LandscapeLink l = new LandscapeLink();
        l.lesson = lessonId;
        l.surface = surfaceKind;
        l.kappa = kappa;
        l.hasStart = true;
        l.x = startX;
        l.y = startY;
        l.optimizers = new OptimizerKind[racerCount];
        System.arraycopy(racers, 0, l.optimizers, 0, racerCount);
        l.steps = steps;
        l.learningRate = learningRate;
        l.momentum = momentum;
        l.noise = noise;
        l.clip = clip;
        l.averaging = averaging;
        l.net = netKey;
        l.lane = laneKey;
        return l;
    }

    private void writeHash() {
        if (linked) {
            Dom.replaceHash(link().encode());
        }
    }

    /** Sets every control from a link (the lesson first, then its adjustments) and shows its notices. */
    private void apply(LandscapeLink l) {
        netKey = l.net;
        laneKey = l.lane;
        boolean wasLinked = linked;
        linked = false; // one write at the end, not one per control
        LandscapeLesson lesson = l.lesson.isEmpty() ? null : LandscapeLessons.find(l.lesson);
        if (lesson != null) {
            applyLesson(lesson);
        } else {
            lessonId = "";
            ((HTMLSelectElement) Dom.byId("land-lesson")).setValue("");
            Dom.setText("land-lesson-text", FREE_PLAY);
        }
        kappa = l.kappa;
        setRange("kappa", indexOf(KAPPAS, kappa));
        steps = l.steps;
        setRange("steps", indexOfInt(STEPS, steps));
        learningRate = l.learningRate;
        setRange("lr", indexOf(RATES, learningRate));
        momentum = l.momentum;
        setRange("momentum", (int) Math.round(momentum * 100));
        noise = l.noise;
        setRange("noise", indexOf(NOISES, noise));
        clip = l.clip;
        ((HTMLSelectElement) Dom.byId("clip")).setValue(clip > 0 ? Format.shortest(clip) : "0");
        averaging = l.averaging;
        ((HTMLSelectElement) Dom.byId("averaging")).setValue(averaging.id());
        setPicks(l.optimizers);
        selectSurface(l.surface, true);
        if (l.hasStart) {
            startX = l.x;
            startY = l.y;
        }
        linked = wasLinked;
        recompute(true);
        showNotices(l.notices);
    }

    private static void showNotices(java.util.List<String> notices) {
        HTMLElement box = Dom.byId("land-notices");
        El.clear(box);
        HTMLElement list = El.make("ul", "");
        for (String n : notices) {
            list.appendChild(El.text("li", "", n));
        }
        box.appendChild(list);
        if (notices.isEmpty()) {
            box.setAttribute("hidden", "");
        } else {
            box.removeAttribute("hidden");
        }
    }

    // ---- script API: window.descent ----

    private String dispatch(String method, String argument) {
        switch (method) {
            case "load": {
                LandscapeLink l = LandscapeLink.parse(argument);
                apply(l);
                StringBuilder s = new StringBuilder("[");
                for (int i = 0; i < l.notices.size(); i++) {
                    s.append(i > 0 ? "," : "").append(ScriptApi.quote(l.notices.get(i)));
                }
                return s.append(']').toString();
            }
            case "play":
                if (shown >= longest) {
                    shown = 0;
                }
                animating = shown < longest;
                requestFrame();
                return "true";
            case "pause":
                animating = false;
                return "true";
            case "step": {
                int n = (int) Math.max(0, Math.min(100000, parse(argument)));
                animating = false;
                shown = Math.min(longest, shown + n);
                draw();
                return Integer.toString(shown);
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
        StringBuilder s = new StringBuilder("{\"lanes\":[");
        for (int r = 0; r < racerCount; r++) {
            Path p = paths[r];
            int i = Math.max(0, Math.min(shown, p.size() - 1));
            double loss = p.size() == 0 ? Double.NaN : p.loss(i);
            double g = Double.NaN;
            if (p.size() > 0) {
                surface.evaluate(p.x(i), p.y(i), gradient, hessian);
                g = Math.hypot(gradient[0], gradient[1]);
            }
            String status = p.divergedAt() >= 0 && i >= p.divergedAt() ? "diverged"
                    : p.firstStepBelow() >= 0 && i >= p.firstStepBelow() ? "converged"
                    : animating && i < p.steps() ? "running" : "paused";
            s.append(r > 0 ? "," : "").append("{\"label\":").append(ScriptApi.quote(racers[r].label()))
                    .append(",\"id\":").append(ScriptApi.quote(racers[r].id()))
                    .append(",\"step\":").append(i)
                    .append(",\"trainLoss\":").append(ScriptApi.number(loss))
                    .append(",\"valLoss\":null,\"accuracy\":null")
                    .append(",\"gradNorm\":").append(ScriptApi.number(g))
                    .append(",\"status\":").append(ScriptApi.quote(status)).append('}');
        }
        return s.append("]}").toString();
    }

    // ---- script hook: window.descentLandscape ----

    private String answer(String method, String argument) {
        if (method.equals("pixel")) {
            int comma = argument.indexOf(',');
            double x = parse(argument.substring(0, comma));
            double y = parse(argument.substring(comma + 1));
            return "{\"x\":" + ScriptApi.number(map.px(x)) + ",\"y\":" + ScriptApi.number(map.py(y)) + "}";
        }
        if (method.equals("probe")) {
            int comma = argument.indexOf(',');
            double x = parse(argument.substring(0, comma));
            double y = parse(argument.substring(comma + 1));
            pointAt(map.px(x), map.py(y));
        }
        if (method.equals("net")) {
            return net.json();
        }
        return state();
    }

    private String state() {
        StringBuilder s = new StringBuilder("{\"surface\":").append(ScriptApi.quote(surfaceKind.id()))
                .append(",\"kappa\":").append(ScriptApi.number(kappa))
                .append(",\"start\":[").append(ScriptApi.number(startX)).append(',').append(ScriptApi.number(startY))
                .append("],\"steps\":").append(steps).append(",\"shown\":").append(shown)
                .append(",\"learningRate\":").append(ScriptApi.number(learningRate))
                .append(",\"momentum\":").append(ScriptApi.number(momentum))
                .append(",\"gridLow\":").append(ScriptApi.number(map.grid().low()))
                .append(",\"gridHigh\":").append(ScriptApi.number(map.grid().high()))
                .append(",\"contourSegments\":").append(map.grid().segmentCount())
                .append(",\"probe\":").append(probing ? ScriptApi.quote(probe.kind().word()) : "null")
                .append(",\"racers\":[");
        for (int r = 0; r < racerCount; r++) {
            Path p = paths[r];
            s.append(r > 0 ? "," : "").append("{\"id\":").append(ScriptApi.quote(racers[r].id()))
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

    // ---- helpers ----

    static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int indexOf(double[] values, double v) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    static int indexOfInt(int[] values, int v) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) {
                best = i;
            }
        }
        return best;
    }
}
