package descent.web;

import descent.core.data.CsvImport;
import descent.core.data.Dataset;
import descent.core.experiment.LaneCheck;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.optim.OptimizerKind;
import descent.engine.EngineProtocol;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.lanes.ChartsPanel;
import descent.web.export.MetricsExport;
import descent.web.lanes.LaneView;
import descent.web.lanes.StopMarks;
import descent.web.lanes.SurfacePanel;
import descent.web.state.ControlInput;
import descent.web.state.DecodedState;
import descent.web.state.HashState;
import descent.web.engine.RemoteLanes;
import descent.web.view.Format;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The main page: lanes trained side by side in lockstep, their charts, the shared controls, the lessons and
 * the state in the URL. It turns what the learner does into configurations for the core's {@link Race} and
 * the race's numbers into views; the math lives in the core.
 *
 * <p>With {@code ?thread=worker} the engine's worker trains ({@link RemoteLanes}): the page's race then only
 * holds the lanes' settings and data (a table the page read is handed to the engine), every number the views show
 * comes from the engine's latest snapshot: lesson verdicts, stop marks, the averaged model's map, K-class maps,
 * confusion matrices, the insides of lanes whose rule view or diagram is open, the loss surface and the exported
 * files too.
 */
public final class ComparisonPage implements FrameLoop.Frame, LaneView.Listener, OwnData.Sink, RemoteLanes.Listener {
    private static final double CHART_INTERVAL_MS = 150;
    private static final double TEXT_INTERVAL_MS = 100;
    private static final double TABLE_INTERVAL_MS = 500;

    private final FrameLoop loop = new FrameLoop(this);
    private final List<LaneView> views = new ArrayList<>();
    private final HTMLElement lanesBox = Dom.byId("lanes");
    private ChartsPanel charts;
    private SurfacePanel surface;
    private PlaygroundConfig config;
    private Set<String> hidden = Collections.emptySet();
    private Race race;
    /** The engine's worker when it trains (?thread=worker), else null: the page trains its race itself. */
    private final RemoteLanes remote = RemoteLanes.asked() ? new RemoteLanes(this) : null;
    private String writtenHash = "";
    private int fieldCursor;
    /** Lanes whose decision boundary is out of date and waits for a quiet frame (bit i = lane i). */
    private int staleFields;
    private boolean drainScheduled;
    private double lastChart = -1e9;
    private double lastTable = -1e9;
    private double lastText = -1e9;
    private final LessonMenu lessons = new LessonMenu(this);
    private LessonPanel lessonPanel;
    private final StopMarks stopMarks = new StopMarks();
    private OwnData own;
    /** Whether the notices shown next come from reading a link (else from a change the learner made). */
    private boolean fromLink = true;

    public void start() {
        Embed.start();
        charts = new ChartsPanel();
        surface = new SurfacePanel(this::viewsChanged);
        if (remote != null) {
            surface.useEngine(remote::surface, remote::pull);
        }
        lessonPanel = new LessonPanel(this);
        own = new OwnData(this);
        // Start-up in three tasks (link, lesson menu, lanes), so that loading never blocks the tab for long.
        Window.setTimeout(() -> {
            DecodedState state = HashState.decode(Dom.locationHash());
            Window.setTimeout(() -> {
                lessons.install();
                Window.setTimeout(() -> applyInSteps(state), 0);
            }, 0);
        }, 0);
    }

