package descent.core.experiment;

import descent.core.data.table.TableSplit;
import descent.core.nn.ConfusionMatrix;

/**
 * What the views of a table lane (d inputs, K logits, softmax) read besides {@link LaneReadout}: its
 * standardized split, its K-class map where d = 2 and its confusion matrix on the validation split. A
 * {@link Run} answers from its θ; a page whose engine trains in a Web Worker answers from the engine's last
 * snapshot, with the split the page built itself from the same seed.
 */
public interface TableReadout {
    /** How many misclassified validation examples a lane lists (the strip of digit images). */
    int LISTED = 8;

    /** The standardized training and validation tables (the page draws the digits from them). */
    TableSplit split();

    /** d. */
    int inputCount();

    /**
     * A K-class map over the square [xMin, xMax] × [yMin, yMax] (d = 2 only): per cell argmax_k z_k and
     * softmax(z)_max, row 0 at the top.
     */
    void predictClasses(double xMin, double xMax, double yMin, double yMax, int resolution, int[] classes,
                        double[] confidence);

    /**
     * C[y][ŷ] over the validation split into {@code matrix} (Σ C = N_validation) and the first misclassified
     * examples (validation indices in {@code wrong}, predicted classes in {@code predicted}); returns how many
     * were listed.
     */
    int confusion(ConfusionMatrix matrix, int[] wrong, int[] predicted);

    /**
     * The half-width of the square a table's map shows: its standardized points reach about ±3, which the
     * plane's ±6 would squeeze into the middle; the largest |coordinate| times 1.1, rounded up to a half.
     */
    static double mapExtent(descent.core.data.Dataset train, descent.core.data.Dataset validation) {
        double m = 1;
        for (descent.core.data.Dataset d : new descent.core.data.Dataset[] {train, validation}) {
            for (double v : d.points()) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return Math.ceil(m * 1.1 * 2) / 2;
    }
}
