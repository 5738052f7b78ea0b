package descent.engine;

import descent.core.experiment.Run;
import descent.core.experiment.TableReadout;
import descent.core.nn.ConfusionMatrix;

/**
 * A table lane's block of a snapshot's numbers (see {@link EngineProtocol}): its validation confusion matrix and
 * the first misclassified examples, sent with the lane's map (about N_validation forward passes each time).
 */
final class TableBlock {
    private final int[] wrong = new int[TableReadout.LISTED];
    private final int[] predicted = new int[TableReadout.LISTED];
    private ConfusionMatrix matrix;

    /** The values the block of {@code run} will take (its count included). */
    static int size(Run run, boolean sent) {
        if (!sent || run.table() == null) {
            return 1;
        }
        int k = run.classCount();
        return 1 + k * k + 1 + 2 * TableReadout.LISTED;
    }

    /** The half-width of the square the lane's K-class map covers. */
    static double extent(Run run) {
        return TableReadout.mapExtent(run.train(), run.validation());
    }

    /** Writes the block at {@code at}; returns where the next lane begins. */
    int encode(Run run, boolean sent, double[] out, int at) {
        int count = size(run, sent) - 1;
        out[at++] = count;
        if (count == 0) {
            return at;
        }
        int k = run.classCount();
        if (matrix == null || matrix.classCount() != k) {
            matrix = new ConfusionMatrix(k);
        }
        int listed = run.table().confusion(matrix, wrong, predicted);
        for (int y = 0; y < k; y++) {
            for (int p = 0; p < k; p++) {
                out[at++] = matrix.count(y, p);
            }
        }
        out[at++] = listed;
        for (int i = 0; i < TableReadout.LISTED; i++) {
            out[at++] = i < listed ? wrong[i] : -1;
        }
        for (int i = 0; i < TableReadout.LISTED; i++) {
            out[at++] = i < listed ? predicted[i] : -1;
        }
        return at;
    }
}