    /** Controls and the script API go live once the lanes exist. */
    private void wire() {
        Dom.onClick("play", this::togglePlay);
        Dom.onClick("step", () -> step(1));
        Dom.onClick("reset", this::reset);
        Dom.onClick("add-lane", this::addLane);
        Dom.onChange("dataset", this::sharedChanged);
        Dom.onChange("noise", this::sharedChanged);
        Dom.onChange("layers", this::sharedChanged);
        Dom.onChange("activation", this::sharedChanged);
        Dom.onChange("seed", this::sharedChanged);
        Dom.onChange("log-scale", () -> {
            config.logScale = ((HTMLInputElement) Dom.byId("log-scale")).isChecked();
            charts.setLogScale(config.logScale);
            charts.draw();
            writeHash();
        });
        Dom.onChange("examples-axis", () -> {
            config.examplesAxis = ((HTMLInputElement) Dom.byId("examples-axis")).isChecked();
            charts.setExamplesAxis(config.examplesAxis);
            charts.draw();
            writeHash();
        });
        Dom.onChange("smooth", () -> {
            config.smoothCharts = ((HTMLInputElement) Dom.byId("smooth")).isChecked();
            writeHash();
        });
        Dom.onClick("copy-link", () -> Share.copy(Dom.pageUrlWithoutHash() + "#" + writtenHash, "link"));
        Dom.onClick("copy-embed", () -> Share.copy(Embed.code(writtenHash), "embed code"));
        Dom.onClick("export-loss-png", () -> Dom.downloadCanvas(Dom.byId("loss-chart"),
                MetricsExport.fileName(config.lesson, "loss", "png")));
        Dom.onClick("export-grad-png", () -> Dom.downloadCanvas(Dom.byId("grad-chart"),
                MetricsExport.fileName(config.lesson, "gradient-norm", "png")));
        Dom.onClick("export-step-png", () -> Dom.downloadCanvas(Dom.byId("step-chart"),
                MetricsExport.fileName(config.lesson, "step-length", "png")));
        // in worker mode the engine writes the files: the page's race holds settings only, all at step 0
        Dom.onClick("export-csv", () -> {
            String name = MetricsExport.fileName(config.lesson, "metrics", "csv");
            if (remote == null) {
                Dom.downloadText(name, "text/csv", MetricsExport.csv(race));
            } else {
                remote.export(false, writtenHash, statuses(), file -> Dom.downloadText(name, "text/csv", file));
            }
        });
        Dom.onClick("export-json", () -> {
            String name = MetricsExport.fileName(config.lesson, "metrics", "json");
            if (remote == null) {
                Dom.downloadText(name, "application/json", MetricsExport.json(race, writtenHash, statuses()));
            } else {
                remote.export(true, writtenHash, statuses(),
                        file -> Dom.downloadText(name, "application/json", file));
            }
        });
        Window.current().addEventListener("hashchange", e -> hashChanged());
        Window.current().addEventListener("resize", e -> {
            drawAll(true);
            surface.resized();
        });
        ScriptApi.serve(new PlaygroundCalls(this), n -> remote == null ? -1 : stepInEngine(n));
        Dom.document().getBody().setAttribute("data-ready", "true");
    }

    /** Shows a whole state: shared controls, lanes, hidden controls, notices; returns every notice shown. */
    List<String> apply(PlaygroundConfig next, Set<String> nextHidden, List<String> notices) {
        loop.stop();
        setPlayButton(false);
        List<String> all = new ArrayList<>(notices);
        config = PageStates.runnable(PageStates.withStoredData(next, all), all);
        if (PageStates.awaitingTable(config, all, loaded -> apply(loaded, nextHidden, all))) {
            return all;
        }
        lessonPanel.retitle(config);
        hidden = nextHidden;
        showShared();
        showHidden();
        lessons.show(config.lesson);
        lessonPanel.show(config);
        buildRace();
        PageStates.showNotices(all, fromLink);
        return all;
    }

    /** {@link #apply} for the first load, one lane card per task, then the controls go live. */
    private void applyInSteps(DecodedState state) {
        List<String> all = new ArrayList<>(state.notices());
        PlaygroundConfig next = PageStates.withStoredData(LessonPanel.presetOrAsWritten(state.config()), all);
        config = PageStates.runnable(next, all);
        if (PageStates.awaitingTable(config, all, loaded -> {
            config = loaded;
            firstBuild(state, all);
        })) {
            return;
        }
        firstBuild(state, all);
    }

    private void firstBuild(DecodedState state, List<String> all) {
        lessonPanel.retitle(config);
        hidden = state.hidden();
        showShared();
        showHidden();
        lessons.show(config.lesson);
        lessonPanel.show(config);
        Window.setTimeout(() -> {
            race = newRace(config);
            El.clear(lanesBox);
            views.clear();
            addViewsFrom(0, () -> {
                rebindLanes();
                PageStates.showNotices(all, fromLink);
                fromLink = false;
                wire();
            });
        }, 0);
    }

    private void addViewsFrom(int i, Runnable then) {
        if (i == race.laneCount()) {
            then.run();
            return;
        }
        Window.setTimeout(() -> {
            addView(new LaneView(i, race.lane(i), this));
            addViewsFrom(i + 1, then);
        }, 0);
    }

    private Race newRace(PlaygroundConfig c) {
        Race r = new Race(c);
        if (remote != null) {
            remote.configure(r);
        }
        return r;
    }

    /** Lane i's numbers: from the page's own race, or from the engine's last snapshot. */
    private LaneReadout readout(int i) {
        return remote == null ? race.run(i) : remote.lane(i);
    }

