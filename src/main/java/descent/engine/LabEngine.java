package descent.engine;

import descent.core.data.table.LoadedTables;
import descent.core.data.table.TableKind;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.web.layers.LayersLink;

/**
 * The layers lab's side of the engine: obeys {@link EngineProtocol}'s lab commands with one {@link LabJob} and
 * answers with its pulls. Plain Java, like {@link Engine}: the worker, the page's thread and the tests run it.
 */
public final class LabEngine implements EngineWork {
    /** Steps recorded between two pulls: training waits (still playing) for a page that stopped pulling. */
    private static final int CAPACITY = 4096;

    private LabJob job;
    private boolean playing;
    /** LAB_CONFIGURE and LAB_RESET commands obeyed: the page drops snapshots of an earlier one. */
    private int generation;
    private final StepOrder step = new StepOrder();
    private int seq;

    @Override
    public void apply(Command c) {
        if (c.kind.equals(EngineProtocol.LAB_CONFIGURE)) {
            LayersLink.Decoded d = LayersLink.decode(c.text);
            TableKind kind = d.settings.table;
            if (kind != null && kind.isShipped() && DataPacking.isTable(c.data)) {
                LoadedTables.put(kind.shipped(), DataPacking.unpackTable(c.data, c.names)); // the worker reads no files
            }
            if (job != null) {
                step.end(job.lab().stepCount());
            }
            playing = false;
            job = new LabJob(d.settings, CAPACITY);
            generation++;
        } else if (job == null) {
            return;
        } else if (c.kind.equals(EngineProtocol.LAB_PLAY)) {
            playing = job.lab().divergedAtStep() < 0;
        } else if (c.kind.equals(EngineProtocol.LAB_PAUSE)) {
            playing = false;
        } else if (c.kind.equals(EngineProtocol.LAB_STEP)) {
            playing = false;
            step.begin(c.id, c.n, job.lab().stepCount());
        } else if (c.kind.equals(EngineProtocol.LAB_RESET)) {
            job.reset();
            generation++;
        }
    }

    @Override
    public boolean ready() {
        return job != null;
    }

    @Override
    public boolean hasWork() {
        return job != null && (playing || step.left() > 0) && !job.full();
    }

    @Override
    public int train(int k) {
        if (!hasWork()) {
            return 0;
        }
        int done = job.slice(step.left() > 0 ? Math.min(k, step.left()) : k);
        boolean diverged = job.lab().divergedAtStep() >= 0;
        step.taken(done, diverged, job.lab().stepCount());
        if (diverged) {
            playing = false;
        }
        return done;
    }

    /** A STEP ended, or one still under way filled the record buffer (the page does not pull while it waits). */
    @Override
    public boolean stepDone() {
        return step.owed() || step.left() > 0 && job.full();
    }

    /** The lab snapshot of {@link EngineProtocol}: its header, then the job's pull ({@link LabJob#pack()}). */
    @Override
    public Snapshot snapshot() {
        double[] pull = job.pack();
        double[] out = new double[EngineProtocol.LAB_HEADER + pull.length];
        out[EngineProtocol.SEQ] = ++seq;
        step.report(out);
        out[EngineProtocol.PLAYING] = playing ? 1 : 0;
        out[EngineProtocol.LAB_GENERATION] = generation;
        System.arraycopy(pull, 0, out, EngineProtocol.LAB_HEADER, pull.length);
        return new Snapshot(out, "", new byte[0]);
    }
}
