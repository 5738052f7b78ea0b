package descent.web.lanes;

import descent.core.experiment.Lesson;
import descent.core.experiment.StepBudget;
import descent.web.FrameLoop;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.engine.RemoteLanes;
import descent.web.view.Format;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A {@link LaneBoard}'s Play, Step and Reset and its frames: the page's own frames train the board's race within a
 * budget ({@link FrameLoop}), or, with the engine's worker, pull its latest snapshot; either way each frame draws
 * what changed, the costly decision maps one at a time and the numbers on slower clocks.
 */
public final class LaneTraining implements FrameLoop.Frame, RemoteLanes.Listener {
    private static final double CHART_INTERVAL_MS = 150;
    private static final double TEXT_INTERVAL_MS = 100;
    private static final double TABLE_INTERVAL_MS = 500;

    private final LaneBoard board;
    private final LaneBoard.Host host;
    private final FrameLoop loop = new FrameLoop(this);
    private final String playId;
    private final String stepCountId;
    private final String speedId;
    private final double fieldIntervalMs;
    private final StopMarks stopMarks = new StopMarks();
    private int fieldCursor;
    /** Lanes whose decision map is out of date and waits for a frame of its own (bit i = lane i). */
    private int staleFields;
    private boolean drainScheduled;
    private double lastField = -1e9;
    private double lastChart = -1e9;
    private double lastText = -1e9;
    private double lastTable = -1e9;

    LaneTraining(LaneBoard board, LaneBoard.Host host, String playId, String stepCountId, String speedId,
            double fieldIntervalMs) {
        this.board = board;
        this.host = host;
        this.playId = playId;
        this.stepCountId = stepCountId;
        this.speedId = speedId;
        this.fieldIntervalMs = fieldIntervalMs;
    }

    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Stops the loop and shows Play (before the page replaces the race). */
    public void halt() {
        loop.stop();
        setPlayButton(false);
    }

    /** After a change of lanes: everything but the maps now, the maps one per frame. */
    void redrawLanes() {
        staleFields = (1 << board.views().size()) - 1;
        drawAll(true, false);
        drainFields();
    }

