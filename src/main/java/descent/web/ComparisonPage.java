package descent.web;

import descent.core.data.CsvImport;
import descent.core.data.Dataset;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.optim.OptimizerKind;
import descent.engine.EngineProtocol;
import descent.web.dom.Dom;
import descent.web.lanes.ChartsPanel;
import descent.web.export.ExportButtons;
import descent.web.export.MetricsExport;
import descent.web.lanes.LaneBoard;
import descent.web.lanes.LaneView;
import descent.web.lanes.SurfacePanel;
import descent.web.state.ControlInput;
import descent.web.state.DecodedState;
import descent.web.state.HashState;
import descent.web.engine.RemoteLanes;
import org.teavm.jso.browser.Window;
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
 * <p>The lanes themselves are a {@link LaneBoard}. Unless the link says {@code ?thread=main} the engine's worker
 * trains them ({@link RemoteLanes}): the page's race then only
 * holds the lanes' settings and data (a table the page read is handed to the engine), every number the views show
 * comes from the engine's latest snapshot: lesson verdicts, stop marks, the averaged model's map, K-class maps,
 * confusion matrices, the insides of lanes whose rule view or diagram is open, the loss surface and the exported
 * files too.
 */
public final class ComparisonPage implements LaneBoard.Host, OwnData.Sink {
    /** The lanes, their training and views; its race is the page's (the engine's worker trains unless ?thread=main). */
    private final LaneBoard board = new LaneBoard(this, "lanes", "play", "step-count", "speed", 0, RemoteLanes.asked());
    /** The engine's worker when it trains, else null: the page trains its race itself. */
    private final RemoteLanes remote = board.remote();
    private ChartsPanel charts;
    private SurfacePanel surface;
    private PlaygroundConfig config;
    private Set<String> hidden = Collections.emptySet();
    private String writtenHash = "";
    private final LessonMenu lessons = new LessonMenu(this);
    private LessonPanel lessonPanel;
    private OwnData own;
    /** Whether the notices shown next come from reading a link (else from a change the learner made). */
    private boolean fromLink = true;

    public void start() {
        Embed.start();
        charts = board.charts();
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
        Dom.onClick("play", board.training()::toggle);
        Dom.onClick("step", () -> board.training().step(1));
        Dom.onClick("reset", board.training()::reset);
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
        ExportButtons.wire(board, () -> config.lesson, () -> writtenHash);
        Window.current().addEventListener("hashchange", e -> hashChanged());
        Window.current().addEventListener("resize", e -> {
            board.training().drawAll(true);
            surface.resized();
        });
        ScriptApi.serve(new PlaygroundCalls(this, board.training()), board.training()::stepInEngine);
        // ready (for tests and hosts) once metrics() has the lanes' step-0 numbers, which the engine brings
        board.whenNumbers(() -> Dom.document().getBody().setAttribute("data-ready", "true"));
    }

    /** Shows a whole state: shared controls, lanes, hidden controls, notices; returns every notice shown. */
    List<String> apply(PlaygroundConfig next, Set<String> nextHidden, List<String> notices) {
        board.training().halt();
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
        Window.setTimeout(() -> board.show(board.raceFor(config), true, () -> { // one lane card per task
            PageStates.showNotices(all, fromLink);
            fromLink = false;
            wire();
        }), 0);
    }

    private void buildRace() {
        board.show(board.raceFor(config), false, null);
    }

    @Override
    public void cardAdded(LaneView view) {
        view.setRuleOpen(listed(config.ruleViews, view.index()));
        view.setNetworkOpen(listed(config.diagramViews, view.index()));
        view.onMapClick(this::mapClicked);
        view.onSaveMap(v -> MetricsExport.fileName(config.lesson, "lane-" + (v.index() + 1) + "-map", "png"));
    }

    /** After any change of lanes: the page's state, its link and what hangs on the lanes follow them. */
    @Override
    public void lanesChanged() {
        Race race = board.race();
        int n = race.laneCount();
        ((org.teavm.jso.dom.html.HTMLButtonElement) Dom.byId("add-lane")).setDisabled(n >= PlaygroundConfig.MAX_LANES);
        MapKey.show(race);
        charts.setLogScale(config.logScale);
        charts.setExamplesAxis(config.examplesAxis);
        PlaygroundConfig current = race.config();
        current.lesson = config.lesson;
        current.logScale = config.logScale;
        current.examplesAxis = config.examplesAxis;
        current.smoothCharts = config.smoothCharts;
        current.surface = config.surface;
        config = current;
        config.ruleViews = board.openViews(LaneView::isRuleOpen);
        config.diagramViews = board.openViews(LaneView::isNetworkOpen);
        surface.setView(config.surface);
        surface.update(remote == null ? race : null, board.isRunning());
        writeHash();
        for (int i = 0; i < n; i++) {
            board.views().get(i).setLandscapeLink("landscape.html#net=" + Dom.encodeUriComponent(writtenHash) + "&lane=" + i);
        }
    }

    // ---- shared controls ----

    private void showShared() {
        SharedControls.show(config);
        charts.setSmoothing(config.smoothCharts);
    }

    private void sharedChanged() {
        ControlInput.Checked<PlaygroundConfig> checked = SharedControls.read(board.race().config());
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
        PlaygroundConfig next = board.race().config();
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
        Race race = board.race();
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

    // ---- lanes and lessons ----

    @Override
    public LaneConfig retitled(int lane, LaneConfig next) {
        return lessonPanel.retitled(lane, next); // a lesson's lane named by its settings now
    }

    @Override
    public void laneEdited(int lane) {
        lessonPanel.show(config); // the lesson stays, as a variation
    }

    void addLane() {
        board.addLane(LaneConfig.of(OptimizerKind.ADAM, 0.01));
    }

    @Override
    public int stepsBeforeDue(Race race) {
        return lessonPanel.stepsBeforeDue(race);
    }

    @Override
    public void snapshotRead() {
        surface.updateRemote(remote.surfaceMirror(), board.race(), board.isRunning());
    }

    @Override
    public void drawn(boolean running, boolean slowClock) {
        if (slowClock) {
            if (remote == null) {
                lessonPanel.showVerdict(board.race());
            } else {
                showEngineVerdict();
            }
        }
        surface.update(remote == null ? board.race() : null, running);
    }

    private void showEngineVerdict() {
        lessonPanel.showVerdict(board.race().config(), remote.furthestStep(),
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
        config.ruleViews = board.openViews(LaneView::isRuleOpen);
        config.diagramViews = board.openViews(LaneView::isNetworkOpen);
        config.surface = surface.view();
        writeHash();
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

    static String jsonList(List<String> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i > 0 ? "," : "").append(ScriptApi.quote(items.get(i)));
        }
        return s.append(']').toString();
    }

    String metricsJson() {
        Race race = board.race();
        String lesson = remote == null ? lessonPanel.verdictJson(race) : lessonPanel.verdictJson(race.config(),
                remote.lessonText(EngineProtocol.LESSON_DUE).equals("1"), engineAnswer());
        return "{\"lesson\":" + lesson + ",\"lanes\":" + board.lanesJson() + "}";
    }
}
