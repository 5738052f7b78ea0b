package descent.web.engine;

import descent.core.data.DataSplit;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.engine.DataPacking;
import descent.engine.EngineProtocol;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.engine.EngineView;
import descent.web.state.HashState;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;

/**
 * A page's lanes trained by the engine ({@link EngineLink}): the page tells it what the learner did, pulls a
 * snapshot once per frame and reads the lanes' numbers from the latest one ({@link #lane}).
 */
public final class RemoteLanes implements EngineLink.Receiver {
    /** What the page does when a snapshot arrives. */
    public interface Listener {
        /** A snapshot was read; {@code maps} = the lanes whose decision map it brought (bit i = lane i). */
        void snapshotRead(int maps);

        /** The STEP with this id ended after {@code taken} steps (its snapshot was read just before). */
        void stepDone(int id, int taken);
    }

    private EngineLink link;
    private boolean fellBack;
    /** The STEP in flight (id, n), sent again if the worker fails meanwhile. */
    private int stepId = -1;
    private int stepN;
    private int playAt = -1;
    private final Listener listener;
    private final EngineView view = new EngineView();
    private int nextId = 1;
    private boolean pullPending;
    /** Snapshots asked for (by PULL and STEP) and received: each such command is answered once, in order. */
    private int asked;
    private int received;
    private int playMark = Integer.MAX_VALUE;
    private double speed;
    private double speedTime;
    private int speedStep;
    /** How often the watched lanes' internals are asked for. */
    private static final double INTERNALS_MS = 200;
    private int watched;
    /** The page's own race: the lanes' settings, data and θ₀, never trained. */
    private Race page;
    private int surfaceAsked;
    private final java.util.Map<Integer, java.util.function.Consumer<String>> exports = new java.util.HashMap<>();
    private double internalsAsked = -1e9;
    private Runnable onNumbers;

    public RemoteLanes(Listener listener) {
        this.listener = listener;
        link = EngineLink.open(this);
        // says where the lanes train, for hosts and tests (the page itself looks the same either way)
        descent.web.dom.Dom.document().getBody().setAttribute("data-thread", "worker");
    }

    /**
     * Whether this page trains in the engine's worker: the default, unless the link asks for the page's own
     * thread ({@code ?thread=main}). Without Workers the same engine runs in this thread ({@link EngineLink}).
     */
    @JSBody(script = "return new URLSearchParams(location.search).get('thread') !== 'main';")
    public static native boolean asked();

    /** A new race: the engine builds its own from the race's state; the page keeps the data for its views. */
    public void configure(Race race) {
        page = race;
        link.send(configureCommand(race));
        view.expectRace(race); // the page's own runs at step 0 until the engine's numbers come
        pull(); // the lanes' first maps: the page pulls only while it plays
    }

    private Command configureCommand(Race race) {
        DataSplit split = race.data();
        for (int i = 0; i < PlaygroundConfig.MAX_LANES; i++) {
            view.lane(i).bindData(split);
            view.lane(i).bindTable(race.table());
        }
        // The worker reads no files: a table comes with the command, as the page read it (or the learner gave it).
        return DataPacking.configure(EngineProtocol.CONFIGURE, race.config(), 0);
    }

    /**
     * The worker could not start (its script blocked by a host's policy, or missing) or stopped: the same engine
     * takes over in this thread, told everything the page has (the lanes as they are now, what it watches, the
     * surface, play or a step in flight). Steps the worker took are lost; this happens at load in practice.
     */
    @Override
    public void engineFailed(String why) {
        if (fellBack) {
            return;
        }
        fellBack = true;
        link = EngineLink.inThisThread(this);
        descent.web.dom.Dom.document().getBody().setAttribute("data-thread", "main");
        descent.web.dom.Dom.document().getBody().setAttribute("data-thread-note", why == null ? "" : why);
        pullPending = false;
        asked = 0;
        received = 0;
        if (page == null) {
            return;
        }
        link.send(configureCommand(page));
        view.expectRace(page);
        link.send(new Command(EngineProtocol.WATCH, -1, watched, 0, false, "", null));
        link.send(new Command(EngineProtocol.SURFACE, -1, surfaceAsked, 0, false, "", null));
        if (stepId >= 0) {
            link.send(new Command(EngineProtocol.STEP, stepId, stepN, 0, false, "", null));
            asked++;
        } else if (playAt >= 0) {
            play(playAt);
        }
        pull(); // the lanes' numbers and maps, as after any configure
    }

    /** Whether the engine runs in this thread after its worker failed. */
    public boolean fellBack() {
        return fellBack;
    }

    /** Plays until paused, until every lane stopped, or until the furthest lane reaches pauseAt (&gt; 0). */
    public void play(int pauseAt) {
        link.send(new Command(EngineProtocol.PLAY, -1, pauseAt, 0, false, "", null));
        playMark = asked;
        playAt = pauseAt;
    }

    public void pause() {
        link.send(Command.of(EngineProtocol.PAUSE));
        playMark = Integer.MAX_VALUE;
        playAt = -1;
    }

    public void reset() {
        link.send(Command.of(EngineProtocol.RESET));
        for (int i = 0; i < page.laneCount(); i++) {
            view.expectFresh(i, page.run(i));
        }
        pull();
    }

    /** Lane {@code lane} of the race's state (already changed on the page's side) replaces the engine's. */
    public void changeLane(int lane, Race race, boolean restart) {
        link.send(new Command(EngineProtocol.CHANGE_LANE, -1, 0, lane, restart, HashState.encode(race.config()), null));
        if (restart) {
            view.expectFresh(lane, race.run(lane));
        }
        pull(); // its new map, also while the page rests
    }

