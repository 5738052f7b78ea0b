package descent.web.layers;

import descent.core.data.table.LoadedTables;
import descent.core.data.table.Table;
import descent.core.data.table.TableKind;
import descent.core.experiment.LayerLab;
import descent.engine.DataPacking;
import descent.engine.EngineProtocol;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.engine.LabJob;
import descent.web.FrameLoop;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.engine.EngineLink;
import descent.web.engine.RemoteLanes;
import org.teavm.jso.browser.Performance;

import java.util.HashSet;
import java.util.Set;

/**
 * Who trains the layers lab: the engine's worker ({@link descent.engine.LabEngine}) by default, the page's own
 * thread with {@code ?thread=main}. Either way the page's views read one {@link LayerLab}: trained here, or a
 * mirror of the worker's, brought up to date by a pull once per frame ({@link LabJob#unpack}) and measured on
 * the page only when it is drawn.
 */
final class LabTraining implements FrameLoop.Frame, EngineLink.Receiver {
    /** What the page redraws. */
    interface View {
        /** Measures the lab and redraws every view of it. */
        void drawAll();

        /** The step counter only (every frame while playing). */
        void drawCount();

        void playing(boolean on);
    }

    /** Measuring and redrawing every view costs a probe pass: a few times a second while playing. */
    private static final double MEASURE_INTERVAL_MS = 200;

    private final View view;
    private final FrameLoop loop = new FrameLoop(this);
    private final boolean remote = RemoteLanes.asked();
    private EngineLink link;
    private boolean fellBack;
    private LayerLab lab;
    /** LAB_CONFIGUREs and LAB_RESETs sent to the engine: its snapshots of an earlier one are dropped. */
    private int generation;
    private boolean pullPending;
    /** The shipped tables this engine already has (a table is sent once, not with every change of settings). */
    private final Set<TableKind> sent = new HashSet<>();
    private int nextId = 1;
    /** The STEP in flight (id and steps), sent again if the worker fails meanwhile. */
    private int stepId = -1;
    private int stepN;
    private double lastMeasure = -1e9;
    /** Paused here, but the engine's last steps (and its word that it stopped) are still to come. */
    private boolean stopping;

    LabTraining(View view) {
        this.view = view;
        if (remote) {
            link = EngineLink.open(this);
        }
        Dom.document().getBody().setAttribute("data-lab-thread", remote ? "worker" : "main");
    }

    /** A fresh lab at step 0 on these settings (paused); the engine builds the same one. */
    LayerLab configure(LayerLab.Settings settings) {
        stopLoop();
        lab = new LayerLab(settings);
        if (remote) {
            sendConfigure();
        }
        return lab;
    }

    private void sendConfigure() {
        LayerLab.Settings s = lab.settings();
        Table table = s.table != null && s.table.isShipped() && !sent.contains(s.table)
                ? LoadedTables.get(s.table.shipped()) : null;
        if (table != null) {
            sent.add(s.table);
        }
        generation++;
        stepId = -1;
        pullPending = false;
        stopping = false;
        link.send(new Command(EngineProtocol.LAB_CONFIGURE, -1, 0, 0, false, LayersLink.encode(s),
                table == null ? null : DataPacking.packTable(table), table == null ? "" : DataPacking.tableNames(table)));
    }

    LayerLab lab() {
        return lab;
    }

    /** Whether the engine trains the lab (in its worker, or in this thread after the worker failed). */
    boolean inWorker() {
        return remote;
    }

    boolean isPlaying() {
        return loop.isRunning();
    }

    /** Playing, or paused while the engine's final steps are still on their way: "running" to the script API. */
    boolean isRunning() {
        return loop.isRunning() || stopping;
    }

    void play() {
        if (lab.divergedAtStep() < 0 && !loop.isRunning()) {
            send(EngineProtocol.LAB_PLAY, -1, 0);
            loop.start();
            view.playing(true);
        }
    }

    void pause() {
        if (!loop.isRunning()) {
            return;
        }
        stopLoop();
        if (remote) {
            send(EngineProtocol.LAB_PAUSE, -1, 0);
            stopping = true;
            pullPending = true; // even with one in flight: only this one's answer comes after the engine stopped
            send(EngineProtocol.LAB_PULL, -1, 0);
            drawAll(); // paused at once on the page; the final steps are drawn again when they come
        } else {
            drawAll();
        }
    }

    private void stopLoop() {
        loop.stop();
        view.playing(false);
    }

    void reset() {
        lab.reset();
        if (remote) {
            generation++;
            send(EngineProtocol.LAB_RESET, -1, 0);
        }
        drawAll();
    }

    /** n more steps, then a full redraw; in the worker, answered later (ScriptApi.stepDone gets the id). */
    int step(int n) {
        pause();
        if (!remote) {
            lab.steps(n);
            drawAll();
            return -1;
        }
        stepId = nextId++;
        stepN = n;
        send(EngineProtocol.LAB_STEP, stepId, n);
        return stepId;
    }

    /** A slice of the script API's step(n) on the page's own thread: up to n steps without drawing. */
    int advance(int n) {
        pause();
        return lab.steps(n);
    }

    private void send(String kind, int id, int n) {
        if (remote) {
            link.send(new Command(kind, id, n, 0, false, "", null));
        }
    }

    private void pull() {
        if (!pullPending) {
            pullPending = true;
            send(EngineProtocol.LAB_PULL, -1, 0);
        }
    }

    @Override
    public int train(int steps) {
        if (remote) {
            pull(); // the worker trains; the frame draws what the last pull brought
            return 0;
        }
        int done = lab.steps(steps);
        if (lab.divergedAtStep() >= 0) {
            stopLoop();
        }
        return done;
    }

    @Override
    public void draw(double now) {
        if (!loop.isRunning() || Performance.now() - lastMeasure >= MEASURE_INTERVAL_MS) {
            drawAll();
        } else {
            view.drawCount();
        }
    }

    private void drawAll() {
        lastMeasure = Performance.now();
        view.drawAll();
    }

    @Override
    public void received(Snapshot snapshot) {
        double[] n = snapshot.numbers;
        pullPending = false;
        if ((int) n[EngineProtocol.LAB_GENERATION] != generation) {
            return; // of a lab since replaced or reset
        }
        LabJob.unpack(n, EngineProtocol.LAB_HEADER, lab);
        if (n[EngineProtocol.PLAYING] == 0) {
            stopping = false;
        }
        int done = (int) n[EngineProtocol.DONE];
        if (loop.isRunning() && lab.divergedAtStep() >= 0) {
            stopLoop();
            drawAll();
        } else if (!loop.isRunning()) {
            drawAll();
        }
        if (done >= 0) {
            if (done == stepId) {
                stepId = -1;
            }
            ScriptApi.stepDone(done, (int) n[EngineProtocol.TAKEN]);
        }
    }

    /** The worker could not start or stopped: the same engine in this thread starts over from θ₀ (at load, in practice). */
    @Override
    public void engineFailed(String why) {
        if (fellBack) {
            return;
        }
        fellBack = true;
        link = EngineLink.inThisThread(this);
        Dom.document().getBody().setAttribute("data-lab-thread", "main");
        sent.clear();
        generation = 0;
        boolean playing = loop.isRunning();
        int waiting = stepId;
        int n = stepN;
        lab.reset();
        sendConfigure();
        if (waiting >= 0) {
            stepId = waiting;
            send(EngineProtocol.LAB_STEP, waiting, n);
        } else if (playing) {
            send(EngineProtocol.LAB_PLAY, -1, 0);
        }
        drawAll();
    }
}
