package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.data.Dataset;
import descent.core.data.Minibatches;
import descent.core.nn.Activation;
import descent.core.nn.ClassGrid;
import descent.core.nn.Network;
import descent.core.nn.WeightDecay;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.ClippedObjective;
import descent.core.optim.GuardRailLog;
import descent.core.optim.GuardRailed;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.Objective;
import descent.core.optim.Optimizer;
import descent.core.optim.ParameterAverage;

/**
 * One configuration trained step by step: each {@link #step()} draws the next minibatch, sets ε_k from the
 * schedule, applies one optimizer update θ ← θ + Δθ on the (optionally clipped) gradient, folds θ into the
 * parameter average, and records the metrics the page charts.
 *
 * <p><b>Learning rate.</b> Step k (k = steps since the schedule took effect, from 0) uses
 * ε_k = schedule.rate(ε0, k). {@link #learningRate()} is the ε the next step will use.
 *
 * <p><b>Clipping.</b> The optimizer reads g through a {@link ClippedObjective} (if ‖g‖ ≥ c then g ← c·g/‖g‖, or
 * per value); {@link #clippedStepCount()} counts the steps in which any gradient was clipped.
 * {@link #gradientNorm()} stays the norm before clipping, {@link #appliedGradientNorm()} is the one after.
 *
 * <p><b>Averaging.</b> Beside θ the run keeps θ̂ (Polyak: θ̂_t = (1/t) Σ θᵢ; EMA: θ̂_t = α θ̂_{t−1} + (1 − α) θ_t) and
 * evaluates the model at both; the optimizer always goes on from θ. (With batch norm, θ̂ is evaluated with the
 * running μ̄ and σ̄ gathered along θ's own path: the average has no batches of its own.)
 *
 * <p><b>Metrics.</b> Every step: the minibatch loss J(θ_{k−1}) the optimizer evaluated, ‖∇J‖, the step length
 * ‖θ_k − θ_{k−1}‖ and ε_k. Every {@link #evalEvery()} steps and at step 0: loss and accuracy on the full
 * training and validation sets (also at θ̂ when averaging). The automatic cadence evaluates every
 * ⌈(N_train + N_val) / 4B⌉ steps, so evaluation costs on average forward passes for at most 4B examples per
 * step — about as much as the step's own forward and backward pass on B examples (twice that with averaging).
 *
 * <p><b>Status.</b> A non-finite loss or parameter marks the run {@link Status#DIVERGED} at that step; θ goes
 * back to its last finite value. So does a finite blow-up ({@link BlowUpWatch}: the full training loss far above
 * where the run started, for a sustained stretch, or never below it). {@link Status#CONVERGED} follows {@link ConvergenceWatch} (an exact gradient
 * below 1e-5 on full batch, or a stalled full training loss). In both states further steps do nothing, until
 * {@link #reset()} or a change of settings.
 *
 * <p>Nothing is allocated per step.
 */
public final class Run implements LaneReadout {
    private final RunConfig config;
    private final TrainingTask task;
    /** The table lane's readout (confusion matrix, K-class map), null on the plane. */
    private final TableReadout table;
    private final Network network;
    private final Objective objective;
    private final GradientProbe probe;
    private final Minibatches batches;
    private final double[] theta;
    private final double[] initialTheta;
    private final DivergenceWatch watch;
    private final ConvergenceWatch convergence = new ConvergenceWatch();
    private final BlowUpWatch blowUp = new BlowUpWatch();
    private Optimizer optimizer;
    private ClippedObjective clipper;
    private ParameterAverage average;
    private int evalEvery;
    /** The most steps between two evaluations when the cadence is chosen by the run. */
    static final int MAX_EVAL_GAP = 50;
    private int scheduleOrigin;

    private int step;
    private int clippedSteps;
    private int convergedAtStep = -1;
    private double lastLoss = Double.NaN;
    private double gradientNorm = Double.NaN;
    private double appliedGradientNorm = Double.NaN;
    private double stepLength = Double.NaN;
    private double trainLoss = Double.NaN;
    private double trainAccuracy = Double.NaN;
    private double validationLoss = Double.NaN;
    private double validationAccuracy = Double.NaN;
    private double averagedTrainLoss = Double.NaN;
    private double averagedTrainAccuracy = Double.NaN;
    private double averagedValidationLoss = Double.NaN;
    private double averagedValidationAccuracy = Double.NaN;
    private int lastEvaluationStep = -1;

