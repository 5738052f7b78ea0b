package descent.engine;

import descent.core.experiment.Run;
import descent.core.experiment.Series;
import descent.core.experiment.Status;

/** The engine's numbers for one lane in snapshot order: what a lane's histories gained since they were sent. */
final class LaneLog {
    private final Points[] series = new Points[EngineProtocol.SERIES];
    private boolean fresh;

    LaneLog() {
        for (int i = 0; i < series.length; i++) {
            series[i] = new Points();
        }
    }

    boolean isFresh() {
        return fresh;
    }

    int buffered() {
        return series[EngineProtocol.GRADIENT_NORM_SERIES].size;
    }

    /** The lane starts over: the next snapshot carries every stored point of its histories. */
    void restart(Run run) {
        fresh = true;
        for (int s = 0; s < series.length; s++) {
            Points p = series[s];
            p.clear();
            p.newest = Integer.MIN_VALUE;
            Series from = of(run, s);
            for (int i = 0; i < from.size(); i++) {
                p.add(from.step(i), from.value(i));
            }
        }
    }

    /** After a step: the newest offer of each history, unless it was already taken. */
    void capture(Run run) {
        for (int s = 0; s < series.length; s++) {
            Series from = of(run, s);
            int size = from.size();
            if (size > 0) {
                series[s].addIfNewer(from.step(size - 1), from.last());
            }
        }
    }

    int encodedSize() {
        int size = 0;
        for (Points p : series) {
            size += 1 + 2 * p.size;
        }
        return size;
    }

    int encode(Run run, double[] range, double[] out, int at) {
        out[at + EngineProtocol.STEP_COUNT] = run.stepCount();
        out[at + EngineProtocol.EPOCH] = run.epoch();
        out[at + EngineProtocol.TRAIN_LOSS] = run.trainLoss();
        out[at + EngineProtocol.VALIDATION_LOSS] = run.validationLoss();
        out[at + EngineProtocol.TRAIN_ACCURACY] = run.trainAccuracy();
        out[at + EngineProtocol.VALIDATION_ACCURACY] = run.validationAccuracy();
        out[at + EngineProtocol.GRADIENT_NORM] = run.gradientNorm();
        out[at + EngineProtocol.STEP_LENGTH] = run.stepLength();
        out[at + EngineProtocol.LEARNING_RATE] = run.learningRate();
        out[at + EngineProtocol.CLIPPED_STEPS] = run.clippedStepCount();
        out[at + EngineProtocol.AVERAGED_TRAIN_LOSS] = run.averagedTrainLoss();
        out[at + EngineProtocol.GUARD_RAILS] = run.guardRailCount();
        out[at + EngineProtocol.STATUS] = run.status() == Status.DIVERGED ? 2 : run.status() == Status.CONVERGED ? 1 : 0;
        out[at + EngineProtocol.DIVERGED_AT] = run.divergedAtStep();
        out[at + EngineProtocol.CONVERGED_AT] = run.convergedAtStep();
        out[at + EngineProtocol.AVERAGING] = run.isAveraging() ? 1 : 0;
        out[at + EngineProtocol.FULL_BATCH] = run.isFullBatch() ? 1 : 0;
        out[at + EngineProtocol.BATCH_SIZE] = run.batchSize();
        out[at + EngineProtocol.TABLE_CLASSES] = run.table() == null ? 0 : run.classCount();
        out[at + EngineProtocol.INPUTS] = run.network().inputSize();
        out[at + EngineProtocol.MAP_EXTENT] = run.table() == null ? descent.core.data.Dataset.EXTENT
                : TableBlock.extent(run);
        out[at + EngineProtocol.FRESH] = fresh ? 1 : 0;
        out[at + EngineProtocol.SERIES_CAPACITY] = run.trainLossSeries().capacity();
        out[at + EngineProtocol.MAP_LO] = range[0];
        out[at + EngineProtocol.MAP_HI] = range[1];
        at += EngineProtocol.LANE_VALUES;
        for (Points p : series) {
            out[at++] = p.size;
            for (int i = 0; i < p.size; i++) {
                out[at++] = p.steps[i];
                out[at++] = p.values[i];
            }
            p.clear();
        }
        fresh = false;
        return at;
    }

    static Series of(Run run, int s) {
        switch (s) {
            case EngineProtocol.TRAIN_LOSS_SERIES:
                return run.trainLossSeries();
            case EngineProtocol.VALIDATION_LOSS_SERIES:
                return run.validationLossSeries();
            case EngineProtocol.AVERAGED_TRAIN_LOSS_SERIES:
                return run.averagedTrainLossSeries();
            case EngineProtocol.GRADIENT_NORM_SERIES:
                return run.gradientNormSeries();
            case EngineProtocol.STEP_LENGTH_SERIES:
                return run.stepLengthSeries();
            case EngineProtocol.WEIGHT_NORM_SERIES:
                return run.weightNormSeries();
            case EngineProtocol.EFFECTIVE_MIN_SERIES:
                return run.optimizerStatistics().minimumSeries();
            case EngineProtocol.EFFECTIVE_MEDIAN_SERIES:
                return run.optimizerStatistics().medianSeries();
            case EngineProtocol.EFFECTIVE_MAX_SERIES:
                return run.optimizerStatistics().maximumSeries();
            case EngineProtocol.SPEED_SERIES:
                return run.optimizerStatistics().speedSeries();
            case EngineProtocol.TERMINAL_SPEED_SERIES:
                return run.optimizerStatistics().terminalSpeedSeries();
            default:
                return run.validationAccuracySeries();
        }
    }
}
