package descent.engine;

import descent.core.data.Dataset;
import descent.core.data.table.Table;
import descent.core.experiment.PlaygroundConfig;
import descent.engine.EngineProtocol.Command;
import descent.web.state.HashState;

/**
 * The data a CONFIGURE command carries ({@link EngineProtocol}): the learner's own points, or a table as the page
 * read it — the worker reads no files, so the page hands over what it has.
 */
public final class DataPacking {
    private DataPacking() {
    }

    /**
     * The learner's own data as numbers: [1 if classification else 0, n, x₀, y₀, …, x_{n−1}, y_{n−1}, t₀, …].
     */
    public static double[] packData(double[] points, double[] targets, int n, boolean classification) {
        double[] out = new double[2 + 3 * n];
        out[0] = classification ? 1 : 0;
        out[1] = n;
        System.arraycopy(points, 0, out, 2, 2 * n);
        System.arraycopy(targets, 0, out, 2 + 2 * n, n);
        return out;
    }

    /** Marks {@link #packTable}'s numbers (packData's first value is 0 or 1). */
    private static final double TABLE_MARK = 2;

    /** A table as numbers: [2, n, d, K, the n·d inputs row by row, the n labels]. Names: {@link #tableNames}. */
    public static double[] packTable(Table t) {
        int n = t.size();
        int d = t.dimension();
        double[] out = new double[4 + n * d + n];
        out[0] = TABLE_MARK;
        out[1] = n;
        out[2] = d;
        out[3] = t.classCount();
        System.arraycopy(t.rows(), 0, out, 4, n * d);
        for (int i = 0; i < n; i++) {
            out[4 + n * d + i] = t.label(i);
        }
        return out;
    }

    /** The table's d column names, then its K class names, each followed by {@link #EngineProtocol.TEXT_SEPARATOR}. */
    public static String tableNames(Table t) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < t.dimension(); j++) {
            s.append(t.featureName(j)).append(EngineProtocol.TEXT_SEPARATOR);
        }
        for (int k = 0; k < t.classCount(); k++) {
            s.append(t.className(k)).append(EngineProtocol.TEXT_SEPARATOR);
        }
        return s.toString();
    }

    /** Whether a command's data are a table ({@link #packTable}) rather than points ({@link #packData}). */
    public static boolean isTable(double[] data) {
        return data != null && data.length >= 4 && data[0] == TABLE_MARK;
    }

    /**
     * A command ({@code kind}: CONFIGURE, SLICES) that carries a playground state: its hash in {@code text}, and in
     * {@code data} the learner's own points, or the table its lanes learn as the page read it (else null).
     */
    public static Command configure(String kind, PlaygroundConfig config, int lane) {
        Dataset own = config.usesCustomData() ? config.customData : null;
        Table table = config.usesTable() ? config.sourceTable() : null;
        double[] data = own != null ? packData(own.points(), own.targets(), own.size(), own.isClassification())
                : table != null ? packTable(table) : null;
        String names = table != null && own == null ? tableNames(table) : "";
        return new Command(kind, -1, 0, lane, false, HashState.encode(config), data, names);
    }

    /** The playground state such a command carries, with its data in place (the worker reads no files). */
    public static PlaygroundConfig config(Command c) {
        PlaygroundConfig config = HashState.decode(c.text).config();
        Table table = isTable(c.data) ? unpackTable(c.data, c.names) : null;
        if (config.ownData && c.data != null) {
            if (table != null) {
                config.customTable = table;
            } else {
                config.customData = unpackData(c.data);
            }
        } else {
            config.ownData = false;
            config.customData = null;
            if (table != null && config.table != null && config.table.isShipped()) {
                config.loadedTable = table;
            }
        }
        return config;
    }

    private static Dataset unpackData(double[] d) {
        int n = (int) d[1];
        double[] xy = new double[2 * n];
        double[] t = new double[n];
        System.arraycopy(d, 2, xy, 0, 2 * n);
        System.arraycopy(d, 2 + 2 * n, t, 0, n);
        return new Dataset(xy, t, d[0] == 1);
    }

    /** The table packed by {@link #packTable} and {@link #tableNames}. */
    public static Table unpackTable(double[] data, String names) {
        int n = (int) data[1];
        int d = (int) data[2];
        int k = (int) data[3];
        double[] x = new double[n * d];
        System.arraycopy(data, 4, x, 0, n * d);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (int) data[4 + n * d + i];
        }
        String[] all = names.split(EngineProtocol.TEXT_SEPARATOR, -1);
        String[] features = new String[d];
        String[] classes = new String[k];
        for (int j = 0; j < d; j++) {
            features[j] = j < all.length ? all[j] : "x" + (j + 1);
        }
        for (int c = 0; c < k; c++) {
            classes[c] = d + c < all.length ? all[d + c] : Integer.toString(c);
        }
        return new Table(features, classes, x, labels);
    }
}