    private final Series batchLoss;
    private final Series gradientNorms;
    private final Series stepLengths;
    private final Series learningRates;
    private final Series trainLosses;
    private final Series trainAccuracies;
    private final Series validationLosses;
    private final Series validationAccuracies;
    private final Series averagedTrainLosses;
    private final Series weightNorms;
    private final Series averagedValidationLosses;
    private final OptimizerStatistics optimizerStatistics;
    private final Trajectory trajectory;

    /** A run with its own data and initial weights, both drawn from {@code config.seed}. */
    public Run(RunConfig config) {
        this(config, makeData(config), initialParameters(config));
    }

    /**
     * A run on data and initial weights made elsewhere, so that the lanes of a comparison can share them;
     * the minibatch order still comes from {@code config.seed}. θ₀ is copied.
     */
    public Run(RunConfig config, DataSplit data, double[] initialTheta) {
        this(config, planeTask(config, data), initialTheta);
    }

    private static PlaneTask planeTask(RunConfig config, DataSplit data) {
        if (data.train().isClassification() != config.dataset.isClassification()) {
            throw new IllegalArgumentException("the data's task does not match the configured dataset kind");
        }
        return new PlaneTask(makeNetwork(config), config.effectiveLoss(), data, config.l2);
    }

    /**
     * A run of {@code task} (plane data or a table), whose network must have the configured shape
     * ({@link #makeNetwork}); θ₀ is copied.
     */
    public Run(RunConfig config, TrainingTask task, double[] initialTheta) {
        this.config = config.copy();
        this.task = task;
        table = task instanceof TableTask ? new RunTable(this, (TableTask) task) : null;
        network = task.network();
        if (initialTheta.length != network.parameterCount()) {
            throw new IllegalArgumentException("θ₀ has " + initialTheta.length + " entries, the network needs "
                    + network.parameterCount());
        }
        objective = task.objective();
        probe = new GradientProbe(task);
        int n = task.trainSize();
        batches = new Minibatches(n, effectiveBatchSize(this.config.batchSize, n), this.config.shuffle,
                this.config.stream(RunConfig.STREAM_BATCHES));
        this.initialTheta = initialTheta.clone();
        theta = initialTheta.clone();
        watch = new DivergenceWatch(theta);
        int capacity = this.config.seriesCapacity;
        batchLoss = new Series(capacity);
        gradientNorms = new Series(capacity);
        stepLengths = new Series(capacity);
        learningRates = new Series(capacity);
        trainLosses = new Series(capacity);
        trainAccuracies = new Series(capacity);
        validationLosses = new Series(capacity);
        validationAccuracies = new Series(capacity);
        averagedTrainLosses = new Series(capacity);
        weightNorms = new Series(capacity);
        averagedValidationLosses = new Series(capacity);
        optimizerStatistics = new OptimizerStatistics(theta.length, capacity);
        trajectory = new Trajectory(theta.length);
        setClipping(this.config.clip, this.config.clipThreshold);
        average = new ParameterAverage(this.config.averaging, this.config.averagingDecay, theta);
        updateEvalCadence();
        reset();
    }

    /** The dataset {@code config} describes, generated, stretched and split with its seed. */
    public static DataSplit makeData(RunConfig config) {
        Dataset all = config.dataset.generate(config.points, config.noise, config.stream(RunConfig.STREAM_DATA));
        all = DataStretch.apply(all, config.scaleX, config.scaleY);
        return DataSplit.of(all, config.trainFraction, config.stream(RunConfig.STREAM_SPLIT));
    }

    /** A network of the configured shape (its buffers are its own; θ is not part of it). */
    public static Network makeNetwork(RunConfig config) {
        return newNetwork(config.layerSizes(), config.activation, config.outputActivation(), config.batchNorm);
    }

    /** Whether {@link #makeNetwork} can build networks with batch normalization (the lane check asks). */
    public static boolean batchNormSupported() {
        return true;
    }

    // The one place that knows how the network is told about batch norm (before each hidden activation).
    private static Network newNetwork(int[] sizes, Activation hidden, Activation output, boolean batchNorm) {
        return new Network(sizes, hidden, output, batchNorm);
    }

    /** θ₀ drawn with the configured initialization from {@code config.seed}. */
    public static double[] initialParameters(RunConfig config) {
        Network shape = makeNetwork(config);
        double[] theta = new double[shape.parameterCount()];
        config.init.initialize(shape, theta, config.stream(RunConfig.STREAM_INIT), config.initScale);
        return theta;
    }

    /** B for a configured batch size: 0 or anything ≥ N means all N examples. */
    static int effectiveBatchSize(int configured, int trainSize) {
        return configured <= 0 || configured >= trainSize ? trainSize : configured;
    }

