package descent.core.experiment;

import descent.core.data.Minibatches;
import descent.core.data.table.TableKind;
import descent.core.math.Rng;
import descent.core.nn.Activation;
import descent.core.nn.BatchNorm;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;
import descent.core.nn.LayerStats;
import descent.core.nn.Network;

/**
 * The layers lab's network (CURRICULUM §4, §5): a deep, uniform classifier on the circle or a table, trained by
 * plain SGD, that records per hidden layer what {@link Run} does not — the weight-gradient norm and the
 * update-to-weight ratio of every step — and measures on a fixed probe batch the activation and gradient
 * spread of every layer, in training mode (batch statistics) and in evaluation mode (running averages).
 *
 * <p>The network is d → W × D → K (D hidden layers of width W): on the circle 2 → … → 1, sigmoid output and
 * cross-entropy; on a table such as the 8×8 digits 64 → … → 10 logits and softmax cross-entropy
 * ({@link LabExamples}). Its inputs are standardized to mean 0 and variance 1 per feature with the training
 * set's mean and deviation, so that the first layer starts from unit-scale inputs like every later one and
 * the initialization alone decides how the scale travels through depth.
 *
 * <p>Unlike a comparison lane it offers every initialization knob (scale, orthogonal gain, sparse k) and
 * batch norm after the activation. Nothing is allocated per step or per measurement.
 */
public final class LayerLab {
    /** Everything that defines the lab's run; plain fields for the page and its link. */
    public static final class Settings {
        /** D, hidden layers. */
        public int depth = 10;
        /** W, units per hidden layer. */
        public int width = 32;
        public Activation activation = Activation.TANH;
        public Init init = Init.XAVIER_UNIFORM;
        public double scale = 1;
        public double gain = 1;
        public int nonZero = Init.DEFAULT_NON_ZERO;
        public BatchNormPlacement placement = BatchNormPlacement.NONE;
        public double learningRate = 0.03;
        public int batchSize = 16;
        public int seed = 1;
        /** The K-class table learned instead of the circle, or null for the circle. A shipped one must be loaded. */
        public TableKind table = null;

        public Settings copy() {
            Settings c = new Settings();
            c.depth = depth;
            c.width = width;
            c.activation = activation;
            c.init = init;
            c.scale = scale;
            c.gain = gain;
            c.nonZero = nonZero;
            c.placement = placement;
            c.learningRate = learningRate;
            c.batchSize = batchSize;
            c.seed = seed;
            c.table = table;
            return c;
        }
    }

    /** Circle points generated (half train, half validation), or a generated table's points. */
    public static final int POINTS = 400;
    /** Examples in the probe batch the statistics are measured on. */
    public static final int PROBE = 100;
    private static final int SERIES = 400;

    private final Settings settings;
    private final LabExamples examples;
    private final Network network;
    private final Minibatches batches;
    private final double[] theta;
    private final double[] theta0;
    private final double[] gradient;
    private final double[] before;
    private final double[] probeGradient;
    private final int[] probe;
    private final int[] scratch;
    private final int[] order;
    private final LayerStats stats;
    private final double[] evalSaturation;
    private final Series loss = new Series(SERIES);
    private final Series[] gradientNorms;
    private final Series[] updateRatios;
    private final double[] lastGradientNorm;
    private final double[] lastRatio;
    private int step;
    private int divergedAt = -1;
    private double probeLoss = Double.NaN;
    private double evalLoss = Double.NaN;
    private double accuracy = Double.NaN;

    public LayerLab(Settings settings) {
        if (settings.depth < 1 || settings.width < 1) {
            throw new IllegalArgumentException("depth and width must be at least 1");
        }
        this.settings = settings.copy();
        RunConfig rc = new RunConfig();
        rc.seed = settings.seed;
        examples = LabExamples.create(this.settings, rc);
        network = examples.network();
        int n = examples.trainSize();
        batches = new Minibatches(n, settings.batchSize, true, rc.stream(RunConfig.STREAM_BATCHES));
        int p = network.parameterCount();
        theta = new double[p];
        theta0 = new double[p];
        gradient = new double[p];
        before = new double[p];
        probeGradient = new double[p];
        settings.init.initialize(network, theta0, rc.stream(RunConfig.STREAM_INIT), settings.scale, settings.gain,
                Math.max(1, settings.nonZero));
        scratch = new int[n];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        new Rng(settings.seed).fork(77).shuffle(order, n);
        // a random sample: the split keeps the generator's order, grouped by class
        probe = new int[Math.min(PROBE, n)];
        System.arraycopy(order, 0, probe, 0, probe.length);
        network.ensureCapacity(n);
        stats = new LayerStats(network);
        evalSaturation = new double[settings.depth + 1];
        gradientNorms = new Series[settings.depth + 1];
        updateRatios = new Series[settings.depth + 1];
        for (int l = 1; l <= settings.depth; l++) {
            gradientNorms[l] = new Series(SERIES);
            updateRatios[l] = new Series(SERIES);
        }
        lastGradientNorm = new double[settings.depth + 1];
        lastRatio = new double[settings.depth + 1];
        reset();
    }