    private void buildRace() {
        race = newRace(config);
        El.clear(lanesBox);
        views.clear();
        for (int i = 0; i < race.laneCount(); i++) {
            addView(new LaneView(i, race.lane(i), this));
        }
        rebindLanes();
    }

    private void addView(LaneView view) {
        view.setRuleOpen(listed(config.ruleViews, view.index()));
        view.setNetworkOpen(listed(config.diagramViews, view.index()));
        view.onMapClick(this::mapClicked);
        view.onSaveMap(v -> MetricsExport.fileName(config.lesson, "lane-" + (v.index() + 1) + "-map", "png"));
        views.add(view);
        lanesBox.appendChild(view.element());
    }

    /** After any change of lanes: cards see their current runs, the charts all lanes. */
    private void rebindLanes() {
        int n = race.laneCount();
        if (remote != null) {
            remote.bindRuns(race); // before the cards bind: their views read the layout from these runs
        }
        LaneReadout[] runs = new LaneReadout[n];
        String[] labels = new String[n];
        String secondOrder = LaneCheck.secondOrderReason(OptimizerKind.NEWTON,
                LaneCheck.parameterCount(config, false), true);
        for (int i = 0; i < n; i++) {
            LaneView view = views.get(i);
            view.setIndex(i);
            view.bind(readout(i));
            view.setRemovable(n > 1);
            view.setDuplicable(n < PlaygroundConfig.MAX_LANES);
            view.setSecondOrderAvailability(secondOrder);
            runs[i] = readout(i);
            labels[i] = race.lane(i).displayLabel();
        }
        ((org.teavm.jso.dom.html.HTMLButtonElement) Dom.byId("add-lane")).setDisabled(n >= PlaygroundConfig.MAX_LANES);
        MapKey.show(race);
        charts.setLanes(runs, labels);
        charts.setLogScale(config.logScale);
        charts.setExamplesAxis(config.examplesAxis);
        boolean decays = false;
        for (int i = 0; i < n; i++) {
            decays |= race.lane(i).decaysWeights();
        }
        charts.showWeights(decays);
        PlaygroundConfig current = race.config();
        current.lesson = config.lesson;
        current.logScale = config.logScale;
        current.examplesAxis = config.examplesAxis;
        current.smoothCharts = config.smoothCharts;
        current.surface = config.surface;
        config = current;
        config.ruleViews = openViews(LaneView::isRuleOpen);
        config.diagramViews = openViews(LaneView::isNetworkOpen);
        if (remote != null) {
            remote.watch(watchedLanes());
        }
        surface.setView(config.surface);
        surface.update(remote == null ? race : null, loop.isRunning());
        writeHash();
        for (int i = 0; i < n; i++) {
            views.get(i).setLandscapeLink("landscape.html#net=" + Dom.encodeUriComponent(writtenHash) + "&lane=" + i);
        }
        staleFields = (1 << n) - 1;
        drawAll(true, false);
        drainFields();
    }

    /**
     * Draws stale decision boundaries one per animation frame, so that building the page or a new set of
     * lanes never blocks the tab for all of them at once.
     */
    private void drainFields() {
        if (drainScheduled || staleFields == 0) {
            return;
        }
        drainScheduled = true;
        Window.requestAnimationFrame(now -> {
            drainScheduled = false;
            for (int i = 0; i < views.size(); i++) {
                if ((staleFields & (1 << i)) != 0) {
                    staleFields &= ~(1 << i);
                    views.get(i).drawField();
                    break;
                }
            }
            drainFields();
        });
    }

    // ---- shared controls ----

    private void showShared() {
        SharedControls.show(config);
        charts.setSmoothing(config.smoothCharts);
    }

    private void sharedChanged() {
        ControlInput.Checked<PlaygroundConfig> checked = SharedControls.read(race.config());
        PlaygroundConfig next = checked.value();
        next.lesson = config.lesson; // a lesson with other shared settings is a variation of it
        next.logScale = config.logScale;
        next.examplesAxis = config.examplesAxis;
        next.smoothCharts = config.smoothCharts;
        apply(next, hidden, checked.notices());
    }

    private static HTMLSelectElement select(String id) {
        return Dom.byId(id);
    }

    private void showHidden() {
        Embed.showHidden(hidden);
    }

    // ---- own data ----

