package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.data.table.Table;
import descent.core.data.table.TableSplit;
import descent.core.optim.Optimizer;
import descent.core.optim.OptimizerSettings;

/**
 * N lanes (1 … {@link PlaygroundConfig#MAX_LANES}) trained side by side on one problem, so that two lanes
 * differ only in what the learner changed.
 *
 * <p><b>What lanes share.</b> One {@link DataSplit}, generated once from the seed. The initial weights θ₀ of
 * lanes whose {@link LaneConfig#sharesInitialWeightsWith} holds: θ₀ is drawn once per distinct initialization,
 * always from the start of the seed's init stream, so identical initializations are bit-identical and different
 * ones (Xavier vs He) use the same underlying random numbers. The minibatch order of lanes with the same batch
 * size: every run shuffles with the seed's batch stream.
 *
 * <p><b>Lockstep.</b> {@link #steps(int)} advances every lane by the same number of steps; a diverged or
 * converged lane stops and the others go on. A lane added, duplicated or restarted later starts at step 0 and
 * trails the others by the steps it missed (optimizer state cannot be copied between runs, so a duplicate is a
 * fresh run of the same configuration — which reproduces the original exactly if its settings never changed).
 *
 * <p><b>Changing a lane mid-run</b> ({@link #changeLane}): "continue" keeps θ and changes ε, the schedule,
 * clipping, averaging, batch size and the rule's settings in place; the optimizer state survives when only ε
 * changed, is carried over when the rule's state can be (see {@link OptimizerState}), and starts fresh
 * otherwise — the returned notice says which. A new initialization or batch-norm setting only means something
 * at step 0, so it always restarts the lane. "Restart" rebuilds that lane alone from θ₀.
 *
 * <p><b>Refused lanes.</b> A lane that {@link LaneCheck#problem} rejects (a second-order rule on a large
 * network or a minibatch, batch norm before the network supports it, clipping with a line search) is refused
 * with an {@link IllegalArgumentException} carrying the reason, rather than silently coerced: the page checks
 * {@link LaneCheck} first and shows the reason beside the control, and the URL decoder drops such a lane with a
 * notice, so a refusal here means a caller skipped that check.
 *
 * <p>Changing what lanes share (data, network, seed) means a new Race. Runs are replaced on restart: read
 * {@link #run(int)} afresh rather than keeping a reference.
 */
public final class Race {
    private final PlaygroundConfig config;
    private final DataSplit data;
    /** The standardized table split when the lanes learn a table, else null; {@link #data} then holds its points. */
    private final TableSplit table;
    private final LaneConfig[] lanes = new LaneConfig[PlaygroundConfig.MAX_LANES];
    private final Run[] runs = new Run[PlaygroundConfig.MAX_LANES];
    private int count;
    private final boolean evaluated;

    /** A race of the configuration's lanes; the configuration is copied. */
    public Race(PlaygroundConfig config) {
        this(config, true);
    }

    /**
     * The same race for its settings, data and θ₀ alone: its runs do not evaluate θ₀ (their numbers are NaN until
     * they step), which on a deep network is most of a race's cost. For a page whose engine trains elsewhere.
     */
    public static Race settingsOnly(PlaygroundConfig config) {
        return new Race(config, false);
    }

    private Race(PlaygroundConfig config, boolean evaluated) {
        this.evaluated = evaluated;
        int n = config.lanes.length;
        if (n < 1 || n > PlaygroundConfig.MAX_LANES) {
            throw new IllegalArgumentException("a race has 1 to " + PlaygroundConfig.MAX_LANES + " lanes, not " + n);
        }
        this.config = config.copy();
        for (int i = 0; i < n; i++) {
            requireRunnable(this.config.lanes[i]);
        }
        RunConfig first = this.config.runConfig(this.config.lanes[0]);
        if (this.config.usesTable()) {
            if (!this.config.tableReady()) {
                throw new IllegalStateException(this.config.table.title() + " has not loaded yet");
            }
            Table all = this.config.usesCustomTable() ? this.config.customTable
                    : this.config.table.table(this.config.shippedTable(), first.points, first.noise,
                    first.stream(RunConfig.STREAM_DATA));
            table = TableSplit.of(all, first.trainFraction, first.stream(RunConfig.STREAM_SPLIT));
            data = new DataSplit(TableTask.points(table.train()), TableTask.points(table.validation()));
        } else {
            table = null;
            data = this.config.usesCustomData()
                    ? DataSplit.of(this.config.customData, first.trainFraction, first.stream(RunConfig.STREAM_SPLIT))
                    : RunSetup.makeData(first);
        }
        for (int i = 0; i < n; i++) {
            lanes[i] = this.config.lanes[i];
            runs[i] = newRun(lanes[i]);
            count++;
        }
    }

    public int laneCount() {
        return count;
    }

    /** The run of lane i (replaced when the lane restarts or is removed). */
    public Run run(int lane) {
        check(lane);
        return runs[lane];
    }

    /** A copy of lane i's configuration. */
    public LaneConfig lane(int lane) {
        check(lane);
        return lanes[lane].copy();
    }

    /** A copy of the whole configuration with the current lanes (for the URL and the controls). */
    public PlaygroundConfig config() {
        PlaygroundConfig c = config.copy();
        c.lanes = new LaneConfig[count];
        for (int i = 0; i < count; i++) {
            c.lanes[i] = lanes[i].copy();
        }
        return c;
    }

    /** The standardized table every lane learns, or null on the plane. */
    public TableSplit table() {
        return table;
    }

