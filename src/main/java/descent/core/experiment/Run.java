package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.data.Dataset;
import descent.core.data.Minibatches;
import descent.core.nn.Evaluator;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import descent.core.optim.Optimizer;

/**
 * One configuration trained step by step: each {@link #step()} draws the next minibatch and applies one
 * optimizer update θ ← θ + Δθ, then records the metrics the page charts.
 *
 * <p><b>Metrics.</b> Every step: the minibatch loss J(θ_{k−1}) the optimizer evaluated and ‖∇J‖ (series
 * {@link #batchLossSeries()}, {@link #gradientNormSeries()}). Every {@link #evalEvery()} steps and at step 0:
 * loss and accuracy on the full training and validation sets. The automatic cadence evaluates every
 * ⌈(N_train + N_val) / 4B⌉ steps, so evaluation costs on average forward passes for at most 4B examples per
 * step — about as much as the step's own forward and backward pass on B examples.
 *
 * <p><b>Divergence.</b> A non-finite loss or parameter marks the run {@link Status#DIVERGED} at that step; θ
 * goes back to its last finite value and further steps do nothing.
 *
 * <p>Nothing is allocated per step.
 */
public final class Run {
    private final RunConfig config;
    private final DataSplit data;
    private final Network network;
    private final NetworkObjective objective;
    private final Evaluator evaluator;
    private final Minibatches batches;
    private final double[] theta;
    private final double[] initialTheta;
    private final DivergenceWatch watch;
    private Optimizer optimizer;
    private double learningRate;
    private int evalEvery;

    private int step;
    private double lastLoss = Double.NaN;
    private double gradientNorm = Double.NaN;
    private double trainLoss = Double.NaN;
    private double trainAccuracy = Double.NaN;
    private double validationLoss = Double.NaN;
    private double validationAccuracy = Double.NaN;
    private int lastEvaluationStep = -1;

    private final Series batchLoss;
    private final Series gradientNorms;
    private final Series trainLosses;
    private final Series trainAccuracies;
    private final Series validationLosses;
    private final Series validationAccuracies;

    /** A run with its own data and initial weights, both drawn from {@code config.seed}. */
    public Run(RunConfig config) {
        this(config, makeData(config), initialParameters(config));
    }

    /**
     * A run on data and initial weights made elsewhere, so that the lanes of a comparison can share them;
     * the minibatch order still comes from {@code config.seed}. θ₀ is copied.
     */
    public Run(RunConfig config, DataSplit data, double[] initialTheta) {
        this.config = config.copy();
        this.data = data;
        if (data.train().isClassification() != this.config.dataset.isClassification()) {
            throw new IllegalArgumentException("the data's task does not match the configured dataset kind");
        }
        network = makeNetwork(this.config);
        if (initialTheta.length != network.parameterCount()) {
            throw new IllegalArgumentException("θ₀ has " + initialTheta.length + " entries, the network needs "
                    + network.parameterCount());
        }
        objective = new NetworkObjective(network, this.config.effectiveLoss(), data.train());
        evaluator = new Evaluator(network, this.config.effectiveLoss());
        batches = new Minibatches(data.train().size(), this.config.batchSize, this.config.shuffle,
                this.config.stream(RunConfig.STREAM_BATCHES));
        this.initialTheta = initialTheta.clone();
        theta = initialTheta.clone();
        watch = new DivergenceWatch(theta);
        learningRate = this.config.learningRate;
        int capacity = this.config.seriesCapacity;
        batchLoss = new Series(capacity);
        gradientNorms = new Series(capacity);
        trainLosses = new Series(capacity);
        trainAccuracies = new Series(capacity);
        validationLosses = new Series(capacity);
        validationAccuracies = new Series(capacity);
        updateEvalCadence();
        reset();
    }

    /** The dataset {@code config} describes, generated and split with its seed. */
    public static DataSplit makeData(RunConfig config) {
        Dataset all = config.dataset.generate(config.points, config.noise, config.stream(RunConfig.STREAM_DATA));
        return DataSplit.of(all, config.trainFraction, config.stream(RunConfig.STREAM_SPLIT));
    }

