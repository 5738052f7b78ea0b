package descent.web.lanes;

import descent.core.experiment.Race;
import descent.core.experiment.RaceSurface;
import descent.core.experiment.Run;
import descent.core.experiment.SurfacePicture;
import descent.core.experiment.SurfaceView;
import descent.engine.SurfaceMirror;
import descent.core.landscape.ContourGrid;
import descent.core.landscape.LossPlane;
import descent.web.dom.Dom;
import descent.web.view.ContourView;
import descent.web.view.Format;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * "All lanes on one loss surface": the panel under the charts that builds a {@link RaceSurface} from the lanes'
 * paths, computes its grid a few milliseconds per frame (progress bar), then draws the surface with every lane's
 * path replayed step by step, and, while the lanes train on, each lane's live position. The surface is built
 * again when the lanes change, and when they stop (a pause, a step) after moving on, so that a still picture
 * shows the paths up to where the lanes are.
 *
 * <p>With the engine in a worker the engine builds and computes the surface from its own runs
 * ({@link #updateRemote}); this panel asks for it, shows its progress and draws the picture it sends, with the
 * live positions of every later snapshot.
 *
 * <p>The canvas says what it shows: {@code data-state} (off, computing, done, unavailable, failed),
 * {@code data-directions}, {@code data-captured}, {@code data-built-at}, {@code data-lanes} (race indices),
 * {@code data-dots} (each lane's dot in css px, "x,y;x,y…") and {@code data-replayed} (the replay reached the
 * build's step). A table under it gives the same as text.
 */
public final class SurfacePanel {
    private static final double BUDGET_MS = 6;
    private static final int REPLAY_FRAMES = 90;

    private final Runnable viewsChanged;
    private final SurfacePaths paths = new SurfacePaths();
    private final double[] ab = new double[2];
    private SurfaceView view = SurfaceView.OFF;
    private ContourView map;
    private RaceSurface surface;
    /** What is drawn: the surface computed here, or the engine's copy. */
    private SurfacePicture shown;
    private SurfaceMirror remote;
    private Race labels;
    private int remoteBuild = -1;
    private java.util.function.Consumer<SurfaceView> asker = v -> { };
    private Runnable puller = () -> { };
    private Race race;
    private Run[] builtRuns = new Run[0];
    private boolean running;
    private boolean local = true;
    private boolean computing;
    private double shownStep;
    private double replayStride;
    private boolean ticking;
    private boolean replayWhenDone;

    public SurfacePanel(Runnable viewsChanged) {
        this.viewsChanged = viewsChanged;
        Dom.onClick("surface-draw", () -> chosen(view == SurfaceView.OFF ? chosenPlane() : SurfaceView.OFF));
        Dom.onClick("surface-replay", this::replay);
        for (String id : new String[] {"surface-pca", "surface-random"}) {
            Dom.onChange(id, () -> {
                if (view != SurfaceView.OFF) {
                    chosen(chosenPlane());
                }
            });
        }
    }

    /** The view the link carries. */
    public SurfaceView view() {
        return view;
    }

    /**
     * Worker mode: {@code ask} tells the engine which view is open, {@code pull} asks it for a snapshot (the
     * page pulls only while it plays; the progress bar wants them while the grid is computed).
     */
    public void useEngine(java.util.function.Consumer<SurfaceView> ask, Runnable pull) {
        asker = ask;
        puller = pull;
    }

    private void chosen(SurfaceView next) {
        setView(next);
        update(local ? race : null, running);
    }

    /** Opens or closes the view (from the link or the button); the next {@link #update} builds the surface. */
    public void setView(SurfaceView next) {
        SurfaceView before = view;
        view = next == null ? SurfaceView.OFF : next;
        ((HTMLInputElement) Dom.byId("surface-pca")).setChecked(view != SurfaceView.RANDOM);
        ((HTMLInputElement) Dom.byId("surface-random")).setChecked(view == SurfaceView.RANDOM);
        HTMLElement button = Dom.byId("surface-draw");
        button.setTextContent(view == SurfaceView.OFF ? "Draw the surface" : "Hide the surface");
        button.setAttribute("aria-expanded", view == SurfaceView.OFF ? "false" : "true");
        asker.accept(view);
        if (view == SurfaceView.OFF) {
            surface = null;
            shown = null;
            computing = false;
            Dom.byId("surface-box").setAttribute("hidden", "");
            Dom.byId("surface-table").setAttribute("hidden", "");
            Dom.byId("surface-progress").setAttribute("hidden", "");
            Dom.byId("surface-replay").setAttribute("disabled", "");
            Dom.setText("surface-status", "");
            state("off");
        } else if (next != before) {
            surface = null; // built at the next update, from the lanes the page has then
            shown = null;
            remoteBuild = -1;
        }
        if (before != view) {
            viewsChanged.run();
        }
    }

    private SurfaceView chosenPlane() {
        return ((HTMLInputElement) Dom.byId("surface-random")).isChecked() ? SurfaceView.RANDOM : SurfaceView.PRINCIPAL;
    }

    /**
     * The page's frame: the race it trains (null when the lanes train in the worker) and whether its loop runs.
     * Cheap when nothing changed; the work itself happens in this panel's own frames.
     */
    public void update(Race current, boolean loopRunning) {
        local = current != null;
        running = loopRunning;
        if (view == SurfaceView.OFF) {
            race = current;
            return;
        }
        if (!local) {
            race = null;
            return; // the engine's snapshots drive it: updateRemote
        }
        boolean changed = current != race || lanesChanged(current);
        race = current;
        if (changed) {
            build(true);
        } else if (!running && !computing && surface != null && grown()) {
            build(false);
        } else if (surface != null && !computing) {
            wake();
        }
    }

    /** Worker mode: a snapshot was read; {@code pageRace} gives the lanes' names. */
    public void updateRemote(SurfaceMirror engine, Race pageRace, boolean loopRunning) {
        remote = engine;
        labels = pageRace;
        running = loopRunning;
        if (view == SurfaceView.OFF) {
            return;
        }
        String state = engine.state();
        if (state.equals("failed")) {
            shown = null;
            computing = false;
            Dom.setText("surface-status", engine.failure());
            Dom.byId("surface-box").setAttribute("hidden", "");
            Dom.byId("surface-progress").setAttribute("hidden", "");
            state("failed");
        } else if (state.equals("computing")) {
            if (!computing) {
                computing = true;
                SurfaceText.computing();
            }
            Dom.byId("surface-progress").setAttribute("value", Format.fixed(engine.progress(), 3));
            wake();
        } else if (state.equals("done") && engine.build() != remoteBuild) {
            remoteBuild = engine.build();
            boolean fresh = shown == null || lanesDiffer(engine);
            computing = false;
            replayWhenDone = fresh;
            paths.clearTrails();
            show(engine);
        } else if (shown != null && !computing) {
            wake(); // the live positions moved
        }
    }

    private boolean lanesDiffer(SurfaceMirror engine) {
        if (map == null || !"done".equals(Dom.byId("surface-map").getAttribute("data-state"))) {
            return true;
        }
        return !Dom.byId("surface-map").getAttribute("data-lanes").equals(SurfaceText.laneList(engine));
    }

    private boolean lanesChanged(Race r) {
        if (surface == null) {
            return true;
        }
        int j = 0;
        for (int i = 0; i < r.laneCount(); i++) {
            Run run = r.run(i);
            if (!RaceSurface.canShare(run)) {
                continue;
            }
            if (j >= surface.size() || surface.lane(j) != i || run != builtRuns[j]
                    || run.stepCount() < surface.step(j, surface.plane().pathLength(j) - 1)) {
                return true; // another lane, a restarted one, or a reset
            }
            j++;
        }
        return j != surface.size();
    }

    /** Whether a lane has stepped on since the paths were taken (only asked while the lanes are paused). */
    private boolean grown() {
        int furthest = 0;
        for (int j = 0; j < surface.size(); j++) {
            furthest = Math.max(furthest, race.run(surface.lane(j)).stepCount());
        }
        return furthest != surface.builtAtStep();
    }

    /**
     * A new surface from the paths as they are. A fresh one (other lanes, another plane) replays the paths from
     * θ₀ when done; one rebuilt because the same paths grew shows them at once.
     */
    private void build(boolean fresh) {
        replayWhenDone = fresh;
        try {
            surface = RaceSurface.of(race, view.directions());
        } catch (IllegalArgumentException e) {
            surface = null;
            computing = false;
            Dom.setText("surface-status", e.getMessage());
            Dom.byId("surface-box").setAttribute("hidden", "");
            state("failed");
            return;
        }
        builtRuns = new Run[surface.size()];
        for (int j = 0; j < surface.size(); j++) {
            builtRuns[j] = race.run(surface.lane(j));
        }
        paths.clearTrails();
        computing = true;
        SurfaceText.computing();
        wake();
    }

    private void replay() {
        if (shown != null && !computing) {
            shownStep = 0;
            Dom.byId("surface-map").setAttribute("data-replayed", "false");
            replayStride = Math.max(1, shown.builtAtStep() / (double) REPLAY_FRAMES);
            paths.clearTrails();
            wake();
        }
    }

    private void wake() {
        if (!ticking) {
            ticking = true;
            Window.requestAnimationFrame(this::tick);
        }
    }

    private void tick(double now) {
        ticking = false;
        if (view == SurfaceView.OFF) {
            return;
        }
        if (!local) {
            if (computing) {
                puller.run(); // progress, and the finished picture, come with snapshots
                wake();
                return;
            }
            if (shown != null) {
                drawFrame();
            }
            return;
        }
        if (surface == null) {
            return;
        }
        if (computing) {
            double until = Performance.now() + BUDGET_MS;
            LossPlane plane = surface.plane();
            while (!plane.isDone() && Performance.now() < until) {
                plane.advance(1);
            }
            Dom.byId("surface-progress").setAttribute("value", Format.fixed(plane.progress(), 3));
            if (plane.isDone()) {
                finish();
            }
            wake();
            return;
        }
        drawFrame();
    }

    /** A replay frame, or the paths with each lane's live position. */
    private void drawFrame() {
        boolean replaying = shownStep < shown.builtAtStep();
        if (replaying) {
            shownStep = Math.min(shown.builtAtStep(), shownStep + replayStride);
        } else {
            for (int j = 0; j < shown.size(); j++) {
                if (local) {
                    surface.plane().project(race.run(surface.lane(j)).parameters(), ab);
                    paths.addLive(j, ab[0], ab[1]);
                } else if (remote.livePosition(j, ab)) {
                    paths.addLive(j, ab[0], ab[1]);
                }
            }
        }
        draw(!replaying);
        Dom.byId("surface-map").setAttribute("data-replayed", replaying ? "false" : "true");
        if (replaying || running && local) {
            wake(); // in worker mode each snapshot wakes it
        }
    }

    private void finish() {
        computing = false;
        if (!running && grown()) {
            build(false); // the lanes stepped on (a script's step(n)) while this one was computed
            return;
        }
        labels = race;
        show(surface);
    }

    /** Shows a finished surface: computed here or sent by the engine. */
    private void show(SurfacePicture plane) {
        shown = plane;
        Dom.byId("surface-progress").setAttribute("hidden", "");
        Dom.byId("surface-box").removeAttribute("hidden");
        Dom.byId("surface-replay").removeAttribute("disabled");
        if (map == null) {
            map = new ContourView("surface-map", RaceSurface.GRID);
            map.setAxisNames("a: along d₁ →", "b: along d₂ ↑");
            map.followBoxAspect();
        }
        ContourGrid grid = map.grid();
        System.arraycopy(plane.values(), 0, grid.values(), 0, plane.values().length);
        grid.valuesChanged(plane.xMin(), plane.xMax(), plane.yMin(), plane.yMax());
        map.fieldChanged(plane.xMin(), plane.xMax(), plane.yMin(), plane.yMax());
        SurfaceText.caption(plane);
        SurfaceText.table(plane, labels);
        SurfaceText.mark(plane);
        if (replayWhenDone) {
            replay();
        } else {
            shownStep = plane.builtAtStep();
            wake();
        }
    }

    private void draw(boolean live) {
        CanvasRenderingContext2D g = map.begin();
        paths.draw(g, map, shown, shownStep, live);
        map.end();
        StringBuilder dots = new StringBuilder();
        for (int j = 0; j < shown.size(); j++) {
            dots.append(j == 0 ? "" : ";").append(Format.fixed(paths.dotX(j), 1)).append(',')
                    .append(Format.fixed(paths.dotY(j), 1));
        }
        Dom.byId("surface-map").setAttribute("data-dots", dots.toString());
    }

    /** Redraws at a new size (the page's resize). */
    public void resized() {
        if (shown != null && !computing && map != null) {
            draw(shownStep >= shown.builtAtStep());
        }
    }

    private static void state(String s) {
        SurfaceText.state(s);
    }
}
