package descent.engine;

import descent.core.data.DataSplit;
import descent.core.data.Dataset;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.Series;
import descent.core.experiment.Status;

/**
 * The page's copy of one lane's numbers, as the engine's snapshots told them: the latest values, the
 * histories (the same points the engine's run holds, in series of the same capacity) and the decision map.
 */
public final class LaneMirror implements LaneReadout {
    private final double[] values = new double[EngineProtocol.LANE_VALUES];
    private final String[] texts = new String[EngineProtocol.LANE_TEXTS];
    private final Series[] series = new Series[EngineProtocol.SERIES];
    private final double[] map = new double[DecisionMap.CELLS];
    private final double[] averagedMap = new double[DecisionMap.CELLS];
    private boolean hasAveragedMap;
    private boolean hasMap;
    private int capacity;
    private DataSplit data;
    private final TableMirror table = new TableMirror();
    private final InternalsMirror internals = new InternalsMirror(this);
    private boolean awaitingFresh;

    LaneMirror() {
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "";
        }
        // Views keep these series (charts hold them), so they exist from the start, at the runs' usual capacity.
        capacity = new descent.core.experiment.RunConfig().seriesCapacity;
        for (int s = 0; s < series.length; s++) {
            series[s] = new Series(capacity);
        }
    }

    /** Reads this lane's part of a snapshot's numbers from {@code at}; returns where the next lane begins. */
    int read(double[] numbers, int at) {
        if (awaitingFresh && numbers[at + EngineProtocol.FRESH] != 1) {
            return skip(numbers, at); // the engine's numbers from before the page's change
        }
        awaitingFresh = false;
        System.arraycopy(numbers, at, values, 0, values.length);
        int wanted = (int) values[EngineProtocol.SERIES_CAPACITY];
        boolean fresh = values[EngineProtocol.FRESH] == 1;
        if (wanted != capacity) {
            capacity = wanted;
            for (int s = 0; s < series.length; s++) {
                series[s] = new Series(Math.max(3, capacity));
            }
        } else if (fresh) {
            for (Series s : series) {
                s.clear();
            }
        }
        if (fresh) {
            hasMap = false;
            table.forget();
        }
        int i = at + values.length;
        for (Series s : series) {
            int count = (int) numbers[i++];
            for (int k = 0; k < count; k++) {
                s.add((int) numbers[i], numbers[i + 1]);
                i += 2;
            }
        }
        return internals.read(numbers, table.read(numbers, i));
    }

    /** Where this lane's part of a snapshot ends, without reading it. */
    private static int skip(double[] numbers, int at) {
        int i = at + EngineProtocol.LANE_VALUES;
        for (int s = 0; s < EngineProtocol.SERIES; s++) {
            i += 1 + 2 * (int) numbers[i];
        }
        i += 1 + (int) numbers[i]; // the table block
        return i + 1 + (int) numbers[i]; // the internals block
    }

    /**
     * The lane starts over on the page's side (a new race, a restart, a reset, an added lane): until the engine's
     * fresh numbers for it come, it shows the page's own run of it — the same settings, data and θ₀, at step 0,
     * evaluated there (its step-0 numbers, already computed when the page built it) — and the engine's older
     * numbers are passed over.
     */
    void prime(descent.core.experiment.Run own) {
        LaneLog log = new LaneLog();
        log.restart(own);
        double[] numbers = new double[EngineProtocol.LANE_VALUES + log.encodedSize() + 2]; // empty blocks
        log.encode(own, DecisionMap.range(own.train()), numbers, 0);
        awaitingFresh = false;
        read(numbers, 0);
        // no map from the page's run: on a deep network res² forward passes per lane would be a long task here,
        // and the engine's first snapshot of a fresh lane brings its map anyway
        awaitingFresh = true;
    }

    /** Whether the engine's numbers for this lane are passed over until its fresh ones come. */
    boolean isAwaitingFresh() {
        return awaitingFresh;
    }

    /**
     * The bytes a lane's images take in a snapshot that brings its map, from that lane's values at {@code at} (the
     * snapshot's own: a lane passed over may have been another configuration when it was sent).
     */
    static int imageBytes(double[] numbers, int at) {
        if (numbers[at + EngineProtocol.TABLE_CLASSES] > 0) {
            return numbers[at + EngineProtocol.INPUTS] == 2 ? ClassMap.BYTES : 0;
        }
        return (numbers[at + EngineProtocol.AVERAGING] == 1 ? 2 : 1) * DecisionMap.CELLS;
    }

    /** Reads this lane's images from {@code at} (see {@link #imageBytes}). */
    void readImages(byte[] images, int at) {
        if (values[EngineProtocol.TABLE_CLASSES] > 0) {
            if (values[EngineProtocol.INPUTS] == 2) {
                table.readMap(images, at);
            }
            hasMap = true;
            return;
        }
        readMap(images, at, false);
        if (isAveraging()) {
            readMap(images, at + DecisionMap.CELLS, true);
        }
    }

    void readTexts(String[] all, int from) {
        for (int i = 0; i < texts.length; i++) {
            texts[i] = from + i < all.length ? all[from + i] : "";
        }
    }

    /** Reads the map at θ, or at the averaged weights θ̂ when {@code averaged}. */
    private void readMap(byte[] images, int at, boolean averaged) {
        double lo = values[EngineProtocol.MAP_LO];
        double hi = values[EngineProtocol.MAP_HI];
        double[] into = averaged ? averagedMap : map;
        for (int i = 0; i < into.length; i++) {
            into[i] = DecisionMap.value(images[at + i], lo, hi);
        }
        if (averaged) {
            hasAveragedMap = true;
        } else {
            hasMap = true;
            hasAveragedMap = false; // until the map at θ̂ that follows it
        }
    }

    /** The data the lane trains on (the page has its own copy: data come from the seed, not the engine). */
    public void bindData(DataSplit data) {
        this.data = data;
    }

    /** The standardized split a table lane learns (the page's own copy, from the same seed), else null. */
    public void bindTable(descent.core.data.table.TableSplit split) {
        table.bind(split);
    }

    /** The page's own run of this lane: the layout and rule symbols its internals are read with. */
    public void bindRun(descent.core.experiment.Run own) {
        internals.bind(own);
    }

    /** θ and the rule's terms as the engine last sent them (for a lane the page watches). */
    @Override
    public descent.core.experiment.LaneInternals internals() {
        return internals;
    }

    @Override
    public descent.core.experiment.TableReadout table() {
        return table.split() != null ? table : null;
    }

    /** A value by its index in {@link EngineProtocol} (STEP_COUNT, TRAIN_LOSS, …). */
    public double value(int index) {
        return values[index];
    }

    /** A text by its index in {@link EngineProtocol} (DIVERGENCE_REASON, …). */
    public String text(int index) {
        return texts[index];
    }

    /** A history by its index in {@link EngineProtocol} (TRAIN_LOSS_SERIES, …). */
    public Series series(int index) {
        return series[index];
    }

    public int stepCount() {
        return (int) values[EngineProtocol.STEP_COUNT];
    }

    public Status status() {
        double s = values[EngineProtocol.STATUS];
        return s == 2 ? Status.DIVERGED : s == 1 ? Status.CONVERGED : Status.RUNNING;
    }

    /** The decision map (resolution² outputs), or null before the engine sent one. */
    public double[] map() {
        return hasMap ? map : null;
    }

    private double v(int index) {
        return values[index];
    }

    @Override
    public double epoch() {
        return v(EngineProtocol.EPOCH);
    }

    @Override
    public double trainLoss() {
        return v(EngineProtocol.TRAIN_LOSS);
    }

    @Override
    public double validationLoss() {
        return v(EngineProtocol.VALIDATION_LOSS);
    }

    @Override
    public double validationAccuracy() {
        return v(EngineProtocol.VALIDATION_ACCURACY);
    }

    @Override
    public double gradientNorm() {
        return v(EngineProtocol.GRADIENT_NORM);
    }

    @Override
    public double learningRate() {
        return v(EngineProtocol.LEARNING_RATE);
    }

    @Override
    public int clippedStepCount() {
        return (int) v(EngineProtocol.CLIPPED_STEPS);
    }

    @Override
    public double averagedTrainLoss() {
        return v(EngineProtocol.AVERAGED_TRAIN_LOSS);
    }

    @Override
    public int guardRailCount() {
        return (int) v(EngineProtocol.GUARD_RAILS);
    }

    @Override
    public String lastGuardRail() {
        return texts[EngineProtocol.LAST_GUARD_RAIL];
    }

    @Override
    public int divergedAtStep() {
        return (int) v(EngineProtocol.DIVERGED_AT);
    }

    @Override
    public String divergenceReason() {
        return texts[EngineProtocol.DIVERGENCE_REASON];
    }

    @Override
    public int convergedAtStep() {
        return (int) v(EngineProtocol.CONVERGED_AT);
    }

    @Override
    public String convergenceReason() {
        return texts[EngineProtocol.CONVERGENCE_REASON];
    }

    /** What the lane stopped at, as {@code StopCheck.Kind.id()}: "" while nothing is against its stop. */
    public String stopKind() {
        return texts[EngineProtocol.STOP_KIND];
    }

    /** The status line saying what it stopped at, else "". */
    public String stopNote() {
        return texts[EngineProtocol.STOP_NOTE];
    }

    @Override
    public boolean isAveraging() {
        return v(EngineProtocol.AVERAGING) == 1;
    }

    @Override
    public boolean isFullBatch() {
        return v(EngineProtocol.FULL_BATCH) == 1;
    }

    @Override
    public int batchSize() {
        return (int) v(EngineProtocol.BATCH_SIZE);
    }

    @Override
    public Dataset train() {
        return data.train();
    }

    @Override
    public Dataset validation() {
        return data.validation();
    }

    @Override
    public Series trainLossSeries() {
        return series[EngineProtocol.TRAIN_LOSS_SERIES];
    }

    @Override
    public Series validationLossSeries() {
        return series[EngineProtocol.VALIDATION_LOSS_SERIES];
    }

    @Override
    public Series averagedTrainLossSeries() {
        return series[EngineProtocol.AVERAGED_TRAIN_LOSS_SERIES];
    }

    @Override
    public Series gradientNormSeries() {
        return series[EngineProtocol.GRADIENT_NORM_SERIES];
    }

    @Override
    public Series stepLengthSeries() {
        return series[EngineProtocol.STEP_LENGTH_SERIES];
    }

    @Override
    public Series weightNormSeries() {
        return series[EngineProtocol.WEIGHT_NORM_SERIES];
    }

    /**
     * The engine's last map, sampled onto the grid asked for (the lane cards ask for the engine's own grid over
     * ±EXTENT); at θ̂ when {@code averaged} and the engine sent that map (a lane that averages), else at θ.
     */
    @Override
    public void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out,
                            boolean averaged) {
        int side = EngineProtocol.MAP_RESOLUTION;
        double middle = 0.5 * (values[EngineProtocol.MAP_LO] + values[EngineProtocol.MAP_HI]);
        double[] from = averaged && hasAveragedMap ? averagedMap : map;
        for (int r = 0; r < resolution; r++) {
            int row = r * side / resolution;
            for (int c = 0; c < resolution; c++) {
                out[r * resolution + c] = hasMap ? from[row * side + c * side / resolution] : middle;
            }
        }
    }

    @Override
    public void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out) {
        predictGrid(xMin, xMax, yMin, yMax, resolution, out, false);
    }
}