    /** Back to θ₀, a fresh optimizer state, the first minibatch and empty series; the data stay. */
    public void reset() {
        System.arraycopy(initialTheta, 0, theta, 0, theta.length);
        network.resetRunningStatistics(); // batch norm's μ̄, σ̄ belong to the run: a reset replays it exactly
        optimizer = config.optimizer.create(theta.length);
        batches.restart();
        watch.reset(theta);
        convergence.reset();
        average.reset(theta);
        step = 0;
        scheduleOrigin = 0;
        clippedSteps = 0;
        convergedAtStep = -1;
        lastLoss = Double.NaN;
        gradientNorm = Double.NaN;
        appliedGradientNorm = Double.NaN;
        stepLength = Double.NaN;
        lastEvaluationStep = -1;
        batchLoss.clear();
        gradientNorms.clear();
        stepLengths.clear();
        learningRates.clear();
        trainLosses.clear();
        trainAccuracies.clear();
        validationLosses.clear();
        validationAccuracies.clear();
        averagedTrainLosses.clear();
        weightNorms.clear();
        averagedValidationLosses.clear();
        optimizerStatistics.clear();
        trajectory.clear();
        evaluate();
        blowUp.restart(0, trainLoss);
    }

    /**
     * One optimizer step on the next minibatch. Returns false, doing nothing, once the run has diverged or
     * converged, and false for the step that diverges.
     */
    public boolean step() {
        if (watch.status() != Status.RUNNING) {
            return false;
        }
        int count = batches.next();
        task.setBatch(batches.indices(), count);
        double rate = learningRate();
        int clippedBefore = clipper == null ? 0 : clipper.clippedCount();
        probe.beginStep();
        double loss = optimizer.step(probe, theta, rate);
        step++;
        double length = watch.distanceFromLastGood(theta);
        if (!watch.check(step, loss, theta)) {
            if (!blowUp.startedFinite()) {
                watch.explain(DivergenceWatch.notFiniteAtStart(theta)); // θ is θ₀ again
            }
            evaluateKeepingFinite(); // θ is the last finite one again: show where it stopped
            return false;
        }
        // θ is finite, but its gradient or step can overflow before its loss does: that is divergence too.
        boolean gradientOverflowed = probe.evaluations() > 0 && !isFinite(probe.rawNorm());
        if (gradientOverflowed || !isFinite(length)) {
            watch.markDiverged(step, isFinite(length) ? "gradient norm overflowed" : "step length overflowed");
            evaluateKeepingFinite();
            return false;
        }
        if (clipper != null && clipper.clippedCount() > clippedBefore) {
            clippedSteps++;
        }
        if (average.mode() != AveragingMode.NONE) {
            average.update(theta);
        }
        lastLoss = loss;
        gradientNorm = probe.rawNorm();
        appliedGradientNorm = probe.appliedNorm();
        stepLength = length;
        batchLoss.add(step, loss);
        gradientNorms.add(step, gradientNorm);
        stepLengths.add(step, length);
        learningRates.add(step, rate);
        optimizerStatistics.afterStep(step, optimizer, rate, appliedGradientNorm);
        boolean converged = convergence.afterStep(isFullBatch(), gradientNorm);
        if (step % evalEvery == 0) {
            if (!evaluateKeepingFinite()) {
                watch.markDiverged(step, "training loss overflowed");
                return false;
            }
            String blownUp = blowUp.afterEvaluation(step, trainLoss);
            if (blownUp != null) {
                watch.markDiverged(step, blownUp);
                return false;
            }
            converged = convergence.afterEvaluation(step, trainLoss);
        }
        if (converged) {
            markConverged();
        }
        return true;
    }

    private void markConverged() {
        watch.markConverged();
        convergedAtStep = step;
        if (lastEvaluationStep != step) {
            evaluate(); // the final numbers, at the point where it stopped
        }
    }

    /**
     * Evaluates and records, but when a loss comes out non-finite (θ finite but huge: the sum overflows) keeps
     * the numbers of the last finite evaluation, so the page never shows ∞ or NaN. Returns whether the
     * evaluation was finite.
     */
    private boolean evaluateKeepingFinite() {
        double tl = trainLoss;
        double ta = trainAccuracy;
        double vl = validationLoss;
        double va = validationAccuracy;
        double atl = averagedTrainLoss;
        double ata = averagedTrainAccuracy;
        double avl = averagedValidationLoss;
        double ava = averagedValidationAccuracy;
        measure();
        boolean validationBad = task.validationSize() > 0
                && !(isFinite(validationLoss) && isFinite(averagedValidationLoss));
        boolean finite = isFinite(trainLoss) && isFinite(averagedTrainLoss) && !validationBad;
        if (!finite) {
            trainLoss = tl;
            trainAccuracy = ta;
            validationLoss = vl;
            validationAccuracy = va;
            averagedTrainLoss = atl;
            averagedTrainAccuracy = ata;
            averagedValidationLoss = avl;
            averagedValidationAccuracy = ava;
        }
        record();
        return finite;
    }

