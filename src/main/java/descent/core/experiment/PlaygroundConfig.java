package descent.core.experiment;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.data.table.Table;
import descent.core.data.table.TableKind;
import descent.core.nn.Activation;
import descent.core.nn.Loss;
import descent.core.optim.OptimizerKind;

/**
 * The whole state of a comparison: what the lanes share (data, network shape, seed) and the lanes
 * themselves. The URL hash, the controls and the lessons all read and write this one object.
 */
public final class PlaygroundConfig {
    public static final int MAX_LANES = 6;

    public DatasetKind dataset = DatasetKind.CIRCLE;
    /**
     * A K-class table instead of {@link #dataset} (null for the plane): a shipped real set, whose content the page
     * loads into {@link #loadedTable}, or a generated K-class set. The lanes then have d inputs, K logits and
     * softmax cross-entropy.
     */
    public TableKind table = null;
    /** The shipped file's table when {@link #table} is a shipped set and it has loaded; null otherwise. */
    public Table loadedTable = null;
    public int points = 400;
    /** Stretch of the inputs after generation ({@link RunConfig#scaleX}): 1 = the dataset as drawn. */
    public double scaleX = 1;
    public double scaleY = 1;
    public double noise = 0.1;
    public double trainFraction = 0.5;
    public int seed = 1;
    public int[] hiddenLayers = {8, 8};
    public Activation activation = Activation.TANH;
    public Loss loss = Loss.CROSS_ENTROPY;
    /** Shuffle once per epoch; off shows what correlated successive examples do (CURRICULUM §7). */
    public boolean shuffle = true;
    public LaneConfig[] lanes = defaultLanes();
    /** The lesson this state came from, or "" for none. */
    public String lesson = "";
    /** Loss charts on a logarithmic scale. */
    public boolean logScale = false;
    /** Charts against examples seen (step × batch size) rather than the step: a view setting, kept in the link. */
    public boolean examplesAxis = false;
    /** Minibatch curves drawn smoothed over their faint raw values (a view setting, kept in the link). */
    public boolean smoothCharts = true;
    /** Lanes (by index) whose update-rule view is open: page state, carried by the link like logScale. */
    public int[] ruleViews = {};
    /** Lanes (by index) whose network diagram is open: page state, carried by the link like ruleViews. */
    public int[] diagramViews = {};
    /** Whether every lane is drawn on one loss surface, and on which plane: page state, carried by the link. */
    public SurfaceView surface = SurfaceView.OFF;
    /**
     * Train on the learner's own data instead of {@link #dataset}: the data itself lives in the page's local
     * storage, never in a link, and arrives here as {@link #customData}.
     */
    public boolean ownData = false;
    /** The learner's own points when {@link #ownData}; null otherwise or when the page has none stored. */
    public Dataset customData = null;
    /**
     * The learner's own table (x1,…,xd,label, K classes) when {@link #ownData} and the file was one; then
     * {@link #customData} is null, and the lanes learn it as they learn a shipped table.
     */
    public Table customTable = null;

    /** The default page: SGD, momentum, RMSProp and Adam on the same data from the same weights. */
    public static LaneConfig[] defaultLanes() {
        return new LaneConfig[] {
            LaneConfig.of(OptimizerKind.GD, 0.1),
            LaneConfig.of(OptimizerKind.MOMENTUM, 0.03),
            LaneConfig.of(OptimizerKind.RMSPROP, 0.01),
            LaneConfig.of(OptimizerKind.ADAM, 0.01),
        };
    }

