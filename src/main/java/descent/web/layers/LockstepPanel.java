package descent.web.layers;

import org.teavm.jso.browser.Window;

import descent.core.data.DatasetKind;
import descent.core.data.table.TableKind;
import descent.core.experiment.LaneCheck;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.optim.OptimizerKind;
import descent.web.FrameLoop;
import descent.web.TableFiles;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.lanes.ChartsPanel;
import descent.web.lanes.LaneView;
import descent.web.view.Format;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

import java.util.ArrayList;
import java.util.List;

/**
 * The same deep network trained in lockstep four ways — two initializations, each with and without batch norm —
 * by the comparison playground's own {@link Race}, lane cards ({@link LaneView}) and charts ({@link ChartsPanel}).
 */
final class LockstepPanel implements FrameLoop.Frame, LaneView.Listener {
    /** Lanes are kept narrow enough that their decision boundaries stay cheap to redraw. */
    static final int MAX_WIDTH = 16;
    private static final double FIELD_INTERVAL_MS = 400;
    private static final double TEXT_INTERVAL_MS = 150;

    private final FrameLoop loop = new FrameLoop(this);
    private final HTMLElement lanesBox = Dom.byId("lanes");
    private final HTMLSelectElement initA = Dom.byId("cmp-init-a");
    private final HTMLSelectElement initB = Dom.byId("cmp-init-b");
    private final HTMLSelectElement rate = Dom.byId("cmp-lr");
    private final List<LaneView> views = new ArrayList<>();
    private ChartsPanel charts;
    private Race race;
    private int depth = 6;
    private int width = 8;
    private Activation activation = Activation.TANH;
    /** The lab's table (loaded before the lab switched to it), or null for the circle. */
    private TableKind table;
    private int fieldCursor;
    private double lastField = -1e9;
    private double lastText = -1e9;

    void install(int depth, int width, Activation activation, TableKind table) {
        charts = new ChartsPanel();
        for (HTMLSelectElement s : new HTMLSelectElement[] {initA, initB}) {
            for (Init init : Init.values()) {
                s.appendChild(El.option(init.id(), init == Init.NORMAL ? "Normal N(0, 1)" : init.label()));
            }
        }
        initA.setValue(Init.XAVIER_UNIFORM.id());
        initB.setValue(Init.NORMAL.id());
        initA.addEventListener("change", e -> rebuild());
        initB.addEventListener("change", e -> rebuild());
        rate.addEventListener("change", e -> rebuild());
        Dom.onClick("cmp-play", () -> {
            ensureBuilt();
            toggle();
        });
        Dom.onClick("cmp-step", () -> {
            ensureBuilt();
            step(1);
        });
        Dom.onClick("cmp-reset", () -> {
            ensureBuilt();
            race.reset();
            drawAll(true);
        });
        this.depth = depth;
        this.width = Math.min(width, MAX_WIDTH);
        this.activation = activation;
        this.table = table;
    }

    /**
     * Builds the comparison in the background, one lane per task. The page calls it when the section comes
     * into view: four deep networks are the costliest part of the page and nobody sees them before scrolling.
     */
    void build() {
        if (race == null && !building) {
            building = true;
            rebuild();
        }
    }

    /** Builds the comparison at once if it does not exist yet (a control was used before it came into view). */
    void ensureBuilt() {
        if (race == null || building) {
            chunked = false;
            rebuild();
            chunked = true;
        }
    }

    private boolean building;
    private boolean chunked = true;

    /** The lab's network shape (width capped at {@link #MAX_WIDTH}) and data; rebuilds the race once it exists. */
    void setShape(int depth, int width, Activation activation, TableKind table) {
        this.depth = depth;
        this.width = Math.min(width, MAX_WIDTH);
        this.activation = activation;
        this.table = table;
        if (race != null) {
            rebuild();
        }
    }