    private static boolean isFinite(double v) {
        return v - v == 0;
    }

    /** Up to k steps, fewer if the run diverges or converges; returns how many updates were applied. */
    public int steps(int k) {
        int done = 0;
        for (int i = 0; i < k; i++) {
            if (!step()) {
                break;
            }
            done++;
        }
        return done;
    }

    /** Evaluates loss and accuracy on the full training and validation sets now (and at θ̂), and records them. */
    public void evaluate() {
        measure();
        record();
    }

    private void measure() {
        task.evaluate(theta, false);
        trainLoss = task.loss();
        trainAccuracy = task.accuracy();
        task.evaluate(theta, true);
        validationLoss = task.loss();
        validationAccuracy = task.accuracy();
        if (isAveraging()) {
            double[] averaged = average.averaged();
            task.evaluate(averaged, false);
            averagedTrainLoss = task.loss();
            averagedTrainAccuracy = task.accuracy();
            task.evaluate(averaged, true);
            averagedValidationLoss = task.loss();
            averagedValidationAccuracy = task.accuracy();
        } else {
            averagedTrainLoss = trainLoss;
            averagedTrainAccuracy = trainAccuracy;
            averagedValidationLoss = validationLoss;
            averagedValidationAccuracy = validationAccuracy;
        }
    }

    private void record() {
        if (step != lastEvaluationStep) {
            trainLosses.add(step, trainLoss);
            trainAccuracies.add(step, trainAccuracy);
            validationLosses.add(step, validationLoss);
            validationAccuracies.add(step, validationAccuracy);
            weightNorms.add(step, WeightDecay.norm(network, theta));
            trajectory.offer(step, theta);
            if (isAveraging()) {
                averagedTrainLosses.add(step, averagedTrainLoss);
                averagedValidationLosses.add(step, averagedValidationLoss);
            }
        }
        lastEvaluationStep = step;
    }