    @Override
    public void useOwnData(CsvImport.Result data) {
        PlaygroundConfig next = race.config();
        next.ownData = true;
        next.customData = data.dataset();
        next.customTable = data.table();
        next.lesson = config.lesson;
        next.logScale = config.logScale;
        next.examplesAxis = config.examplesAxis;
        next.smoothCharts = config.smoothCharts;
        apply(next, hidden, Collections.<String>emptyList());
    }

    private void mapClicked(double x, double y) {
        String label = select("click-class").getValue();
        if (label.equals("off")) {
            return;
        }
        if (race.table() != null) {
            own.refuse("points are added by clicking on two-class data on the plane; this race learns a table of "
                    + race.table().train().classCount() + " classes");
            return;
        }
        Dataset train = race.data().train();
        Dataset validation = race.data().validation();
        int n = train.size() + validation.size();
        double[] xy = new double[2 * n];
        double[] t = new double[n];
        System.arraycopy(train.points(), 0, xy, 0, 2 * train.size());
        System.arraycopy(validation.points(), 0, xy, 2 * train.size(), 2 * validation.size());
        System.arraycopy(train.targets(), 0, t, 0, train.size());
        System.arraycopy(validation.targets(), 0, t, train.size(), validation.size());
        own.addPoint(new Dataset(xy, t, train.isClassification()), x, y, label.equals("1") ? 1 : 0);
    }

    // ---- lanes ----

    @Override
    public void laneChanged(int lane, LaneConfig next, boolean restart) {
        String problem = LaneCheck.problem(race.config(), next);
        if (!problem.isEmpty()) {
            views.get(lane).setConfig(race.lane(lane));
            views.get(lane).note("Not changed: " + problem + ".");
            return;
        }
        LaneConfig titled = lessonPanel.retitled(lane, next); // a lesson's lane named by its settings now
        views.get(lane).setLabel(titled.label);
        String notice = race.changeLane(lane, titled, restart);
        if (remote != null) {
            remote.changeLane(lane, race, restart);
        }
        rebindLanes();
        views.get(lane).note(notice.isEmpty() ? "" : "Changed: " + notice + ".");
        lessonPanel.show(config); // the lesson stays, as a variation
    }

    @Override
    public void duplicateLane(int lane) {
        if (race.laneCount() >= PlaygroundConfig.MAX_LANES) {
            return;
        }
        int index = race.duplicateLane(lane);
        if (remote != null) {
            remote.duplicateLane(lane, index);
        }
        addView(new LaneView(index, race.lane(index), this));
        rebindLanes();
    }

    @Override
    public void removeLane(int lane) {
        if (race.laneCount() <= 1) {
            return;
        }
        race.removeLane(lane);
        if (remote != null) {
            remote.removeLane(lane);
        }
        LaneView gone = views.remove(lane);
        lanesBox.removeChild(gone.element());
        rebindLanes();
    }

    private void addLane() {
        if (race.laneCount() >= PlaygroundConfig.MAX_LANES) {
            return;
        }
        int index = race.addLane(LaneConfig.of(OptimizerKind.ADAM, 0.01));
        if (remote != null) {
            remote.addLane(index, race);
        }
        addView(new LaneView(index, race.lane(index), this));
        rebindLanes();
    }

    // ---- training ----

    private void togglePlay() {
        if (loop.isRunning()) {
            pause();
        } else {
            play();
        }
    }

    void play() {
        if (remote != null) {
            int due = lessonPanel.stepsBeforeDue(race); // the page's race stays at step 0: the lesson's step count
            remote.play(due != Integer.MAX_VALUE && remote.furthestStep() < due ? due : 0);
        }
        if (remote != null || !race.isFinished()) {
            loop.start();
            setPlayButton(true);
            drawAll(true);
        }
    }

    void pause() {
        if (remote != null) {
            remote.pause();
        }
        loop.stop();
        setPlayButton(false);
        drawAll(true);
    }

    void step(int n) {
        if (loop.isRunning()) {
            pause();
        }
        if (remote != null) {
            remote.step(n); // drawn when its snapshot comes
            return;
        }
        race.steps(n);
        drawAll(true);
    }

    /** The script API's step(n) in the engine: answered through {@link #stepDone}. */
    private int stepInEngine(int n) {
        if (loop.isRunning()) {
            pause();
        }
        return remote.step(n);
    }

    @Override
    public void snapshotRead(int maps) {
        for (int i = 0; i < views.size(); i++) {
            if ((maps & (1 << i)) != 0) {
                views.get(i).drawField(); // a byte image: painting it is cheap
            }
        }
        if (remote.stoppedPlaying()) {
            loop.stop();
            setPlayButton(false);
        }
        surface.updateRemote(remote.surfaceMirror(), race, loop.isRunning());
        if (!loop.isRunning()) {
            drawAll(true);
        }
    }