    private void rebuild() {
        pause();
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = DatasetKind.CIRCLE;
        c.points = 200;
        if (table != null) { // a shipped table is in LoadedTables: the lab was built on it first
            c.table = table;
            c.loadedTable = TableFiles.cached(table);
        }
        c.activation = activation;
        c.hiddenLayers = new int[depth];
        for (int i = 0; i < depth; i++) {
            c.hiddenLayers[i] = width;
        }
        Init a = initFor(initA.getValue());
        Init b = initFor(initB.getValue());
        double lr = LayersPage.parse(rate.getValue(), 0.3);
        c.lanes = new LaneConfig[] {lane(a, false, lr), lane(a, true, lr), lane(b, false, lr), lane(b, true, lr)};
        for (LaneConfig l : c.lanes) {
            String problem = LaneCheck.problem(c, l);
            if (!problem.isEmpty()) {
                Dom.setText("cmp-note", problem);
                return;
            }
        }
        race = new Race(c);
        El.clear(lanesBox);
        views.clear();
        int generation = ++builds;
        double rate = lr;
        if (!chunked) {
            for (int i = 0; i < race.laneCount(); i++) {
                LaneView view = new LaneView(i, race.lane(i), this);
                views.add(view);
                lanesBox.appendChild(view.element());
            }
            finishRebuild(rate);
            return;
        }
        // One lane card per task: four cards at once would block the tab for a noticeable moment.
        addViewsFrom(0, generation, () -> finishRebuild(rate));
    }

    private int builds;

    private void addViewsFrom(int i, int generation, Runnable then) {
        if (generation != builds) {
            return; // a newer rebuild has started
        }
        if (i == race.laneCount()) {
            then.run();
            return;
        }
        Window.setTimeout(() -> {
            if (generation != builds) {
                return;
            }
            LaneView view = new LaneView(i, race.lane(i), this);
            views.add(view);
            lanesBox.appendChild(view.element());
            addViewsFrom(i + 1, generation, then);
        }, 0);
    }

    private void finishRebuild(double lr) {
        building = false;
        Dom.setText("cmp-note", "Four lanes of the comparison playground: " + depth + " hidden layers of " + this.width
                + " " + activationName() + " units " + (table == null ? "on the circle data"
                : "on the 8×8 digits (64 inputs → 10 classes, softmax cross-entropy; each lane shows its confusion matrix)")
                + ", gradient descent with ε = " + Format.shortest(lr)
                + ", batches of 10, the same data and minibatch order in every lane"
                + (width > MAX_WIDTH ? " (the lab's width is capped at " + MAX_WIDTH + " here to keep four lanes fast)" : "")
                + ".");
        rebind();
        Runnable done = whenBuilt;
        whenBuilt = null;
        if (done != null) {
            done.run();
        }
    }

    private Runnable whenBuilt;

    /** Runs once the lanes of the current build exist (they are built over several tasks). */
    void whenBuilt(Runnable action) {
        whenBuilt = action;
    }

    private String activationName() {
        return activation == Activation.RELU ? "ReLU" : activation == Activation.SIGMOID ? "sigmoid" : "tanh";
    }

    private static LaneConfig lane(Init init, boolean batchNorm, double lr) {
        LaneConfig l = LaneConfig.of(OptimizerKind.GD, lr);
        l.init = init;
        l.initScale = 1;
        l.batchNorm = batchNorm;
        l.label = (init == Init.NORMAL ? "N(0, 1)" : init.label()) + (batchNorm ? " + batch norm" : ", no batch norm");
        return l;
    }

    private static Init initFor(String id) {
        Init i = Init.fromId(id);
        return i == null ? Init.XAVIER_UNIFORM : i;
    }

    private void rebind() {
        int n = race.laneCount();
        Run[] runs = new Run[n];
        String[] labels = new String[n];
        String secondOrder = LaneCheck.secondOrderReason(OptimizerKind.NEWTON,
                LaneCheck.parameterCount(race.config(), false), true);
        for (int i = 0; i < n; i++) {
            LaneView view = views.get(i);
            view.setIndex(i);
            view.bind(race.run(i));
            view.setRemovable(n > 1);
            view.setDuplicable(n < PlaygroundConfig.MAX_LANES);
            view.setSecondOrderAvailability(secondOrder);
            runs[i] = race.run(i);
            labels[i] = race.lane(i).displayLabel();
        }
        charts.setLanes(runs, labels);
        charts.setLogScale(true);
        fieldsDeferred = true;
        drawAll(true);
        fieldsDeferred = false;
        drawFieldLater(0, builds);
    }