    /** The data every lane trains and validates on (for a table: its examples as plane points, empty unless d = 2). */
    public DataSplit data() {
        return data;
    }

    /**
     * Advances every lane by up to k steps (a diverged or converged lane does nothing); returns the number of
     * updates applied over all lanes. Lane by lane rather than step by step: the lanes are independent, so the
     * result is the same and each lane's buffers stay in cache.
     */
    public int steps(int k) {
        int applied = 0;
        for (int i = 0; i < count; i++) {
            applied += runs[i].steps(k);
        }
        return applied;
    }

    /** Whether no lane can step any more (each has diverged or converged). */
    public boolean isFinished() {
        for (int i = 0; i < count; i++) {
            if (runs[i].status() == Status.RUNNING) {
                return false;
            }
        }
        return true;
    }

    /** Every lane back to its θ₀ at step 0, with its current settings. */
    public void reset() {
        for (int i = 0; i < count; i++) {
            runs[i].reset();
        }
    }

    /** Lane i alone back to θ₀ at step 0. */
    public void restartLane(int lane) {
        check(lane);
        runs[lane].reset();
    }

    /** Appends a lane (copied), starting at step 0; returns its index. */
    public int addLane(LaneConfig lane) {
        if (count == PlaygroundConfig.MAX_LANES) {
            throw new IllegalStateException("a race has at most " + PlaygroundConfig.MAX_LANES + " lanes");
        }
        requireRunnable(lane);
        LaneConfig copy = lane.copy();
        Run run = newRun(copy);
        lanes[count] = copy;
        runs[count] = run;
        return count++;
    }

    /** Appends a copy of lane i's configuration as a fresh run from step 0; returns the new index. */
    public int duplicateLane(int lane) {
        check(lane);
        return addLane(lanes[lane]);
    }

    /** Removes lane i; the lanes after it move up by one. The last lane cannot be removed. */
    public void removeLane(int lane) {
        check(lane);
        if (count == 1) {
            throw new IllegalStateException("a race keeps at least one lane");
        }
        for (int i = lane; i < count - 1; i++) {
            lanes[i] = lanes[i + 1];
            runs[i] = runs[i + 1];
        }
        count--;
        lanes[count] = null;
        runs[count] = null;
    }

    /**
     * Gives lane i a new configuration.
     *
     * @param restart true: rebuild the lane from θ₀ at step 0; false: continue from the current θ (a change of
     *                initialization or batch norm restarts anyway)
     * @return what happened, for the page: "" for a plain continue with the optimizer state kept or carried
     *         over, otherwise a sentence ("restarted: …", "optimizer state starts fresh: …")
     */
    public String changeLane(int lane, LaneConfig next, boolean restart) {
        check(lane);
        requireRunnable(next);
        LaneConfig previous = lanes[lane];
        LaneConfig copy = next.copy();
        if (restart || !previous.sharesInitialWeightsWith(copy) || previous.l2 != copy.l2) {
            runs[lane] = newRun(copy);
            lanes[lane] = copy;
            return restart ? "restarted" : previous.l2 != copy.l2 ? "restarted: the L2 term changes the loss itself"
                    : "restarted: the initialization and batch norm only act at step 0";
        }
        Run run = runs[lane];
        boolean diverged = run.status() == Status.DIVERGED;
        Optimizer replacement = null;
        String notice = "";
        if (copy.optimizer != previous.optimizer) {
            replacement = newOptimizer(copy, run);
            notice = "optimizer state starts fresh: a new rule";
        } else if (!sameApartFromRate(previous.settings, copy.settings)) {
            replacement = newOptimizer(copy, run);
            if (diverged || !OptimizerState.transfer(run.optimizer(), replacement)) {
                notice = "optimizer state starts fresh: " + copy.optimizer.label()
                        + "'s state cannot be carried over to new settings";
            }
        }
        if (diverged) {
            notice = "continues from the last finite θ with a fresh optimizer state";
        }
        run.continueWith(config.runConfig(copy), replacement);
        lanes[lane] = copy;
        return notice;
    }

    private static boolean sameApartFromRate(OptimizerSettings a, OptimizerSettings b) {
        return a.withLearningRate(0).equals(b.withLearningRate(0));
    }

    private static Optimizer newOptimizer(LaneConfig lane, Run run) {
        return lane.optimizer.create(lane.settings, run.parameters().length);
    }

    /** A run of this lane on the shared data, from the θ₀ it shares with matching lanes. */
    private Run newRun(LaneConfig lane) {
        RunConfig rc = config.runConfig(lane);
        rc.evaluateAtStart = evaluated;
        if (table != null) {
            return new Run(rc, new TableTask(RunSetup.makeNetwork(rc), table, rc.l2), initialParameters(lane));
        }
        return new Run(rc, data, initialParameters(lane));
    }

    /** θ₀ for a lane: taken from a present lane with the same initialization, else drawn. */
    private double[] initialParameters(LaneConfig lane) {
        for (int i = 0; i < count; i++) {
            if (lanes[i] != null && lanes[i].sharesInitialWeightsWith(lane)) {
                return runs[i].initialParameters();
            }
        }
        return RunSetup.initialParameters(config.runConfig(lane));
    }

    private void requireRunnable(LaneConfig lane) {
        String problem = LaneCheck.problem(config, lane);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
    }

    private void check(int lane) {
        if (lane < 0 || lane >= count) {
            throw new IndexOutOfBoundsException("lane " + lane + " of " + count);
        }
    }
}
