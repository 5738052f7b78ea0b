package descent.web.landscape;

import descent.web.view.ContourView;
import descent.core.landscape.LandscapeChoices;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.core.landscape.PathRace;
import descent.core.landscape.PointProbe;
import descent.core.landscape.Surface;
import descent.core.landscape.ViewBox;
import descent.core.optim.OptimizerKind;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * landscape.html: optimizers racing on a 2D surface from a start the learner clicks, the curvature at the
 * pointer, lessons with their claims checked, and (from a comparison lane's link) slices of a real network's loss.
 *
 * <p>Every change of a setting recomputes each path from its start (a few thousand 2D steps: well under a
 * frame), so the sliders redraw the paths live. A new start replays the race step by step; a lesson's verdict
 * is shown once the replay has reached the end.
 */
public final class LandscapePage implements LandscapeControls.Listener {
    static final int MAX_RACERS = 6;
    private static final String FREE_PLAY =
            "Free play: pick a surface and optimizers. Click the map to set the start.";

    final LandscapeControls controls = new LandscapeControls();
    final PathRace race = new PathRace(MAX_RACERS, LandscapeChoices.maxSteps());
    final PointProbe probe = new PointProbe();
    ContourView map;
    private LossChart chart;
    private final LessonBox lessonBox = new LessonBox();
    /** A lesson just opened waits at step 0 for Play, so that its question is answered before the run. */
    boolean holding;
    Surface surface;
    double startX;
    double startY;
    int shown;
    boolean animating;
    boolean probing;
    private boolean frameRequested;
    NetSlices net;
    String lessonId = "";
    /** The network slices' keys of the link, kept as they came (see {@link NetSlices}). */
    private String netKey;
    private String laneKey;
    /** False until the link has been read: changes before that must not overwrite it. */
    private boolean linked;

    public void start() {
        descent.web.Embed.start(); // ?embed=1: the compact view in a course page's frame, its height posted
        map = new ContourView("contour", 100);
        map.followBoxAspect();
        chart = new LossChart("land-loss");
        controls.install(this);
        installLessons();
        installPointer();
        Dom.onClick("replay", this::play);
        // The first map and paths come in a later task, so loading the page is no single long task.
        Window.setTimeout(() -> {
            selectSurface(true);
            LandscapeScript script = new LandscapeScript(this);
            script.install();
            LandscapeLink link = LandscapeLink.parse(Dom.locationHash());
            if (!Dom.locationHash().isEmpty()) {
                apply(link);
            }
            netKey = link.net;
            laneKey = link.lane;
            linked = true;
            ScriptApi.install(script::dispatch);
            Window.current().addEventListener("hashchange", e -> apply(LandscapeLink.parse(Dom.locationHash())));
            net = new NetSlices();
            net.start(link.netHash());
            Dom.document().getBody().setAttribute("data-ready", "true");
        }, 0);
    }

    @Override
    public void settingsChanged(boolean replay) {
        holding = false; // a learner who moves a setting wants to see the paths
        recompute(replay);
    }

    @Override
    public void surfaceChanged(boolean resetStart) {
        holding = false;
        selectSurface(resetStart);
    }

    // ---- lessons ----

    private void installLessons() {
        HTMLSelectElement select = Dom.byId("land-lesson");
        for (LandscapeLesson l : LandscapeLessons.all()) {
            select.appendChild(El.option(l.id(), l.title()));
        }
        select.addEventListener("change", e -> {
            LandscapeLesson l = LandscapeLessons.find(select.getValue());
            if (l == null) {
                freePlay();
                recompute(false);
                return;
            }
            applyLesson(l);
        });
    }

    private void freePlay() {
        lessonId = "";
        holding = false;
        ((HTMLSelectElement) Dom.byId("land-lesson")).setValue("");
        Dom.setText("land-lesson-text", FREE_PLAY);
    }

    void applyLesson(LandscapeLesson l) {
        lessonId = l.id();
        holding = l.prediction() != null;
        ((HTMLSelectElement) Dom.byId("land-lesson")).setValue(l.id());
        Dom.setText("land-lesson-text", l.lookAt());
        LandscapeControls c = controls;
        c.surface = l.surface();
        c.kappa = l.kappa();
        c.learningRate = l.learningRate();
        c.momentum = l.momentum();
        c.steps = l.steps();
        c.noise = 0;
        c.clip = l.clip();
        c.averaging = descent.core.optim.AveragingMode.NONE;
        OptimizerKind[] chosen = new OptimizerKind[l.optimizerCount()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = l.optimizer(i);
        }
        c.setRacers(chosen);
        c.show();
        selectSurface(false);
        startX = l.startX();
        startY = l.startY();
        recompute(true);
    }

    private void selectSurface(boolean resetStart) {
        surface = controls.surface.create(controls.kappa);
        ViewBox box = surface.viewBox();
        map.setSurface(surface, box.xMin(), box.xMax(), box.yMin(), box.yMax());
        if (resetStart) {
            startX = surface.startX();
            startY = surface.startY();
        }
        Dom.setText("map-title", "Contour map: " + controls.surface.label());
        controls.show();
        recompute(resetStart);
    }

    // ---- the race ----

    /** Recomputes every path from the start; {@code replay} shows them growing step by step. */
    void recompute(boolean replay) {
        LandscapeControls c = controls;
        race.setRacers(c.racers(), c.racerCount());
        race.run(surface, startX, startY, c.steps, c.learningRate, c.momentum, c.noise, c.clip, c.averaging);
        chart.show(race, map.grid().low(), map.grid().high(), c.steps);
        Dom.setText("land-steps", Integer.toString(c.steps));
        RaceTable.fill(race, c.steps);
        LandscapeLesson lesson = lessonId.isEmpty() ? null : LandscapeLessons.find(lessonId);
        lessonBox.set(lesson, race);
        Dom.setText("replay", holding ? "Play" : "Replay");
        writeHash();
        // A learner who asked the system for reduced motion gets the finished paths, not an animation.
        if (holding) {
            shown = 0;
            animating = false;
        } else if (replay && !Dom.matchesMedia("(prefers-reduced-motion: reduce)")) {
            shown = 0;
            animating = true;
        } else {
            shown = race.longest();
            animating = false;
        }
        requestFrame();
    }

    /** Play (or replay) the race from its start; the held lesson's question is locked from here on. */
    void play() {
        holding = false;
        recompute(true);
    }

    void requestFrame() {
        if (!frameRequested) {
            frameRequested = true;
            Window.requestAnimationFrame(this::frame);
        }
    }

    private void frame(double now) {
        frameRequested = false;
        int longest = race.longest();
        if (animating) {
            shown = Math.min(longest, shown + Math.max(1, longest / 90));
            animating = shown < longest;
        }
        draw();
        if (animating) {
            requestFrame();
        }
    }

    void draw() {
        CanvasRenderingContext2D g = map.begin();
        PathLayer.drawMinima(g, map, surface);
        // the start below the paths: a path that never leaves it still shows its bars on top
        PathLayer.drawStart(g, map, startX, startY);
        int ticks = 0;
        int exits = 0;
        for (int r = 0; r < race.count(); r++) {
            ticks += PathLayer.drawPath(g, map, race.path(r), shown, r);
            exits += PathLayer.markExit(g, map, race.path(r), shown, r) ? 1 : 0;
        }
        if (probing) {
            ProbeLayer.draw(g, map, probe);
        }
        map.end();
        HTMLElement canvas = map.canvas().element();
        canvas.setAttribute("data-path-ticks", Integer.toString(ticks));
        canvas.setAttribute("data-exits", Integer.toString(exits));
        Dom.setText("land-step", Integer.toString(shown));
        chart.draw(shown);
        lessonBox.progress(holding, shown >= race.longest());
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
                holding = false;
                recompute(true);
            }
        });
    }

    void pointAt(double cssX, double cssY) {
        if (!map.insidePlot(cssX, cssY)) {
            return;
        }
        probe.at(surface, map.xAt(cssX), map.yAt(cssY));
        probing = true;
        ProbeReadout.show(probe);
        requestFrame();
    }

    // ---- the link: settings in the URL hash ----

    /** The page's settings as a link. */
    private LandscapeLink link() {
        LandscapeControls c = controls;
        LandscapeLink l = new LandscapeLink();
        l.lesson = lessonId;
        l.surface = c.surface;
        l.kappa = c.kappa;
        l.hasStart = true;
        l.x = startX;
        l.y = startY;
        l.optimizers = new OptimizerKind[c.racerCount()];
        System.arraycopy(c.racers(), 0, l.optimizers, 0, c.racerCount());
        l.steps = c.steps;
        l.learningRate = c.learningRate;
        l.momentum = c.momentum;
        l.noise = c.noise;
        l.clip = c.clip;
        l.averaging = c.averaging;
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
    void apply(LandscapeLink l) {
        netKey = l.net;
        laneKey = l.lane;
        boolean wasLinked = linked;
        linked = false; // one write at the end, not one per control
        LandscapeLesson lesson = l.lesson.isEmpty() ? null : LandscapeLessons.find(l.lesson);
        if (lesson != null) {
            applyLesson(lesson);
        } else {
            freePlay();
        }
        LandscapeControls c = controls;
        c.surface = l.surface;
        c.kappa = l.kappa;
        c.steps = l.steps;
        c.learningRate = l.learningRate;
        c.momentum = l.momentum;
        c.noise = l.noise;
        c.clip = l.clip;
        c.averaging = l.averaging;
        c.setRacers(l.optimizers);
        selectSurface(true);
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

    static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