    /** A rebuild's first boundaries, one per task (each is res² forward passes of a deep network). */
    private boolean fieldsDeferred;

    private void drawFieldLater(int i, int generation) {
        Window.setTimeout(() -> {
            if (generation == builds && i < views.size()) {
                views.get(i).drawField();
                drawFieldLater(i + 1, generation);
            }
        }, 0);
    }

    // ---- lane cards ----

    @Override
    public void laneChanged(int lane, LaneConfig next, boolean restart) {
        String problem = LaneCheck.problem(race.config(), next);
        if (problem.isEmpty()) {
            race.changeLane(lane, next, restart);
        } else {
            views.get(lane).setConfig(race.lane(lane));
        }
        rebind();
    }

    @Override
    public void duplicateLane(int lane) {
        if (race.laneCount() < PlaygroundConfig.MAX_LANES) {
            int index = race.duplicateLane(lane);
            LaneView view = new LaneView(index, race.lane(index), this);
            views.add(view);
            lanesBox.appendChild(view.element());
            rebind();
        }
    }

    @Override
    public void removeLane(int lane) {
        if (race.laneCount() > 1) {
            race.removeLane(lane);
            lanesBox.removeChild(views.remove(lane).element());
            rebind();
        }
    }

    // ---- training ----

    boolean isRunning() {
        return loop.isRunning();
    }

    private void toggle() {
        if (loop.isRunning()) {
            pause();
        } else if (!race.isFinished()) {
            loop.start();
            setButton(true);
        }
    }

    void pause() {
        loop.stop();
        setButton(false);
        if (race != null) {
            drawAll(true);
        }
    }

    void step(int n) {
        if (loop.isRunning()) {
            pause();
        }
        race.steps(n);
        drawAll(true);
    }

    private void setButton(boolean playing) {
        HTMLElement b = Dom.byId("cmp-play");
        b.setTextContent(playing ? "Pause" : "Play");
        b.setAttribute("aria-pressed", playing ? "true" : "false");
    }

    @Override
    public int train(int steps) {
        int lanes = race.laneCount();
        int applied = race.steps(steps);
        if (race.isFinished()) {
            loop.stop();
            setButton(false);
        }
        return applied == 0 ? 0 : (applied + lanes - 1) / lanes;
    }

    @Override
    public void draw(double now) {
        drawAll(!loop.isRunning()); // the race ended by itself: this frame is the last, bring everything up to date
    }

    private void drawAll(boolean everything) {
        double now = Performance.now();
        boolean running = loop.isRunning();
        if (everything && !fieldsDeferred) {
            for (LaneView v : views) {
                v.drawField();
            }
        } else if (everything) {
            lastField = now;
        } else if (now - lastField >= FIELD_INTERVAL_MS && !views.isEmpty()) {
            views.get(fieldCursor++ % views.size()).drawField();
            lastField = now;
        }
        if (everything || now - lastText >= TEXT_INTERVAL_MS) {
            String[] statuses = new String[views.size()];
            for (int i = 0; i < views.size(); i++) {
                views.get(i).showMetrics(running);
                statuses[i] = views.get(i).statusId(running);
            }
            charts.draw();
            charts.showTable(statuses);
            lastText = now;
        }
        int step = 0;
        for (int i = 0; i < race.laneCount(); i++) {
            step = Math.max(step, race.run(i).stepCount());
        }
        Dom.setText("step-count", Format.count(step));
    }

    /** The lanes as JSON for the script API. */
    String json() {
        if (race == null || building) {
            return "[]"; // not built yet: the section has not been scrolled to
        }
        StringBuilder s = new StringBuilder("[");
        boolean running = loop.isRunning();
        for (int i = 0; i < race.laneCount(); i++) {
            Run r = race.run(i);
            s.append(i > 0 ? "," : "").append("{\"label\":").append(descent.web.ScriptApi.quote(race.lane(i).displayLabel()))
                    .append(",\"step\":").append(r.stepCount())
                    .append(",\"trainLoss\":").append(descent.web.ScriptApi.number(r.trainLoss()))
                    .append(",\"status\":").append(descent.web.ScriptApi.quote(views.get(i).statusId(running)))
                    .append('}');
        }
        return s.append(']').toString();
    }
}