    public PlaygroundConfig copy() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = dataset;
        c.table = table;
        c.loadedTable = loadedTable;
        c.points = points;
        c.scaleX = scaleX;
        c.scaleY = scaleY;
        c.noise = noise;
        c.trainFraction = trainFraction;
        c.seed = seed;
        c.hiddenLayers = hiddenLayers.clone();
        c.activation = activation;
        c.loss = loss;
        c.shuffle = shuffle;
        c.lanes = new LaneConfig[lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            c.lanes[i] = lanes[i].copy();
        }
        c.lesson = lesson;
        c.logScale = logScale;
        c.examplesAxis = examplesAxis;
        c.smoothCharts = smoothCharts;
        c.ruleViews = ruleViews.clone();
        c.diagramViews = diagramViews.clone();
        c.surface = surface;
        c.ownData = ownData;
        c.customData = customData;
        c.customTable = customTable;
        return c;
    }

    /** Whether the lanes train on {@link #customData} rather than on generated data. */
    public boolean usesCustomData() {
        return ownData && customData != null;
    }

    /** Whether the lanes train on the learner's own table ({@link #customTable}). */
    public boolean usesCustomTable() {
        return ownData && customTable != null;
    }

    /** Whether the lanes train on the learner's own data, points or table. */
    public boolean usesOwn() {
        return usesCustomData() || usesCustomTable();
    }

    /**
     * Whether the lanes train on a K-class table: the learner's own, or {@link #table} (the learner's own
     * data takes precedence).
     */
    public boolean usesTable() {
        return usesCustomTable() || table != null && !usesCustomData();
    }

    /** Whether the table's data are there: the learner's or a generated set always, a shipped one once loaded. */
    public boolean tableReady() {
        return usesCustomTable() || usesTable() && (!table.isShipped() || shippedTable() != null);
    }

    /** The table the lanes learn before any split: the learner's, the shipped file's, or null (generated). */
    public Table sourceTable() {
        return usesCustomTable() ? customTable : shippedTable();
    }

    /** d and K of the table the lanes learn (when {@link #usesTable()}), known before a shipped file loads. */
    public int tableInputs() {
        return usesCustomTable() ? customTable.dimension() : table.inputs();
    }

    public int tableClasses() {
        return usesCustomTable() ? customTable.classCount() : table.classes();
    }

    /** Examples before the split: the learner's table's rows, a shipped file's, or the generated points. */
    public int tableRows() {
        return usesCustomTable() ? customTable.size() : table.rows(points);
    }

    /** The shipped file's table: {@link #loadedTable}, or the one this process has read (see LoadedTables). */
    public Table shippedTable() {
        if (table == null || !table.isShipped()) {
            return null;
        }
        return loadedTable != null ? loadedTable : descent.core.data.table.LoadedTables.get(table.shipped());
    }

    /** The run configuration of lane i: the shared settings plus that lane's. */
    public RunConfig runConfig(int lane) {
        return runConfig(lanes[lane]);
    }

    /** The run configuration of a lane (in this config or not yet): the shared settings plus the lane's. */
    public RunConfig runConfig(LaneConfig l) {
        RunConfig r = new RunConfig();
        // With the learner's own data the kind only says the task: a classification kind or a regression one.
        r.dataset = usesCustomData() ? (customData.isClassification() ? DatasetKind.CIRCLE : DatasetKind.PLANE) : dataset;
        if (usesTable()) {
            r.inputs = tableInputs();
            r.classes = tableClasses();
        }
        r.points = points;
        r.scaleX = scaleX;
        r.scaleY = scaleY;
        r.noise = noise;
        r.trainFraction = trainFraction;
        r.seed = seed;
        r.hiddenLayers = hiddenLayers.clone();
        r.activation = activation;
        r.loss = loss;
        r.shuffle = shuffle;
        r.init = l.init;
        r.initScale = l.initScale;
        r.batchNorm = l.batchNorm;
        r.learningRate = l.settings.learningRate();
        r.schedule = l.schedule;
        r.clip = l.clip;
        r.clipThreshold = l.clipThreshold;
        r.averaging = l.averaging;
        r.averagingDecay = l.averagingDecay;
        r.batchSize = l.batchSize;
        r.l2 = l.l2;
        r.optimizer = l.optimizer.factory(l.settings);
        return r;
    }
}
