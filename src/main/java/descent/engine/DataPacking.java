package descent.engine;

import descent.core.data.table.Table;

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
