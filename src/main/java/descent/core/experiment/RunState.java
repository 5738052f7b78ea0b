package descent.core.experiment;

import descent.core.data.Dataset;
import descent.core.data.Minibatches;
import descent.core.nn.ClassGrid;
import descent.core.nn.Network;
import descent.core.nn.OutputGrid;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.GuardRailLog;
import descent.core.optim.GuardRailed;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.Optimizer;
import descent.core.optim.ParameterAverage;

/**
 * What a {@link Run} is at this moment and has recorded: θ and θ₀, the step count, the numbers of the last good
 * step and of the last evaluation, the histories, the status, and the outputs of the network at θ or θ̂.
 * Everything a page reads of a run is answered here; {@link Run} moves it. The arrays handed out are live:
 * read them, do not write them.
 */
abstract class RunState implements LaneReadout {
    final RunConfig config;
    final TrainingTask task;
    /** The table lane's readout (confusion matrix, K-class map), null on the plane. */
    final TableReadout table;
    final Network network;
    final Minibatches batches;
    final double[] theta;
    final double[] initialTheta;
    final RunWatches watches;
    final RunHistory history;
    final Evaluation evaluation = new Evaluation();
    Optimizer optimizer;
    ParameterAverage average;
    int evalEvery;
    int scheduleOrigin;

    int step;
    int clippedSteps;
    double lastLoss = Double.NaN;
    double gradientNorm = Double.NaN;
    double appliedGradientNorm = Double.NaN;
    double stepLength = Double.NaN;
    int lastEvaluationStep = -1;

    /** The state of a run of {@code task} from θ₀ (copied), whose length must match the network's. */
    RunState(RunConfig config, TrainingTask task, double[] initialTheta) {
        this.config = config.copy();
        this.task = task;
        table = task instanceof TableTask ? new RunTable(this, (TableTask) task) : null;
        network = task.network();
        if (initialTheta.length != network.parameterCount()) {
            throw new IllegalArgumentException("θ₀ has " + initialTheta.length + " entries, the network needs "
                    + network.parameterCount());
        }
        int n = task.trainSize();
        batches = new Minibatches(n, RunSetup.effectiveBatchSize(this.config.batchSize, n), this.config.shuffle,
                this.config.stream(RunConfig.STREAM_BATCHES));
        this.initialTheta = initialTheta.clone();
        theta = initialTheta.clone();
        watches = new RunWatches(theta);
        history = new RunHistory(theta.length, this.config.seriesCapacity);
    }

