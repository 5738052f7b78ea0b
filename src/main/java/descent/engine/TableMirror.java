package descent.engine;

import descent.core.data.table.TableSplit;
import descent.core.experiment.TableReadout;
import descent.core.nn.ConfusionMatrix;

/**
 * The page's copy of a table lane's confusion matrix and K-class map, as the engine's last snapshot told them;
 * the split is the page's own (built from the same seed as the engine's).
 */
final class TableMirror implements TableReadout {
    private final int[] counts = new int[100]; // K ≤ 10
    private final int[] wrong = new int[LISTED];
    private final int[] predicted = new int[LISTED];
    private final int[] classes = new int[DecisionMap.CELLS];
    private final double[] confidence = new double[DecisionMap.CELLS];
    private int k;
    private int listed;
    private int inputs;
    private boolean hasMap;
    private TableSplit split;

    /** The page's split of the race's table (null on the plane): K and d are known before any snapshot. */
    void bind(TableSplit split) {
        this.split = split;
        k = split == null ? 0 : split.train().classCount();
        inputs = split == null ? 0 : split.train().dimension();
        forget();
    }

    /** The lane was rebuilt: nothing is known of its new θ yet. */
    void forget() {
        hasMap = false;
        listed = 0;
        java.util.Arrays.fill(counts, 0);
    }

    /** Reads a table block at {@code at} (its count first); returns where it ends. */
    int read(double[] numbers, int at) {
        int count = (int) numbers[at++];
        if (count == 0) {
            return at;
        }
        int i = at;
        for (int c = 0; c < k * k; c++) {
            counts[c] = (int) numbers[i++];
        }
        listed = (int) numbers[i++];
        for (int c = 0; c < LISTED; c++) {
            wrong[c] = (int) numbers[i++];
        }
        for (int c = 0; c < LISTED; c++) {
            predicted[c] = (int) numbers[i++];
        }
        return at + count;
    }

    void readMap(byte[] images, int at) {
        ClassMap.read(images, at, classes, confidence);
        hasMap = true;
    }

    @Override
    public TableSplit split() {
        return split;
    }

    @Override
    public int inputCount() {
        return inputs;
    }

    /** The engine's last map, sampled onto the grid asked for (the lane cards ask for the engine's own). */
    @Override
    public void predictClasses(double xMin, double xMax, double yMin, double yMax, int resolution, int[] out,
                               double[] outConfidence) {
        int side = EngineProtocol.MAP_RESOLUTION;
        for (int r = 0; r < resolution; r++) {
            int row = r * side / resolution;
            for (int c = 0; c < resolution; c++) {
                int from = row * side + c * side / resolution;
                out[r * resolution + c] = hasMap ? classes[from] : 0;
                outConfidence[r * resolution + c] = hasMap ? confidence[from] : 0;
            }
        }
    }

    @Override
    public int confusion(ConfusionMatrix matrix, int[] wrongOut, int[] predictedOut) {
        matrix.clear();
        for (int y = 0; y < k; y++) {
            for (int p = 0; p < k; p++) {
                matrix.add(y, p, counts[y * k + p]);
            }
        }
        int n = Math.min(listed, Math.min(wrongOut.length, predictedOut.length));
        System.arraycopy(wrong, 0, wrongOut, 0, n);
        System.arraycopy(predicted, 0, predictedOut, 0, n);
        return n;
    }
}