    @Override
    public void stepDone(int id, int taken) {
        ScriptApi.stepDone(id, taken);
    }

    /** Up to n steps without drawing (a slice of the script API's step); how far the furthest lane got. */
    /** The work bound of one scripted step(n) on the lanes as they are ({@link descent.core.experiment.StepBudget}). */
    int maxSteps() {
        return descent.core.experiment.StepBudget.maxSteps(race);
    }

    int advance(int n) {
        if (loop.isRunning()) {
            pause();
        }
        int before = descent.core.experiment.Lesson.furthestStep(race);
        race.steps(n);
        return descent.core.experiment.Lesson.furthestStep(race) - before;
    }

    private void reset() {
        race.reset();
        if (remote != null) {
            remote.reset();
        }
        drawAll(true);
    }

    private void setPlayButton(boolean playing) {
        HTMLElement play = Dom.byId("play");
        play.setTextContent(playing ? "Pause" : "Play");
        play.setAttribute("aria-pressed", playing ? "true" : "false");
    }

    @Override
    public int train(int steps) {
        if (remote != null) {
            remote.pull(); // the engine trains; the frame draws its latest snapshot
            return 0;
        }
        int lanes = race.laneCount();
        // A lesson's picture is the one at its step count: the loop pauses there once; Play goes on from it.
        int beforeDue = lessonPanel.stepsBeforeDue(race);
        int applied = race.steps(Math.min(steps, beforeDue));
        if (race.isFinished() || beforeDue <= steps) {
            loop.stop();
            setPlayButton(false);
        }
        // The loop budgets steps per lane: report lane-steps per lane, rounded up.
        return applied == 0 ? 0 : (applied + lanes - 1) / lanes;
    }

    @Override
    public void draw(double now) {
        // The frame in which the race ended by itself (every lane diverged or converged) is the last one:
        // it draws everything, so no text or table is left saying "running".
        drawAll(!loop.isRunning());
    }

    /**
     * One frame's drawing. Decision boundaries are the costly part (res² forward passes each), so a running
     * page refreshes one lane's per frame in turn; charts and the table refresh on slower clocks.
     */
    private void drawAll(boolean everything) {
        drawAll(everything, true);
    }

    private void drawAll(boolean everything, boolean fieldsNow) {
        double now = Performance.now();
        int n = views.size();
        boolean running = loop.isRunning();
        if (everything && fieldsNow) {
            for (LaneView view : views) {
                view.drawField();
            }
            staleFields = 0;
        } else if (!everything && n > 0 && remote == null) { // the engine's maps are painted as they come
            views.get(fieldCursor++ % n).drawField();
        }
        if (everything || now - lastText >= TEXT_INTERVAL_MS) { // numbers nobody can read at 60 Hz
            if (remote == null) {
                stopMarks.show(race, views);
            } else {
                remote.showStops(views);
            }
            for (LaneView view : views) {
                view.showMetrics(running);
            }
            lastText = now;
        }
        if (everything || now - lastChart >= CHART_INTERVAL_MS) {
            charts.draw();
            lastChart = now;
        }
        if (everything || now - lastTable >= TABLE_INTERVAL_MS) {
            String[] statuses = new String[n];
            for (int i = 0; i < n; i++) {
                statuses[i] = views.get(i).statusId(running);
            }
            charts.showTable(statuses);
            if (remote == null) {
                lessonPanel.showVerdict(race);
            } else {
                showEngineVerdict();
            }
            lastTable = now;
        }
        int step = 0;
        for (int i = 0; i < race.laneCount(); i++) {
            step = Math.max(step, readout(i).stepCount());
        }
        Dom.setText("step-count", Format.count(step));
        surface.update(remote == null ? race : null, running);
        double speed = remote == null ? loop.stepsPerSecond() : remote.stepsPerSecond();
        Dom.setText("speed", running ? Format.count((int) speed) : "–");
    }

    private void showEngineVerdict() {
        lessonPanel.showVerdict(race.config(), remote.furthestStep(),
                remote.lessonText(EngineProtocol.LESSON_DUE).equals("1"),
                remote.lessonText(EngineProtocol.LESSON_CHECKABLE).equals("1"),
                remote.lessonText(EngineProtocol.LESSON_HOLDS).equals("1"),
                remote.lessonText(EngineProtocol.LESSON_MEASURED), engineAnswer());
    }

