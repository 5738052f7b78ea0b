package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.data.Dataset;
import descent.core.nn.Activation;
import descent.core.nn.Network;

/**
 * What a {@link RunConfig} builds before a {@link Run} starts: its data, its network and θ₀, each drawn from
 * the configuration's seed, so that the lanes of a comparison can share them.
 */
public final class RunSetup {
    private RunSetup() {
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

    /** The plane task of {@code config} on {@code data}, whose kind (labels or values) must match the config's. */
    static PlaneTask planeTask(RunConfig config, DataSplit data) {
        if (data.train().isClassification() != config.dataset.isClassification()) {
            throw new IllegalArgumentException("the data's task does not match the configured dataset kind");
        }
        return new PlaneTask(makeNetwork(config), config.effectiveLoss(), data, config.l2);
    }

    /** B for a configured batch size: 0 or anything ≥ N means all N examples. */
    static int effectiveBatchSize(int configured, int trainSize) {
        return configured <= 0 || configured >= trainSize ? trainSize : configured;
    }
}
