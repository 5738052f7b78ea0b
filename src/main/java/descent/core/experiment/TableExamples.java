package descent.core.experiment;

import descent.core.data.table.LoadedTables;
import descent.core.data.table.Table;
import descent.core.data.table.TableKind;
import descent.core.data.table.TableSplit;
import descent.core.nn.Activation;
import descent.core.nn.Network;
import descent.core.nn.SoftmaxCrossEntropy;
import descent.core.nn.SoftmaxObjective;

/**
 * The layers lab on a K-class table (the 8×8 digits: d = 64 pixels, K = 10), split as a comparison lane splits
 * it (the run's train fraction, drawn from the seed) and standardized with the training split's μ and σ only
 * ({@link TableSplit}); d → D × W → K linear logits, L = ln Σ_j exp(z_j) − z_y ({@link SoftmaxCrossEntropy}).
 * A shipped table must be in {@link LoadedTables} first: the page loads the file, the core never does.
 */
final class TableExamples extends LabExamples {
    private final TableSplit split;
    private final Table train;
    private final Network network;
    private final SoftmaxObjective objective;
    private final int d;
    private final int k;

    TableExamples(LayerLab.Settings s, RunConfig rc) {
        TableKind kind = s.table;
        Table loaded = kind.isShipped() ? LoadedTables.get(kind.shipped()) : null;
        Table all = kind.table(loaded, LayerLab.POINTS, rc.noise, rc.stream(RunConfig.STREAM_DATA));
        split = TableSplit.of(all, rc.trainFraction, rc.stream(RunConfig.STREAM_SPLIT));
        train = split.train();
        d = train.dimension();
        k = train.classCount();
        network = new Network(sizes(d, s, k), s.activation, Activation.LINEAR, s.placement);
        objective = new SoftmaxObjective(network, train, 0);
    }

    @Override
    Network network() {
        return network;
    }

    @Override
    int trainSize() {
        return train.size();
    }

    @Override
    int validationSize() {
        return split.validation().size();
    }

    @Override
    void setBatch(int[] indices, int count) {
        objective.setBatch(indices, count);
    }

    @Override
    double valueAndGradient(double[] theta, double[] gradient) {
        return objective.valueAndGradient(theta, gradient);
    }

    @Override
    void forward(double[] theta, int[] indices, int count) {
        network.ensureCapacity(count);
        double[] rows = train.rows();
        double[] in = network.input();
        for (int b = 0; b < count; b++) {
            System.arraycopy(rows, indices[b] * d, in, b * d, d);
        }
        network.forwardInput(theta, count);
    }

    @Override
    double loss(int r, int i) {
        return SoftmaxCrossEntropy.value(network.logits(), r, k, train.label(i));
    }

    @Override
    double lossAndDelta(int r, int i, int n) {
        return SoftmaxCrossEntropy.gradient(network.logits(), r, k, train.label(i), 1.0 / n, network.outputDelta(), r);
    }

    @Override
    double validationAccuracy(double[] theta) {
        Table v = split.validation();
        int n = v.size();
        double[] rows = v.rows();
        int right = 0;
        boolean training = network.isTraining();
        network.setTraining(false);
        for (int from = 0; from < n; from += Network.CHUNK) {
            int count = Math.min(Network.CHUNK, n - from);
            network.ensureCapacity(count);
            System.arraycopy(rows, from * d, network.input(), 0, count * d);
            network.forwardInput(theta, count);
            double[] z = network.logits();
            for (int b = 0; b < count; b++) {
                if (SoftmaxCrossEntropy.predictedClass(z, b, k) == v.label(from + b)) {
                    right++;
                }
            }
        }
        network.setTraining(training);
        return n == 0 ? Double.NaN : (double) right / n;
    }
}
