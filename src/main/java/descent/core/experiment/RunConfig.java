package descent.core.experiment;

import descent.core.data.DatasetKind;
import descent.core.math.Rng;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.nn.Loss;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerFactory;
import descent.core.optim.Sgd;

/**
 * Everything that defines one training run, as plain public fields the page's controls and URL state read and
 * write. A {@link Run} copies its configuration, so editing a config afterwards affects only runs built later.
 *
 * <p>The defaults are TensorFlow Playground's starting point made a little more robust: circle, 400 points
 * (half for validation), noise 0.1, two tanh layers of 8 units, sigmoid output with cross-entropy (the
 * course's surrogate loss for labels; squared error on a sigmoid is available to show its flat gradients),
 * Xavier init, SGD with ε = 0.1 and B = 10. On the circle, seeds 1–40 all reach ≥ 95 % validation
 * accuracy, the slowest after 360 steps (18 epochs); RunTest holds seeds 1–5 to a bound of 1,500 steps.
 * Smaller nets ({4, 2}) or ε = 0.03 need up to 1,100 steps and occasionally stall.
 */
public final class RunConfig {
    /** Random streams derived from {@link #seed}, one per purpose, so adding draws to one leaves the others unchanged. */
    public static final int STREAM_DATA = 1;
    public static final int STREAM_SPLIT = 2;
    public static final int STREAM_INIT = 3;
    public static final int STREAM_BATCHES = 4;

    public DatasetKind dataset = DatasetKind.CIRCLE;
    /** Points generated, before the train/validation split. */
    public int points = 400;
    /**
     * Multiply the first / second coordinate of every generated point, after its label or target was taken
     * (see {@link DataStretch}): unequal scales make the loss surface of even a linear model ill-conditioned.
     */
    public double scaleX = 1;
    public double scaleY = 1;
    /** ν ∈ [0, 0.5]: Gaussian jitter σ = ν·EXTENT/2 per coordinate (see {@link DatasetKind}). */
    public double noise = 0.1;
    /** Share of the points used for training; the rest is the validation set. */
    public double trainFraction = 0.5;
    public int seed = 1;
    /** d, the network's inputs: 2 on the plane, the table's features otherwise. */
    public int inputs = 2;
    /** K &gt; 2 for a table's softmax output of K logits; 0 for the plane's one output (sigmoid or linear). */
    public int classes = 0;
    /** Widths of the hidden layers; the input (d) and output (1 or K) layers are implied. */
    public int[] hiddenLayers = {8, 8};
    /** Hidden activation. */
    public Activation activation = Activation.TANH;
    /** Classification loss; regression always uses squared error (see {@link #effectiveLoss()}). */
    public Loss loss = Loss.CROSS_ENTROPY;
    public Init init = Init.XAVIER_UNIFORM;
    /** Multiplies every initial weight; σ itself for {@link Init#NORMAL}. */
    public double initScale = 1;
    /** Batch normalization before each hidden activation (needs the network's batch-norm support). */
    public boolean batchNorm = false;
    /** ε0: the base learning rate; step k uses ε_k = schedule.rate(ε0, k). */
    public double learningRate = 0.1;
    public LearningRateSchedule schedule = LearningRateSchedule.constant();
    /** Gradient clipping applied to every gradient the optimizer reads (none by default). */
    public ClipMode clip = ClipMode.NONE;
    /** c of the clipping rule. */
    public double clipThreshold = 1;
    /** Which average θ̂ of the iterates is kept beside θ and evaluated too. */
    public AveragingMode averaging = AveragingMode.NONE;
    /** α of the EMA θ̂_t = α θ̂_{t−1} + (1 − α) θ_t. */
    public double averagingDecay = 0.99;
    /** B; 0 (or anything ≥ N_train) = the whole training set, batch GD. Otherwise clamped to 1..N_train. */
    public int batchSize = 10;
    /** Shuffle the training set every epoch; false visits it in generation order (grouped by class). */
    public boolean shuffle = true;
    public OptimizerFactory optimizer = Sgd::new;
    /** Steps between full train/validation evaluations; 0 picks a cost-bounded cadence (see {@link Run}). */
    public int evalEvery = 0;
    /** λ of L2 weight decay in the loss (weights only; see {@link descent.core.nn.WeightDecay}), 0 for none. */
    public double l2 = 0;
    /** Points kept per metric series. */
    public int seriesCapacity = 500;
    /**
     * Whether a reset evaluates θ₀ on the whole training and validation sets (its step-0 point). A page whose engine
     * trains elsewhere keeps runs for their settings, data and θ₀ only, and skips that cost ({@link Race#settingsOnly}).
     */
    public boolean evaluateAtStart = true;

    public RunConfig copy() {
        RunConfig c = new RunConfig();
        c.dataset = dataset;
        c.points = points;
        c.scaleX = scaleX;
        c.scaleY = scaleY;
        c.noise = noise;
        c.trainFraction = trainFraction;
        c.seed = seed;
        c.inputs = inputs;
        c.classes = classes;
        c.hiddenLayers = hiddenLayers.clone();
        c.activation = activation;
        c.loss = loss;
        c.init = init;
        c.initScale = initScale;
        c.batchNorm = batchNorm;
        c.learningRate = learningRate;
        c.schedule = schedule;
        c.clip = clip;
        c.clipThreshold = clipThreshold;
        c.averaging = averaging;
        c.averagingDecay = averagingDecay;
        c.batchSize = batchSize;
        c.shuffle = shuffle;
        c.optimizer = optimizer;
        c.evalEvery = evalEvery;
        c.l2 = l2;
        c.seriesCapacity = seriesCapacity;
        c.evaluateAtStart = evaluateAtStart;
        return c;
    }

    /** The configured loss for labels; squared error for real-valued targets, where cross-entropy means nothing. */
    public Loss effectiveLoss() {
        return dataset.isClassification() ? loss : Loss.SQUARED_ERROR;
    }

    /** Sigmoid for two-class labels (a probability), linear for real-valued targets and for K logits. */
    public Activation outputActivation() {
        return classes == 0 && dataset.isClassification() ? Activation.SIGMOID : Activation.LINEAR;
    }

    /** Whether the lanes learn a table by softmax cross-entropy over {@link #classes} logits. */
    public boolean isSoftmax() {
        return classes > 0;
    }

    /** {d, hidden…, 1} on the plane, {d, hidden…, K} for a table. */
    public int[] layerSizes() {
        int[] sizes = new int[hiddenLayers.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hiddenLayers, 0, sizes, 1, hiddenLayers.length);
        sizes[sizes.length - 1] = classes > 0 ? classes : 1;
        return sizes;
    }

    /** A fresh generator for one purpose (STREAM_…), the same for every run with this seed. */
    public Rng stream(int purpose) {
        return new Rng(seed).fork(purpose);
    }
}
