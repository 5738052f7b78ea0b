package descent.engine;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.Lesson;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.Series;
import descent.core.experiment.Status;
import descent.core.experiment.StopCheck;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.web.state.HashState;

/**
 * The training side of a page: owns the {@link Race}, obeys {@link EngineProtocol} commands, trains in slices
 * and builds snapshots of what changed. Plain Java (no browser API), so the worker, the page's own thread and
 * the JVM's tests run the very same code; who calls {@link #train} and when is the host's business.
 */
public final class Engine implements EngineWork {
    private static final int MAX_LANES = PlaygroundConfig.MAX_LANES;
    /** Training pauses (without leaving play) when the page has not pulled this many points per lane. */
    private static final int MAX_BUFFERED = 1 << 16;

    private Race race;
    private final LaneLog[] logs = new LaneLog[MAX_LANES];
    private boolean playing;
    private int pauseAt;
    private final StepOrder step = new StepOrder();
    private int seq;
    private int mapCursor;
    /** Lanes whose decision map is out of date (bit i = lane i). */
    private int staleMaps;
    private String notice = "";
    /** What converged lanes stopped at: diagnosed here, where the trained θ is (a Hessian once per stop). */
    private final StopCheck stops = new StopCheck();
    private final LessonWatch lesson = new LessonWatch();
    private final TableBlock tables = new TableBlock();
    private final InternalsBlock internals = new InternalsBlock();
    private final SurfaceWork surface = new SurfaceWork();

    public Engine() {
        for (int i = 0; i < MAX_LANES; i++) {
            logs[i] = new LaneLog();
        }
    }

    /** Obeys one command; a PULL (or a finished STEP) is answered by {@link #snapshot}. */
    public void apply(Command c) {
        if (c.kind.equals(EngineProtocol.SURFACE)) { // a view setting: kept across races, taken before the first
            surface.request(c.n);
            surface.maybeBuild(race, race == null || isResting());
            return;
        }
        if (c.kind.equals(EngineProtocol.CONFIGURE)) {
            configure(c);
        } else if (race == null) {
            return;
        } else if (c.kind.equals(EngineProtocol.PLAY)) {
            playing = !race.isFinished();
            pauseAt = c.n;
        } else if (c.kind.equals(EngineProtocol.PAUSE)) {
            playing = false;
        } else if (c.kind.equals(EngineProtocol.STEP)) {
            playing = false;
            step.begin(c.id, c.n, Lesson.furthestStep(race));
        } else if (c.kind.equals(EngineProtocol.RESET)) {
            race.reset();
            freshAll();
        } else if (c.kind.equals(EngineProtocol.CHANGE_LANE)) {
            LaneConfig next = HashState.decode(c.text).config().lanes[c.lane];
            notice = race.changeLane(c.lane, next, c.flag);
            fresh(c.lane);
        } else if (c.kind.equals(EngineProtocol.ADD_LANE)) {
            fresh(race.addLane(HashState.decode(c.text).config().lanes[c.lane]));
        } else if (c.kind.equals(EngineProtocol.DUPLICATE_LANE)) {
            fresh(race.duplicateLane(c.lane));
        } else if (c.kind.equals(EngineProtocol.REMOVE_LANE)) {
            race.removeLane(c.lane);
            freshAll();
        } else if (c.kind.equals(EngineProtocol.WATCH)) {
            internals.watch(race, c.n);
        } else if (c.kind.equals(EngineProtocol.PULL)) {
            internals.ask(c.n);
        }
        internals.keepRecording(race);
        surface.maybeBuild(race, isResting());
    }

    private boolean isResting() {
        return !playing && step.left() == 0;
    }

    /** Whether the loss surface's grid is being computed ({@link #advanceSurface} has work). */
    public boolean surfaceComputing() {
        return surface.isComputing();
    }

    /** One more loss of the surface's grid; false once it is done (then the next snapshot brings it: send one). */
    public boolean advanceSurface() {
        return surface.advance(race, isResting());
    }

    private void configure(Command c) {
        PlaygroundConfig config = DataPacking.config(c);
        if (race != null) {
            step.end(Lesson.furthestStep(race));
        }
        playing = false;
        race = new Race(config);
        lesson.watch(config.lesson);
        freshAll();
    }

