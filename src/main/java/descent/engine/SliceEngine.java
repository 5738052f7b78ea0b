package descent.engine;

import descent.core.experiment.PlaygroundConfig;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;

/** The network slices' side of the engine: obeys {@link EngineProtocol#SLICES} with one {@link SliceJob}. */
public final class SliceEngine implements EngineWork {
    /** Failed, in the snapshot's state (the job's phases are 0 … {@link SliceJob#DONE}). */
    public static final int FAILED = 4;

    private SliceJob job;
    private String error = "";
    private boolean news;
    private int seq;

    @Override
    public void apply(Command c) {
        if (!c.kind.equals(EngineProtocol.SLICES)) {
            return; // SLICES_PULL: answered by the host with a snapshot
        }
        job = null;
        error = "";
        try {
            PlaygroundConfig config = DataPacking.config(c);
            config.lanes = new descent.core.experiment.LaneConfig[] {config.lanes[0]};
            job = new SliceJob(config);
        } catch (RuntimeException e) {
            error = "This link's lane cannot be trained here: " + e.getMessage();
        }
        news = true;
    }

    @Override
    public boolean ready() {
        return job != null || !error.isEmpty();
    }

    @Override
    public boolean hasWork() {
        return job != null && job.phase() != SliceJob.DONE;
    }

    @Override
    public int train(int k) {
        if (!hasWork()) {
            return 0;
        }
        int spent;
        try {
            spent = job.advance(k);
        } catch (RuntimeException e) {
            error = "This link's lane could not be sliced: " + e.getMessage();
            job = null;
            news = true;
            return 0;
        }
        news |= job.phase() == SliceJob.DONE;
        return spent;
    }

    /** The slices are done (or failed): the page hears at once. */
    @Override
    public boolean stepDone() {
        return news;
    }

    /** The layout of {@link EngineProtocol}'s slices snapshot. */
    @Override
    public Snapshot snapshot() {
        news = false;
        boolean done = job != null && job.phase() == SliceJob.DONE;
        int size = EngineProtocol.SLICES_HEADER
                + (done ? 3 + job.line().length + job.plane().length + 2 * job.pathCount() : 0);
        double[] out = new double[size];
        out[EngineProtocol.SEQ] = ++seq;
        out[EngineProtocol.SLICES_STATE] = job == null ? FAILED : job.phase();
        out[EngineProtocol.SLICES_PROGRESS] = job == null ? 0 : job.progress();
        out[EngineProtocol.SLICES_STEPS] = job == null ? 0 : job.stepCount();
        if (done) {
            int at = EngineProtocol.SLICES_HEADER;
            at = put(job.line(), job.line().length, out, at);
            at = put(job.plane(), job.plane().length, out, at);
            at = put(job.pathA(), job.pathCount(), out, at);
            System.arraycopy(job.pathB(), 0, out, at, job.pathCount());
        }
        return new Snapshot(out, error, new byte[0]);
    }

    private static int put(double[] values, int n, double[] out, int at) {
        out[at] = n;
        System.arraycopy(values, 0, out, at + 1, n);
        return at + 1 + n;
    }
}