    /**
     * The network's output at the current θ on a resolution² grid (row 0 = top = yMax); see
     * {@link Network#predictGrid}. For classification the output is p(y = 1).
     */
    public void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out) {
        network.predictGrid(theta, xMin, xMax, yMin, yMax, resolution, out);
    }

    /** As {@link #predictGrid(double, double, double, double, int, double[])}, at θ̂ when {@code averaged}. */
    public void predictGrid(double xMin, double xMax, double yMin, double yMax, int resolution, double[] out,
                            boolean averaged) {
        network.predictGrid(averaged ? averagedParameters() : theta, xMin, xMax, yMin, yMax, resolution, out);
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

    // ---- settings that can change mid-run -------------------------------------------------------------

    /** ε0, the base rate the schedule scales, for the following steps. */
    public void setLearningRate(double learningRate) {
        config.learningRate = learningRate;
    }

    /** A new schedule; its k counts from the next step (so a decay starts now, not in the past). */
    public void setSchedule(LearningRateSchedule schedule) {
        if (!schedule.equals(config.schedule)) {
            config.schedule = schedule;
            scheduleOrigin = step;
        }
    }

    /** Clipping for the following gradients; {@link ClipMode#NONE} hands the optimizer g unchanged. */
    public void setClipping(ClipMode mode, double threshold) {
        config.clip = mode;
        config.clipThreshold = threshold;
        clipper = mode == ClipMode.NONE ? null : new ClippedObjective(objective, mode, threshold);
        probe.setInner(clipper == null ? objective : clipper);
    }

    /** A new kind of average; when it differs from the current one, θ̂ starts over from the current θ. */
    public void setAveraging(AveragingMode mode, double decay) {
        if (mode == average.mode() && (mode != AveragingMode.EMA || decay == average.decay())) {
            return;
        }
        config.averaging = mode;
        config.averagingDecay = decay;
        average = new ParameterAverage(mode, decay, theta);
        if (lastEvaluationStep == step) {
            lastEvaluationStep = -1; // record the averaged metrics of this step too
        }
        evaluate();
    }

    /** B for the following batches (0 = full batch); the automatic evaluation cadence follows it. */
    public void setBatchSize(int batchSize) {
        config.batchSize = batchSize;
        batches.setBatchSize(effectiveBatchSize(batchSize, task.trainSize()));
        updateEvalCadence();
    }

    /**
     * Continues with new settings from the current θ (what a lane's "continue" does): ε0, schedule, clipping,
     * averaging, batch size and, if given, a new optimizer instance (null keeps the current one and its state).
     * The data, network and θ₀ stay; a diverged or converged run is reopened (a diverged one with a fresh
     * optimizer state, since the divergent step left the old one non-finite). {@code next.optimizer} becomes
     * the rule a later {@link #reset()} creates.
     */
    void continueWith(RunConfig next, Optimizer newOptimizer) {
        config.optimizer = next.optimizer;
        setLearningRate(next.learningRate);
        setSchedule(next.schedule);
        if (next.clip != config.clip || next.clipThreshold != config.clipThreshold) {
            setClipping(next.clip, next.clipThreshold);
        }
        setAveraging(next.averaging, next.averagingDecay);
        setBatchSize(next.batchSize);
        boolean diverged = watch.status() == Status.DIVERGED;
        if (newOptimizer != null) {
            optimizer = newOptimizer;
        } else if (diverged) {
            optimizer = config.optimizer.create(theta.length);
        }
        if (watch.status() != Status.RUNNING) {
            watch.reset(theta);
            convergedAtStep = -1;
        }
        convergence.reset();
        blowUp.restart(step, trainLoss);
    }

    private void updateEvalCadence() {
        if (config.evalEvery > 0) {
            evalEvery = config.evalEvery;
        } else {
            // about a quarter of the training work, but at least every MAX_EVAL_GAP steps: a small batch on a
            // large set would otherwise draw its loss from a handful of points (B = 1 on the digits: every 450)
            int examples = task.trainSize() + task.validationSize();
            int perStep = 4 * batches.batchSize();
            evalEvery = Math.max(1, Math.min(MAX_EVAL_GAP, (examples + perStep - 1) / perStep));
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

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
        return trainLoss;
    }

    public double trainAccuracy() {
        return trainAccuracy;
    }

    /** Mean loss on the validation set at the last evaluation (NaN if it is empty). */
    public double validationLoss() {
        return validationLoss;
    }

    /** Accuracy on the validation set at the last evaluation (NaN for regression or an empty set). */
    public double validationAccuracy() {
        return validationAccuracy;
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
        return averagedTrainLoss;
    }

    public double averagedTrainAccuracy() {
        return averagedTrainAccuracy;
    }

    /** Validation loss at θ̂ at the last evaluation. */
    public double averagedValidationLoss() {
        return averagedValidationLoss;
    }

    public double averagedValidationAccuracy() {
        return averagedValidationAccuracy;
    }

    /** The step of the last full evaluation. */
    public int lastEvaluationStep() {
        return lastEvaluationStep;
    }

    public Status status() {
        return watch.status();
    }

    /** Step at which the run diverged, or −1. */
    public int divergedAtStep() {
        return watch.divergedAtStep();
    }

    /** Why it diverged, for the page; empty while running. */
    public String divergenceReason() {
        return watch.reason();
    }

    /** Step at which the run was found converged, or −1. */
    public int convergedAtStep() {
        return convergedAtStep;
    }

    /** Why it counts as converged (see {@link ConvergenceWatch}); empty otherwise. */
    public String convergenceReason() {
        return watch.status() == Status.CONVERGED ? convergence.reason() : "";
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
        return batchLoss;
    }

    public Series gradientNormSeries() {
        return gradientNorms;
    }

    /** ‖θ_k − θ_{k−1}‖ per step: AdaGrad's shrinking steps, Adam's first steps. */
    public Series stepLengthSeries() {
        return stepLengths;
    }

    /** ε_k per step. */
    public Series learningRateSeries() {
        return learningRates;
    }

    public Series trainLossSeries() {
        return trainLosses;
    }

    public Series trainAccuracySeries() {
        return trainAccuracies;
    }

    public Series validationLossSeries() {
        return validationLosses;
    }

    public Series validationAccuracySeries() {
        return validationAccuracies;
    }

    /** Effective step sizes and momentum speed per step, recorded while enabled (off by default). */
    public OptimizerStatistics optimizerStatistics() {
        return optimizerStatistics;
    }

    /** θ at the evaluated steps, thinned to a bounded number of snapshots: the path a loss surface draws. */
    public Trajectory trajectory() {
        return trajectory;
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
        return weightNorms;
    }

    /** Training loss at θ̂ per evaluation; empty without averaging. */
    public Series averagedTrainLossSeries() {
        return averagedTrainLosses;
    }

    /** Validation loss at θ̂ per evaluation; empty without averaging. */
    public Series averagedValidationLossSeries() {
        return averagedValidationLosses;
    }
}