    /** Back to θ₀ at step 0 with fresh running averages and empty series; then measures. */
    public void reset() {
        System.arraycopy(theta0, 0, theta, 0, theta.length);
        network.setTraining(true);
        network.runningStatistics().reset();
        batches.restart();
        step = 0;
        divergedAt = -1;
        loss.clear();
        for (int l = 1; l <= settings.depth; l++) {
            gradientNorms[l].clear();
            updateRatios[l].clear();
            lastGradientNorm[l] = Double.NaN;
            lastRatio[l] = Double.NaN;
        }
        measure();
    }

    /**
     * One SGD step θ ← θ − εg on the next minibatch; records the batch loss and, per hidden layer l,
     * ‖∂L/∂W_{l−1}‖ and ‖ΔW_{l−1}‖/‖W_{l−1}‖. Returns false, doing nothing, once diverged; a step that makes the
     * loss or θ non-finite restores θ and marks the lab diverged.
     */
    public boolean step() {
        if (divergedAt >= 0) {
            return false;
        }
        int count = batches.next();
        examples.setBatch(batches.indices(), count);
        System.arraycopy(theta, 0, before, 0, theta.length);
        double value = examples.valueAndGradient(theta, gradient);
        double rate = settings.learningRate;
        boolean finite = isFinite(value);
        for (int p = 0; p < theta.length; p++) {
            double t = theta[p] - rate * gradient[p];
            theta[p] = t;
            if (!isFinite(t)) {
                finite = false;
            }
        }
        step++;
        if (!finite) {
            System.arraycopy(before, 0, theta, 0, theta.length);
            divergedAt = step;
            return false;
        }
        loss.add(step, value);
        for (int l = 1; l <= settings.depth; l++) {
            double g = 0;
            for (int q = network.weightOffset(l - 1); q < network.biasOffset(l - 1); q++) {
                g += gradient[q] * gradient[q];
            }
            lastGradientNorm[l] = Math.sqrt(g);
            lastRatio[l] = LayerStats.updateToWeightRatio(network, l, before, theta);
            gradientNorms[l].add(step, lastGradientNorm[l]);
            updateRatios[l].add(step, lastRatio[l]);
        }
        return true;
    }

    /** Up to k steps; returns how many were applied. */
    public int steps(int k) {
        int done = 0;
        while (done < k && step()) {
            done++;
        }
        return done;
    }

    /**
     * Makes this lab a mirror of one trained elsewhere (the engine's worker) on the same settings: θ from
     * {@code from[at …]}, its step count and divergence step. Running averages are the caller's to copy; the
     * views read the mirror after {@link #measure()}.
     */
    public void mirror(int stepCount, int divergedAtStep, double[] from, int at) {
        System.arraycopy(from, at, theta, 0, theta.length);
        step = stepCount;
        divergedAt = divergedAtStep;
    }

    /** Records a step taken elsewhere as {@link #step()} records its own: loss, then g₁…g_D, then r₁…r_D at {@code at}. */
    public void record(int stepNumber, double batchLoss, double[] from, int at) {
        loss.add(stepNumber, batchLoss);
        for (int l = 1; l <= settings.depth; l++) {
            lastGradientNorm[l] = from[at + l - 1];
            lastRatio[l] = from[at + settings.depth + l - 1];
            gradientNorms[l].add(stepNumber, lastGradientNorm[l]);
            updateRatios[l].add(stepNumber, lastRatio[l]);
        }
    }

    /**
     * Measures the probe batch ({@link #PROBE} training examples drawn once from the seed): first in evaluation mode (running
     * averages; its loss and saturation are kept), then in training mode (batch statistics), whose forward
     * and backward pass stay in the network's buffers for {@link #stats()} and the histograms. Before both,
     * the validation accuracy in evaluation mode. The running averages are not touched.
     */
    public void measure() {
        int n = probe.length;
        accuracy = examples.validationAccuracy(theta);
        if (network.hasBatchNorm()) {
            network.setTraining(false);
            evalLoss = forwardLoss(probe, n);
            for (int l = 1; l <= settings.depth; l++) {
                evalSaturation[l] = LayerStats.saturatedFraction(settings.activation, network.nonlinearityOutputs(l), 0,
                        n * settings.width);
            }
            network.setTraining(true);
        }
        examples.forward(theta, probe, n);
        double sum = 0;
        for (int b = 0; b < n; b++) {
            sum += examples.lossAndDelta(b, probe[b], n);
        }
        network.backward(theta, probeGradient);
        stats.measure(network, theta, probeGradient);
        probeLoss = sum / n;
        if (!network.hasBatchNorm()) {
            evalLoss = probeLoss;
            for (int l = 1; l <= settings.depth; l++) {
                evalSaturation[l] = stats.saturatedFraction(l);
            }
        }
    }