    /** The file an EXPORT asks for: every lane's histories as CSV ({@code n} = 0) or JSON, "" before a race. */
    public String export(Command c) {
        if (race == null) {
            return "";
        }
        if (c.n == 0) {
            return descent.web.export.MetricsExport.csv(race);
        }
        String[] statuses = new String[race.laneCount()];
        String[] given = c.names.split(EngineProtocol.TEXT_SEPARATOR, -1);
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = i < given.length ? given[i] : "";
        }
        return descent.web.export.MetricsExport.json(race, c.text, statuses);
    }

    @Override
    public boolean ready() {
        return race != null;
    }

    /** The race (for hosts in the same thread and for tests; a page never reads it). */
    public Race race() {
        return race;
    }

    /** Whether {@link #train} or {@link #advanceSurface} has anything to do. */
    public boolean hasWork() {
        return race != null && (trainingWork() || surface.isComputing());
    }

    private boolean trainingWork() {
        return (step.left() > 0 || playing) && !backedUp();
    }

    /**
     * Whether the host should send a snapshot unasked: a STEP has finished, or the loss surface has (the page
     * does not pull while it rests).
     */
    public boolean stepDone() {
        return step.owed() || surface.hasNews();
    }

    private boolean backedUp() {
        for (int i = 0; i < race.laneCount(); i++) {
            if (logs[i].buffered() > MAX_BUFFERED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to {@code k} steps of every lane (fewer when a STEP or the play limit ends sooner), recording what the
     * page will be sent; returns the steps taken by the furthest lane.
     */
    public int train(int k) {
        if (race == null || !trainingWork()) {
            return 0;
        }
        int furthest = Lesson.furthestStep(race);
        int todo = k;
        if (step.left() > 0) {
            todo = Math.min(todo, step.left());
        } else if (pauseAt > 0) {
            todo = Math.min(todo, Math.max(0, pauseAt - furthest));
        }
        for (int i = 0; i < race.laneCount(); i++) {
            Run run = race.run(i);
            LaneLog log = logs[i];
            for (int s = 0; s < todo; s++) {
                if (!run.step()) {
                    log.capture(run);
                    break;
                }
                log.capture(run);
            }
            staleMaps |= 1 << i;
        }
        int taken = Lesson.furthestStep(race) - furthest;
        step.taken(todo, race.isFinished(), Lesson.furthestStep(race));
        if (playing && (race.isFinished() || pauseAt > 0 && Lesson.furthestStep(race) >= pauseAt)) {
            playing = false;
        }
        return taken;
    }

    private void fresh(int lane) {
        lesson.forget();
        surface.lanesChanged();
        logs[lane].restart(race.run(lane));
        staleMaps |= 1 << lane;
    }

    private void freshAll() {
        for (int i = 0; i < race.laneCount(); i++) {
            fresh(i);
        }
    }

    /**
     * What changed since the last snapshot. Decision maps: all stale ones when the engine rests (or a lane is
     * fresh), else one per snapshot in turn, since each costs res² forward passes.
     */
    public Snapshot snapshot() {
        int n = race.laneCount();
        boolean stepEnded = step.owed(); // a STEP's last snapshot brings the watched lanes' insides
        surface.maybeBuild(race, isResting());
        int maps = 0;
        boolean resting = isResting();
        if (resting) {
            maps = staleMaps;
        } else {
            for (int i = 0; i < n; i++) {
                if (logs[i].isFresh()) {
                    maps |= staleMaps & (1 << i);
                }
            }
            for (int j = 0; j < n && maps == 0; j++) {
                int lane = (mapCursor + j) % n;
                if ((staleMaps & (1 << lane)) != 0) {
                    maps = 1 << lane;
                    mapCursor = lane + 1;
                }
            }
        }
        maps &= (1 << n) - 1;
        staleMaps &= ~maps;
        int size = EngineProtocol.HEADER;
        for (int i = 0; i < n; i++) {
            size += EngineProtocol.LANE_VALUES + logs[i].encodedSize()
                    + TableBlock.size(race.run(i), (maps & (1 << i)) != 0)
                    + internals.size(race.run(i), i, stepEnded || logs[i].isFresh());
        }
        size += surface.size();
        double[] out = new double[size];
        out[EngineProtocol.SEQ] = ++seq;
        step.report(out);
        out[EngineProtocol.PLAYING] = playing ? 1 : 0;
        out[EngineProtocol.FINISHED] = race.isFinished() ? 1 : 0;
        out[EngineProtocol.MAP_LANES] = maps;
        out[EngineProtocol.LANE_COUNT] = n;
        int at = EngineProtocol.HEADER;
        StringBuilder texts = new StringBuilder();
        int imageCount = 0;
        for (int i = 0; i < n; i++) {
            imageCount += (maps & (1 << i)) == 0 ? 0 : imageBytes(race.run(i));
        }
        byte[] images = new byte[imageCount];
        int image = 0;
        for (int i = 0; i < n; i++) {
            Run run = race.run(i);
            double[] range = DecisionMap.range(run.train());
            at = logs[i].encode(run, range, out, at);
            at = tables.encode(run, (maps & (1 << i)) != 0, out, at);
            at = internals.encode(run, i, stepEnded || logs[i].isFresh(), out, at);
            texts.append(run.divergenceReason()).append(EngineProtocol.TEXT_SEPARATOR)
                    .append(run.convergenceReason()).append(EngineProtocol.TEXT_SEPARATOR)
                    .append(run.guardRailCount() > 0 ? run.lastGuardRail() : "").append(EngineProtocol.TEXT_SEPARATOR)
                    .append(stops.kind(race, i).id()).append(EngineProtocol.TEXT_SEPARATOR)
                    .append(stops.note(race, i)).append(EngineProtocol.TEXT_SEPARATOR);
            if ((maps & (1 << i)) != 0 && run.table() != null) {
                if (run.table().inputCount() == 2) {
                    ClassMap.draw(run.table(), TableBlock.extent(run), images, image);
                }
            } else if ((maps & (1 << i)) != 0) {
                DecisionMap.draw(run, range, false, images, image);
                if (run.isAveraging()) {
                    DecisionMap.draw(run, range, true, images, image + DecisionMap.CELLS);
                }
            }
            image += (maps & (1 << i)) == 0 ? 0 : imageBytes(run);
        }
        internals.sent();
        at = surface.encode(race, out, at);
        texts.append(notice).append(EngineProtocol.TEXT_SEPARATOR);
        notice = "";
        lesson.append(race, texts);
        surface.appendTexts(texts);
        return new Snapshot(out, texts.toString(), images);
    }

    /** The bytes of a lane's images when its map is sent: K-class map, or map at θ (and at θ̂). */
    private static int imageBytes(Run run) {
        if (run.table() != null) {
            return run.table().inputCount() == 2 ? ClassMap.BYTES : 0;
        }
        return (run.isAveraging() ? 2 : 1) * DecisionMap.CELLS;
    }
}
