package descent.engine;

import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.RunSetup;
import descent.core.experiment.Status;
import descent.core.experiment.TableReadout;
import descent.core.landscape.NetworkSlices;
import descent.core.math.Rng;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import descent.core.nn.SoftmaxObjective;
import descent.core.optim.Objective;

/**
 * One comparison lane's real loss landscape (landscape.html#net=…): trains the lane {@link #TRAIN_STEPS} steps
 * keeping θ every {@link #SNAPSHOT_EVERY}, then computes {@link NetworkSlices} (the line θ₀ → θ_final and the
 * filter-normalized plane around θ_final), then projects the kept θs onto that plane. Done in units
 * ({@link #advance}) so that a host can spread it over slices of time; a full-batch loss counts as the
 * training steps it costs.
 */
public final class SliceJob {
    public static final int TRAIN_STEPS = 1000;
    public static final int SNAPSHOT_EVERY = 10;
    public static final int LINE_POINTS = 41;
    public static final int GRID = 31;
    public static final double SPAN = 1;

    /** Where the work is: {@link #TRAINING}, {@link #SLICING}, {@link #PROJECTING}, {@link #DONE}. */
    public static final int TRAINING = 0;
    public static final int SLICING = 1;
    public static final int PROJECTING = 2;
    public static final int DONE = 3;

    private final Run run;
    private final Network network;
    private final double[] snapshots;
    private int snapshotCount;
    private NetworkSlices slices;
    private int lossCost = 1;
    private int phase = TRAINING;
    private double[] pathA;
    private double[] pathB;
    private double[] buffer;
    private final double[] ab = new double[2];
    private int projected;

    /** Lane 0 of {@code config} (the page passes the linked lane alone); throws if it cannot be built. */
    public SliceJob(PlaygroundConfig config) {
        run = new Race(config).run(0);
        network = RunSetup.makeNetwork(run.config());
        snapshots = new double[(TRAIN_STEPS / SNAPSHOT_EVERY + 2) * run.parameters().length];
        snapshot();
    }

    private void snapshot() {
        double[] theta = run.parameters();
        int n = theta.length;
        if ((snapshotCount + 1) * n <= snapshots.length) {
            System.arraycopy(theta, 0, snapshots, snapshotCount * n, n);
            snapshotCount++;
        }
    }

    /** Up to {@code budget} units of work (a training step is one); returns the units spent (0 once done). */
    public int advance(int budget) {
        int spent = 0;
        while (spent < budget && phase != DONE) {
            if (phase == TRAINING) {
                boolean stepped = run.stepCount() < TRAIN_STEPS && run.step();
                spent++;
                if (stepped && run.stepCount() % SNAPSHOT_EVERY == 0) {
                    snapshot();
                }
                if (!stepped || run.stepCount() >= TRAIN_STEPS || run.status() != Status.RUNNING) {
                    if (run.stepCount() % SNAPSHOT_EVERY != 0) {
                        snapshot();
                    }
                    prepareSlices();
                    return spent; // the next phase's units cost differently: the host re-measures
                }
            } else if (phase == SLICING) {
                slices.advance(1);
                spent += lossCost;
                if (slices.isDone()) {
                    phase = PROJECTING;
                    pathA = new double[snapshotCount];
                    pathB = new double[snapshotCount];
                    buffer = new double[run.parameters().length];
                    return spent;
                }
            } else {
                int n = buffer.length;
                System.arraycopy(snapshots, projected * n, buffer, 0, n);
                slices.project(buffer, ab);
                pathA[projected] = ab[0];
                pathB[projected] = ab[1];
                projected++;
                spent++;
                if (projected == snapshotCount) {
                    phase = DONE;
                }
            }
        }
        return spent;
    }

    /** J(θ) on the whole training split without weight decay: a table's K-class cross-entropy, else the task's loss. */
    private void prepareSlices() {
        TableReadout table = run.table();
        int n = table != null ? table.split().train().size() : run.train().size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Objective full;
        if (table != null) {
            SoftmaxObjective softmax = new SoftmaxObjective(network, table.split().train(), 0);
            softmax.setBatch(all, n);
            full = softmax;
        } else {
            NetworkObjective plane = new NetworkObjective(network, run.config().effectiveLoss(), run.train());
            plane.setBatch(all, n);
            full = plane;
        }
        lossCost = Math.max(1, n / Math.max(1, run.config().batchSize));
        slices = new NetworkSlices(full, network, run.initialParameters(), run.parameters(),
                new Rng(run.config().seed * 7919 + 17), LINE_POINTS, GRID, SPAN);
        phase = SLICING;
    }

    public int phase() {
        return phase;
    }

    /** Progress in [0, 1]: training the first 30 %, the slices the next 69 %. */
    public double progress() {
        return phase == TRAINING ? 0.3 * run.stepCount() / TRAIN_STEPS
                : phase == SLICING ? 0.3 + 0.69 * slices.progress() : phase == PROJECTING ? 0.99 : 1;
    }

    public int stepCount() {
        return run.stepCount();
    }

    /** Once done: J along θ₀ + α(θ_final − θ₀), α from −0.5 to 1.5 ({@link #LINE_POINTS} values). */
    public double[] line() {
        return slices.line();
    }

    /** Once done: J on the plane, {@link #GRID}² values row by row over ±{@link #SPAN}. */
    public double[] plane() {
        return slices.plane();
    }

    /** Once done: how many kept θs the path has, and their coordinates on the plane. */
    public int pathCount() {
        return snapshotCount;
    }

    public double[] pathA() {
        return pathA;
    }

    public double[] pathB() {
        return pathB;
    }
}
