package descent.core.experiment;

import descent.core.data.Dataset;

/**
 * What the views of a lane read: its numbers, histories, status and outputs. A {@link Run} answers it from its
 * own state; a page whose engine trains elsewhere (a Web Worker) answers it from the engine's last snapshot.
 */
public interface LaneReadout {
    int stepCount();

    double epoch();

    double trainLoss();

    double validationLoss();

    double validationAccuracy();

    double gradientNorm();

    double learningRate();

    int clippedStepCount();

    double averagedTrainLoss();

    int guardRailCount();

    String lastGuardRail();

    Status status();

    int divergedAtStep();

    String divergenceReason();

    int convergedAtStep();

    String convergenceReason();

    boolean isAveraging();

    boolean isFullBatch();

    /** Examples per step: the batch size in use, 1…N_train. */
    int batchSize();

    Dataset train();

    Dataset validation();

    Series trainLossSeries();

    Series validationLossSeries();

    Series averagedTrainLossSeries();

    Series gradientNormSeries();

    Series stepLengthSeries();

    /** ‖W‖ per evaluation, the weights only. */
    Series weightNormSeries();

    /** The output on a resolution² grid (row 0 = top = yMax), at θ̂ when {@code averaged}. */
    void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out,
                     boolean averaged);

    /** As {@link #predictGrid(double, double, double, double, int, double[], boolean)} at θ. */
    void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out);

    /** The table lane's confusion matrix and K-class map; null for a lane on the plane's data. */
    TableReadout table();

    /** θ, the rule's terms and the step-size statistics, for the views of the lane's insides. */
    LaneInternals internals();
}