    /** A network of the configured shape (its buffers are its own; θ is not part of it). */
    public static Network makeNetwork(RunConfig config) {
        return new Network(config.layerSizes(), config.activation, config.outputActivation());
    }

    /** θ₀ drawn with the configured initialization from {@code config.seed}. */
    public static double[] initialParameters(RunConfig config) {
        Network shape = makeNetwork(config);
        double[] theta = new double[shape.parameterCount()];
        config.init.initialize(shape, theta, config.stream(RunConfig.STREAM_INIT), config.initScale);
        return theta;
    }

    /** Back to θ₀, a fresh optimizer state, the first minibatch and empty series; the data stay. */
    public void reset() {
        System.arraycopy(initialTheta, 0, theta, 0, theta.length);
        optimizer = config.optimizer.create(theta.length);
        batches.restart();
        watch.reset(theta);
        step = 0;
        lastLoss = Double.NaN;
        gradientNorm = Double.NaN;
        lastEvaluationStep = -1;
        batchLoss.clear();
        gradientNorms.clear();
        trainLosses.clear();
        trainAccuracies.clear();
        validationLosses.clear();
        validationAccuracies.clear();
        evaluate();
    }

    /**
     * One optimizer step on the next minibatch. Returns false, doing nothing, once the run has diverged, and
     * false for the step that diverges.
     */
    public boolean step() {
        if (watch.status() == Status.DIVERGED) {
            return false;
        }
        int count = batches.next();
        objective.setBatch(batches.indices(), count);
        double loss = optimizer.step(objective, theta, learningRate);
        step++;
        if (!watch.check(step, loss, theta)) {
            evaluate(); // θ is the last finite one again: show where it stopped
            return false;
        }
        lastLoss = loss;
        gradientNorm = objective.lastGradientNorm();
        batchLoss.add(step, loss);
        gradientNorms.add(step, gradientNorm);
        if (step % evalEvery == 0) {
            evaluate();
        }
        return true;
    }

    /** Up to k steps, fewer if the run diverges; returns how many updates were applied. */
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

    /** Evaluates loss and accuracy on the full training and validation sets now, and records them. */
    public void evaluate() {
        evaluator.evaluate(theta, data.train());
        trainLoss = evaluator.loss();
        trainAccuracy = evaluator.accuracy();
        evaluator.evaluate(theta, data.validation());
        validationLoss = evaluator.loss();
        validationAccuracy = evaluator.accuracy();
        if (step != lastEvaluationStep) {
            trainLosses.add(step, trainLoss);
            trainAccuracies.add(step, trainAccuracy);
            validationLosses.add(step, validationLoss);
            validationAccuracies.add(step, validationAccuracy);
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

    /** ε for the following steps (a schedule can set it before each step). */
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public double learningRate() {
        return learningRate;
    }

    /** B for the following batches, clamped to 1..N_train; the automatic evaluation cadence follows it. */
    public void setBatchSize(int batchSize) {
        config.batchSize = batchSize;
        batches.setBatchSize(batchSize);
        updateEvalCadence();
    }

    private void updateEvalCadence() {
        if (config.evalEvery > 0) {
            evalEvery = config.evalEvery;
        } else {
            int examples = data.train().size() + data.validation().size();
            int perStep = 4 * batches.batchSize();
            evalEvery = Math.max(1, (examples + perStep - 1) / perStep);
        }
    }

    /** Steps between full evaluations. */
    public int evalEvery() {
        return evalEvery;
    }

    /** A copy of the configuration this run was built from (with the current batch size). */
    public RunConfig config() {
        return config.copy();
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

    /** ‖∇J‖₂ on the last good step's minibatch. */
    public double gradientNorm() {
        return gradientNorm;
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

    public NetworkObjective objective() {
        return objective;
    }

    public DataSplit data() {
        return data;
    }

    public Dataset train() {
        return data.train();
    }

    public Dataset validation() {
        return data.validation();
    }

    public Series batchLossSeries() {
        return batchLoss;
    }

    public Series gradientNormSeries() {
        return gradientNorms;
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
}