    public void toggle() {
        if (loop.isRunning()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (board.remote() != null) {
            int due = host.stepsBeforeDue(board.race()); // the board's race stays at step 0: the lesson's step count
            board.remote().play(due != Integer.MAX_VALUE && board.remote().furthestStep() < due ? due : 0);
        }
        if (board.remote() != null || !board.race().isFinished()) {
            loop.start();
            setPlayButton(true);
            drawAll(true);
        }
    }

    public void pause() {
        if (board.remote() != null) {
            board.remote().pause();
        }
        halt();
        if (board.race() != null) {
            drawAll(true);
        }
    }

    /** n steps of every lane (pausing first); in the worker they are drawn when the engine's snapshot comes. */
    public void step(int n) {
        if (loop.isRunning()) {
            pause();
        }
        if (board.remote() != null) {
            board.remote().step(n);
            return;
        }
        board.race().steps(n);
        drawAll(true);
    }

    /** The script API's step(n) in the engine: its id, answered through {@link ScriptApi#stepDone}; −1 in-page. */
    public int stepInEngine(int n) {
        if (board.remote() == null) {
            return -1;
        }
        if (loop.isRunning()) {
            pause();
        }
        return board.remote().step(n);
    }

    /** Up to n steps without drawing (a slice of the script API's step in-page); how far the furthest lane got. */
    public int advance(int n) {
        if (loop.isRunning()) {
            pause();
        }
        int before = Lesson.furthestStep(board.race());
        board.race().steps(n);
        return Lesson.furthestStep(board.race()) - before;
    }

    /** The work bound of one scripted step(n) on the lanes as they are ({@link StepBudget}). */
    public int maxSteps() {
        return StepBudget.maxSteps(board.race());
    }

    public void reset() {
        board.race().reset();
        if (board.remote() != null) {
            board.remote().reset();
        }
        drawAll(true);
    }

    private void setPlayButton(boolean playing) {
        HTMLElement play = Dom.byId(playId);
        play.setTextContent(playing ? "Pause" : "Play");
        play.setAttribute("aria-pressed", playing ? "true" : "false");
    }

    @Override
    public int train(int steps) {
        if (board.remote() != null) {
            board.remote().pull(); // the engine trains; the frame draws its latest snapshot
            return 0;
        }
        int lanes = board.race().laneCount();
        // A lesson's picture is the one at its step count: the loop pauses there once; Play goes on from it.
        int beforeDue = host.stepsBeforeDue(board.race());
        int applied = board.race().steps(Math.min(steps, beforeDue));
        if (board.race().isFinished() || beforeDue <= steps) {
            halt();
        }
        // The loop budgets steps per lane: report lane-steps per lane, rounded up.
        return applied == 0 ? 0 : (applied + lanes - 1) / lanes;
    }

    @Override
    public void snapshotRead(int maps) {
        for (int i = 0; i < board.views().size(); i++) {
            if ((maps & (1 << i)) != 0) {
                board.views().get(i).drawField(); // a byte image: painting it is cheap
            }
        }
        if (board.remote().stoppedPlaying()) {
            halt();
        }
        host.snapshotRead();
        if (!loop.isRunning()) {
            drawAll(true);
        }
    }

    @Override
    public void stepDone(int id, int taken) {
        ScriptApi.stepDone(id, taken);
    }

    @Override
    public void draw(double now) {
        // The frame in which the race ended by itself (every lane diverged or converged) is the last one:
        // it draws everything, so no text or table is left saying "running".
        drawAll(!loop.isRunning());
    }

    /** Everything now (after a change), or one running frame's share. */
    public void drawAll(boolean everything) {
        drawAll(everything, true);
    }

    /**
     * One frame's drawing. Decision maps are the costly part (res² forward passes each), so a running page that
     * trains itself refreshes one lane's at a time; texts, charts and the table refresh on slower clocks, as
     * nobody reads numbers at 60 Hz.
     */
    private void drawAll(boolean everything, boolean fieldsNow) {
        double now = Performance.now();
        int n = board.views().size();
        boolean running = loop.isRunning();
        if (everything && fieldsNow) {
            for (LaneView view : board.views()) {
                view.drawField();
            }
            staleFields = 0;
        } else if (!everything && n > 0 && board.remote() == null && now - lastField >= fieldIntervalMs) {
            board.views().get(fieldCursor++ % n).drawField(); // the engine's maps are painted as they come
            lastField = now;
        }
        if (everything || now - lastText >= TEXT_INTERVAL_MS) {
            if (board.remote() == null) {
                stopMarks.show(board.race(), board.views());
            } else {
                board.remote().showStops(board.views());
            }
            for (LaneView view : board.views()) {
                view.showMetrics(running);
            }
            lastText = now;
        }
        if (everything || now - lastChart >= CHART_INTERVAL_MS) {
            board.charts().draw();
            lastChart = now;
        }
        boolean slow = everything || now - lastTable >= TABLE_INTERVAL_MS;
        if (slow) {
            board.charts().showTable(board.statuses());
            lastTable = now;
        }
        int step = 0;
        for (int i = 0; i < board.race().laneCount(); i++) {
            step = Math.max(step, board.readout(i).stepCount());
        }
        Dom.setText(stepCountId, Format.count(step));
        if (speedId != null) {
            double speed = board.remote() == null ? loop.stepsPerSecond() : board.remote().stepsPerSecond();
            Dom.setText(speedId, running ? Format.count((int) speed) : "–");
        }
        host.drawn(running, slow);
    }

    /** Draws stale decision maps one per animation frame, so a new set of lanes never blocks the tab for all. */
    private void drainFields() {
        if (drainScheduled || staleFields == 0) {
            return;
        }
        drainScheduled = true;
        Window.requestAnimationFrame(now -> {
            drainScheduled = false;
            for (int i = 0; i < board.views().size(); i++) {
                if ((staleFields & (1 << i)) != 0) {
                    staleFields &= ~(1 << i);
                    board.views().get(i).drawField();
                    break;
                }
            }
            drainFields();
        });
    }
}