    private double forwardLoss(int[] indices, int n) {
        examples.forward(theta, indices, n);
        double sum = 0;
        for (int b = 0; b < n; b++) {
            sum += examples.loss(b, indices[b]);
        }
        return sum / n;
    }

    /**
     * What batch norm does with batches of size B, at the current θ: the training set is cut into batches of
     * B (in a fixed shuffled order) and each is normalized with its own μ and σ. Writes into out:
     * [0] the mean training-mode loss over those batches, [1] the mean over batches and units of hidden layer
     * {@code layer} of |μ_batch − μ̄| / σ̄ (how far one batch's mean strays from the running one, in running
     * standard deviations), [2] the evaluation-mode loss on the whole training set. Clobbers the buffers (call
     * {@link #measure()} afterwards if the histograms are to be drawn again); needs batch norm.
     */
    public void batchSizeEffect(int batchSize, int layer, double[] out) {
        BatchNorm bn = network.batchNorm(layer);
        int n = examples.trainSize();
        int b = Math.max(1, Math.min(n, batchSize));
        int batchesDone = 0;
        double lossSum = 0;
        double stray = 0;
        int k = settings.width;
        double[] mu = bn.batchMean();
        double[] runMu = bn.runningMean();
        double[] runSigma = bn.runningSigma();
        for (int from = 0; from + b <= n; from += b) {
            System.arraycopy(order, from, scratch, 0, b);
            examples.forward(theta, scratch, b);
            for (int r = 0; r < b; r++) {
                lossSum += examples.loss(r, scratch[r]);
            }
            for (int j = 0; j < k; j++) {
                stray += Math.abs(mu[j] - runMu[j]) / runSigma[j];
            }
            batchesDone++;
        }
        out[0] = lossSum / (batchesDone * (double) b);
        out[1] = stray / (batchesDone * (double) k);
        network.setTraining(false);
        for (int i = 0; i < n; i++) {
            scratch[i] = i;
        }
        out[2] = forwardLoss(scratch, n);
        network.setTraining(true);
    }

    /** The largest |difference| between units of hidden layer l in θ ({@link LayerStats#unitSpread}). */
    public double unitSpread(int l) {
        return LayerStats.unitSpread(network, theta, l);
    }

    public Settings settings() {
        return settings.copy();
    }

    public int depth() {
        return settings.depth;
    }

    public Network network() {
        return network;
    }

    /** θ, live: read-only. */
    public double[] parameters() {
        return theta;
    }

    /** ∂(probe loss)/∂θ at the last {@link #measure()}, live: read-only. */
    public double[] probeGradient() {
        return probeGradient;
    }

    /** d, the network's inputs (2 on the circle, 64 on the digits). */
    public int inputs() {
        return network.inputSize();
    }

    /** K, its outputs (1 sigmoid on the circle, 10 logits on the digits). */
    public int outputs() {
        return network.outputSize();
    }

    /** The examples in the training and the validation split. */
    public int trainSize() {
        return examples.trainSize();
    }

    public int validationSize() {
        return examples.validationSize();
    }

    /** The validation split's accuracy in evaluation mode at the last {@link #measure()}. */
    public double validationAccuracy() {
        return accuracy;
    }

    /** Statistics of the probe batch in training mode, from the last {@link #measure()}. */
    public LayerStats stats() {
        return stats;
    }

    /** Mean cross-entropy (binary or softmax) of the probe batch in training mode at the last {@link #measure()}. */
    public double probeLoss() {
        return probeLoss;
    }

    /** The same in evaluation mode (running averages); equal to {@link #probeLoss()} without batch norm. */
    public double evaluationLoss() {
        return evalLoss;
    }

    /** Saturated fraction of hidden layer l on the probe batch in evaluation mode. */
    public double evaluationSaturation(int l) {
        return evalSaturation[l];
    }

    public int stepCount() {
        return step;
    }

    /** Step at which the lab diverged, or −1. */
    public int divergedAtStep() {
        return divergedAt;
    }

    /** Minibatch loss per step. */
    public Series lossSeries() {
        return loss;
    }

    /** ‖∂L/∂W_{l−1}‖ per step for hidden layer l = 1 … D. */
    public Series gradientNormSeries(int l) {
        return gradientNorms[l];
    }

    /** ‖ΔW_{l−1}‖/‖W_{l−1}‖ per step for hidden layer l = 1 … D. */
    public Series updateRatioSeries(int l) {
        return updateRatios[l];
    }

    /** ‖∂L/∂W_{l−1}‖ of the last step (NaN before the first). */
    public double lastGradientNorm(int l) {
        return lastGradientNorm[l];
    }

    /** ‖ΔW_{l−1}‖/‖W_{l−1}‖ of the last step (NaN before the first). */
    public double lastUpdateRatio(int l) {
        return lastRatio[l];
    }

    private static boolean isFinite(double v) {
        return v - v == 0;
    }
}