    private int engineAnswer() {
        String answer = remote.lessonText(EngineProtocol.LESSON_ANSWER);
        return answer.isEmpty() ? -1 : Integer.parseInt(answer);
    }

    // ---- URL state, notices, sharing ----

    @Override
    public void viewsChanged() {
        config.ruleViews = openViews(LaneView::isRuleOpen);
        config.diagramViews = openViews(LaneView::isNetworkOpen);
        if (remote != null) {
            remote.watch(watchedLanes());
        }
        config.surface = surface.view();
        writeHash();
    }

    /** The lanes (by index) whose view {@code open} says is open: what the link carries as rule= and diagram=. */
    private int[] openViews(java.util.function.Predicate<LaneView> open) {
        int count = 0;
        for (LaneView view : views) {
            count += open.test(view) ? 1 : 0;
        }
        int[] lanes = new int[count];
        int k = 0;
        for (int i = 0; i < views.size(); i++) {
            if (open.test(views.get(i))) {
                lanes[k++] = i;
            }
        }
        return lanes;
    }

    /** The lanes whose insides a view shows (rule view or network diagram open), bit i = lane i. */
    private int watchedLanes() {
        int mask = 0;
        for (int i = 0; i < views.size(); i++) {
            mask |= views.get(i).isRuleOpen() || views.get(i).isNetworkOpen() ? 1 << i : 0;
        }
        return mask;
    }

    private static boolean listed(int[] lanes, int lane) {
        for (int i : lanes) {
            if (i == lane) {
                return true;
            }
        }
        return false;
    }

    private void writeHash() {
        String hash = HashState.encode(config, hidden);
        if (!hash.equals(writtenHash)) {
            writtenHash = hash;
            Dom.replaceHash(hash);
        }
    }

    private void hashChanged() {
        String hash = Dom.locationHash();
        if (hash.startsWith("#")) {
            hash = hash.substring(1);
        }
        if (hash.equals(writtenHash)) {
            return;
        }
        load(hash);
    }

    /** Applies a state from a hash; returns the notices. */
    List<String> load(String hash) {
        DecodedState state = HashState.decode(hash);
        fromLink = true;
        List<String> notices = apply(LessonPanel.presetOrAsWritten(state.config()),
                Embed.keep(hidden, state.hidden()), state.notices());
        fromLink = false;
        return notices;
    }

    /** Whether the lanes train on the learner's own data (chosen in this page, never by a host). */
    boolean usesOwnData() {
        return config.usesOwn();
    }

    String lessonsJson() {
        return lessons.json();
    }

    void applyLesson(PlaygroundConfig lessonConfig) {
        apply(lessonConfig, hidden, Collections.<String>emptyList());
    }

    /** "Free play" chosen: the lanes stay, the lesson goes. */
    void leaveLesson() {
        config.lesson = "";
        lessons.show("");
        lessonPanel.show(config);
        writeHash();
    }

    // ---- script API ----

    private String[] statuses() {
        String[] out = new String[views.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = views.get(i).statusId(loop.isRunning());
        }
        return out;
    }

    static String jsonList(List<String> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i > 0 ? "," : "").append(ScriptApi.quote(items.get(i)));
        }
        return s.append(']').toString();
    }

    String metricsJson() {
        boolean running = loop.isRunning();
        String lesson = remote == null ? lessonPanel.verdictJson(race) : lessonPanel.verdictJson(race.config(),
                remote.lessonText(EngineProtocol.LESSON_DUE).equals("1"), engineAnswer());
        StringBuilder s = new StringBuilder("{\"lesson\":").append(lesson).append(",\"lanes\":[");
        for (int i = 0; i < race.laneCount(); i++) {
            LaneReadout r = readout(i);
            s.append(i > 0 ? "," : "").append('{')
                    .append("\"label\":").append(ScriptApi.quote(race.lane(i).displayLabel()))
                    .append(",\"step\":").append(r.stepCount())
                    .append(",\"trainLoss\":").append(ScriptApi.number(r.trainLoss()))
                    .append(",\"valLoss\":").append(ScriptApi.number(r.validationLoss()))
                    .append(",\"accuracy\":").append(ScriptApi.number(r.validationAccuracy()))
                    .append(",\"gradNorm\":").append(ScriptApi.number(r.gradientNorm()))
                    .append(",\"status\":").append(ScriptApi.quote(views.get(i).statusId(running)))
                    .append('}');
        }
        return s.append("]}").toString();
    }
}