    /** Adds lane {@code lane} of the race's state (just added on the page's side). */
    public void addLane(int lane, Race race) {
        link.send(new Command(EngineProtocol.ADD_LANE, -1, 0, lane, false, HashState.encode(race.config()), null));
        view.expectFresh(lane, race.run(lane));
        pull();
    }

    /** Duplicates lane {@code lane} (just done on the page's side, as a fresh run at step 0 at {@code index}). */
    public void duplicateLane(int lane, int index) {
        link.send(new Command(EngineProtocol.DUPLICATE_LANE, -1, 0, lane, false, "", null));
        view.expectFresh(index, page.run(index));
        pull();
    }

    public void removeLane(int lane) {
        link.send(new Command(EngineProtocol.REMOVE_LANE, -1, 0, lane, false, "", null));
        view.removed(lane);
        pull();
    }

    /** n more steps of every lane; returns the id {@link Listener#stepDone} will name. */
    public int step(int n) {
        int id = nextId++;
        stepId = id;
        stepN = n;
        playAt = -1;
        link.send(new Command(EngineProtocol.STEP, id, n, 0, false, "", null));
        asked++;
        playMark = Integer.MAX_VALUE;
        return id;
    }

    /**
     * Asks for a snapshot, unless one asked for is still on its way (so at most one per frame); the watched lanes'
     * internals come with it a few times a second (the views redraw no faster).
     */
    public void pull() {
        if (!pullPending) {
            pullPending = true;
            asked++;
            double now = Performance.now();
            int wanted = 0;
            if (watched != 0 && now - internalsAsked >= INTERNALS_MS) {
                wanted = watched;
                internalsAsked = now;
            }
            link.send(new Command(EngineProtocol.PULL, -1, wanted, 0, false, "", null));
        }
    }

    /** The lanes whose rule view or network diagram is open (bit i = lane i): the engine sends their insides. */
    public void watch(int lanes) {
        if (lanes != watched) {
            watched = lanes;
            link.send(new Command(EngineProtocol.WATCH, -1, lanes, 0, false, "", null));
        }
    }

    /** Opens or closes the loss surface the engine computes (sent when it changes). */
    public void surface(descent.core.experiment.SurfaceView next) {
        int n = next == descent.core.experiment.SurfaceView.OFF ? 0
                : next == descent.core.experiment.SurfaceView.RANDOM ? 2 : 1;
        if (n != surfaceAsked) {
            surfaceAsked = n;
            link.send(new Command(EngineProtocol.SURFACE, -1, n, 0, false, "", null));
        }
    }

    /** The loss surface as the engine last told it. */
    public descent.engine.SurfaceMirror surfaceMirror() {
        return view.surface();
    }

    /** The page's own runs of the lanes (never trained): the layout and rule symbols of their internals. */
    public void bindRuns(Race race) {
        for (int i = 0; i < race.laneCount(); i++) {
            view.lane(i).bindRun(race.run(i));
        }
    }

    /** Whether the engine, told to play, has since said it stopped (finished, or at the pause step). */
    public boolean stoppedPlaying() {
        return received > playMark && !view.isPlaying();
    }

    /** Asks the engine for every lane's histories as CSV or JSON; {@code done} gets the file's text. */
    public void export(boolean json, String hash, String[] statuses, java.util.function.Consumer<String> done) {
        int id = nextId++;
        StringBuilder names = new StringBuilder();
        for (String status : statuses) {
            names.append(status).append(EngineProtocol.TEXT_SEPARATOR);
        }
        exports.put(id, done);
        link.send(new Command(EngineProtocol.EXPORT, id, json ? 1 : 0, 0, false, hash, null, names.toString()));
    }

    @Override
    public void exported(int id, String file) {
        java.util.function.Consumer<String> done = exports.remove(id);
        if (done != null) {
            done.accept(file);
        }
    }

    @Override
    public void received(Snapshot snapshot) {
        received++;
        int maps = view.read(snapshot);
        if (onNumbers != null && !view.isAwaitingRace()) {
            Runnable then = onNumbers;
            onNumbers = null;
            then.run();
        }
        int done = (int) snapshot.numbers[EngineProtocol.DONE];
        if (done < 0) {
            pullPending = false;
        }
        measureSpeed();
        listener.snapshotRead(maps);
        if (done >= 0) {
            if (done == stepId) {
                stepId = -1;
            }
            listener.stepDone(done, (int) snapshot.numbers[EngineProtocol.TAKEN]);
        }
    }

    private void measureSpeed() {
        double now = Performance.now();
        int step = view.furthestStep();
        if (now - speedTime >= 500) {
            speed = step > speedStep && speedTime > 0 ? (step - speedStep) * 1000 / (now - speedTime) : 0;
            speedTime = now;
            speedStep = step;
        }
    }

    /** Runs once the engine's numbers for the current race are in (at once if they are). */
    public void whenNumbers(Runnable then) {
        if (view.isAwaitingRace()) {
            onNumbers = then;
        } else {
            then.run();
        }
    }

    /** Steps per second per lane over the last half second or so. */
    public double stepsPerSecond() {
        return speed;
    }

    public LaneReadout lane(int i) {
        return view.lane(i);
    }

    /** Tells each lane card what its lane stopped at, as the engine diagnosed it (StopMarks on the page). */
    public void showStops(java.util.List<descent.web.lanes.LaneView> views) {
        for (int i = 0; i < views.size() && i < view.laneCount(); i++) {
            views.get(i).setStop(view.lane(i).stopKind(), view.lane(i).stopNote());
        }
    }

    /** The lesson's text {@code i} of the engine's last snapshot ({@code EngineProtocol.LESSON_DUE} …). */
    public String lessonText(int i) {
        return view.lessonText(i);
    }

    public int furthestStep() {
        return view.furthestStep();
    }
}