    /**
     * The network's output at the current θ on a resolution² grid (row 0 = top = yMax); see
     * {@link OutputGrid#evaluate}. For classification the output is p(y = 1).
     */
    public void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out) {
        OutputGrid.evaluate(network, theta, xMin, xMax, yMin, yMax, resolution, out);
    }

    /** As {@link #predictGrid(double, double, double, double, int, double[])}, at θ̂ when {@code averaged}. */
    public void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out,
                            boolean averaged) {
        OutputGrid.evaluate(network, averaged ? averagedParameters() : theta, xMin, xMax, yMin, yMax, resolution,
                out);
    }

    /**
     * A K-class map at θ (θ̂ when {@code averaged}) for a softmax network of two inputs: each cell's
     * argmax_k z_k and softmax(z)_max (see {@link ClassGrid}).
     */
    public void predictClasses(double xMin, double xMax, double yMin, double yMax, int resolution, int[] classes,
                               double[] confidence, boolean averaged) {
        ClassGrid.evaluate(network, averaged ? averagedParameters() : theta, xMin, xMax, yMin, yMax, resolution,
                classes, confidence);
    }

    /** ε the next step will use: ε_k = schedule.rate(ε0, k), k = steps since the schedule took effect. */
    public double learningRate() {
        return config.schedule.rate(config.learningRate, step - scheduleOrigin);
    }

    /** ε0, before the schedule. */
    public double baseLearningRate() {
        return config.learningRate;
    }

    public LearningRateSchedule schedule() {
        return config.schedule;
    }

    /** Steps between full evaluations. */
    public int evalEvery() {
        return evalEvery;
    }

    /** A copy of the configuration this run was built from, with the settings changed since. */
    public RunConfig config() {
        return config.copy();
    }

    /** The batch size in use, 1..N_train. */
    public int batchSize() {
        return batches.batchSize();
    }

    /** Whether each step sees the whole training set, so its gradient is exact. */
    public boolean isFullBatch() {
        return batches.batchSize() == task.trainSize();
    }

    /** Updates applied so far (the divergent one included, if any). */
    public int stepCount() {
        return step;
    }

    /** Completed passes over the training set plus the fraction of the current one. */
    public double epoch() {
        return batches.fractionalEpoch();
    }

    /** Minibatch loss of the last good step, at θ before its update; NaN before the first step. */
    public double lastLoss() {
        return lastLoss;
    }

    /** ‖∇J‖₂ of the last good step's first gradient, on its minibatch, before clipping. */
    public double gradientNorm() {
        return gradientNorm;
    }

    /** The largest ‖g‖₂ the optimizer read in the last good step, after clipping (≤ c when clipping by norm). */
    public double appliedGradientNorm() {
        return appliedGradientNorm;
    }

    /** ‖θ_k − θ_{k−1}‖₂ of the last good step: how far the update moved θ. */
    public double stepLength() {
        return stepLength;
    }

    /** Steps in which a gradient was clipped. */
    public int clippedStepCount() {
        return clippedSteps;
    }

    public ClipMode clipMode() {
        return config.clip;
    }

    /** Mean loss on the full training set at the last evaluation. */
    public double trainLoss() {
        return evaluation.trainLoss;
    }

    public double trainAccuracy() {
        return evaluation.trainAccuracy;
    }

    /** Mean loss on the validation set at the last evaluation (NaN if it is empty). */
    public double validationLoss() {
        return evaluation.validationLoss;
    }

    /** Accuracy on the validation set at the last evaluation (NaN for regression or an empty set). */
    public double validationAccuracy() {
        return evaluation.validationAccuracy;
    }

    /** Whether θ̂ is kept (Polyak or EMA); without it the averaged metrics equal the plain ones. */
    public boolean isAveraging() {
        return average.mode() != AveragingMode.NONE;
    }

    public AveragingMode averagingMode() {
        return average.mode();
    }

    /** θ̂, live (θ itself without averaging): read it, do not write it. */
    public double[] averagedParameters() {
        return isAveraging() ? average.averaged() : theta;
    }

    /** Training loss at θ̂ at the last evaluation. */
    public double averagedTrainLoss() {
        return evaluation.averagedTrainLoss;
    }

    public double averagedTrainAccuracy() {
        return evaluation.averagedTrainAccuracy;
    }

    /** Validation loss at θ̂ at the last evaluation. */
    public double averagedValidationLoss() {
        return evaluation.averagedValidationLoss;
    }

    public double averagedValidationAccuracy() {
        return evaluation.averagedValidationAccuracy;
    }

    /** The step of the last full evaluation. */
    public int lastEvaluationStep() {
        return lastEvaluationStep;
    }

    public Status status() {
        return watches.status();
    }

    /** Step at which the run diverged, or −1. */
    public int divergedAtStep() {
        return watches.divergedAtStep();
    }

    /** Why it diverged, for the page; empty while running. */
    public String divergenceReason() {
        return watches.divergenceReason();
    }

    /** Step at which the run was found converged, or −1. */
    public int convergedAtStep() {
        return watches.convergedAtStep();
    }

    /** Why it counts as converged (see {@link ConvergenceWatch}); empty otherwise. */
    public String convergenceReason() {
        return watches.convergenceReason();
    }

    /** The optimizer's guard-rail log (second-order and quasi-Newton rules), or null for rules without one. */
    public GuardRailLog guardRails() {
        return optimizer instanceof GuardRailed ? ((GuardRailed) optimizer).guardRails() : null;
    }

    /** Guard-rail events so far (0 for rules without guard rails). */
    public int guardRailCount() {
        GuardRailLog log = guardRails();
        return log == null ? 0 : log.total();
    }

    /** "step 12: BFGS update skipped: sᵀy ≤ 0", or "" when nothing happened. Allocates: for the page. */
    public String lastGuardRail() {
        GuardRailLog log = guardRails();
        return log == null ? "" : log.describeLast();
    }

    /** The current optimizer state. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** θ itself, live: read it, do not write it (layout in {@link Network}). */
    public double[] parameters() {
        return theta;
    }

    /** θ₀, live: read-only. */
    public double[] initialParameters() {
        return initialTheta;
    }

    public Network network() {
        return network;
    }

    /** What the run learns from: plane data or a table, its objective and evaluation. */
    public TrainingTask task() {
        return task;
    }

    @Override
    public TableReadout table() {
        return table;
    }

    /** The training examples as plane points (empty when the inputs are not two). */
    public Dataset train() {
        return task.trainPoints();
    }

    /** The validation examples as plane points (empty when the inputs are not two). */
    public Dataset validation() {
        return task.validationPoints();
    }

    /** K for labels (2 on the plane's two-class sets), 0 for real-valued targets. */
    public int classCount() {
        return task.classCount();
    }

    public Series batchLossSeries() {
        return history.batchLoss;
    }

    public Series gradientNormSeries() {
        return history.gradientNorms;
    }

    /** ‖θ_k − θ_{k−1}‖ per step: AdaGrad's shrinking steps, Adam's first steps. */
    public Series stepLengthSeries() {
        return history.stepLengths;
    }

    /** ε_k per step. */
    public Series learningRateSeries() {
        return history.learningRates;
    }

    public Series trainLossSeries() {
        return history.trainLosses;
    }

    public Series trainAccuracySeries() {
        return history.trainAccuracies;
    }

    public Series validationLossSeries() {
        return history.validationLosses;
    }

    public Series validationAccuracySeries() {
        return history.validationAccuracies;
    }

    /** Effective step sizes and momentum speed per step, recorded while enabled (off by default). */
    public OptimizerStatistics optimizerStatistics() {
        return history.optimizerStatistics;
    }

    /** θ at the evaluated steps, thinned to a bounded number of snapshots: the path a loss surface draws. */
    public Trajectory trajectory() {
        return history.trajectory;
    }

    /**
     * J(θ) on the whole training split, without weight decay, at any point of this run's parameter space (a
     * loss surface's grid); the run's own θ and metrics do not change. Not for batch-norm runs, whose loss
     * depends on running statistics gathered along their own path.
     */
    public double trainingLossAt(double[] point) {
        task.evaluate(point, false);
        return task.loss();
    }

    /** ‖W‖ per evaluation (weights only): what L2 in the loss and AdamW's decay each pull in, and how hard. */
    public Series weightNormSeries() {
        return history.weightNorms;
    }

    /** Training loss at θ̂ per evaluation; empty without averaging. */
    public Series averagedTrainLossSeries() {
        return history.averagedTrainLosses;
    }

    /** Validation loss at θ̂ per evaluation; empty without averaging. */
    public Series averagedValidationLossSeries() {
        return history.averagedValidationLosses;
    }
}
