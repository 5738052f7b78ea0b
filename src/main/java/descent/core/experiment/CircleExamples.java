package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.nn.Activation;
import descent.core.nn.Loss;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;

/**
 * The layers lab on the circle: {@link LayerLab#POINTS} points (half for training), each coordinate standardized
 * with the training set's mean and deviation; 2 → D × W → 1 sigmoid output, L = −y ln ŷ − (1 − y) ln(1 − ŷ).
 * The arithmetic is the lab's from before it learned tables, operation for operation (LayerLabCircleGoldenTest).
 */
final class CircleExamples extends LabExamples {
    private final DataSplit data;
    private final Network network;
    private final NetworkObjective objective;

    CircleExamples(LayerLab.Settings s, RunConfig rc) {
        rc.dataset = DatasetKind.CIRCLE;
        rc.points = LayerLab.POINTS;
        data = RunSetup.makeData(rc).standardized();
        network = new Network(sizes(2, s, 1), s.activation, Activation.SIGMOID, s.placement);
        objective = new NetworkObjective(network, Loss.CROSS_ENTROPY, data.train());
    }

    @Override
    Network network() {
        return network;
    }

    @Override
    int trainSize() {
        return data.train().size();
    }

    @Override
    int validationSize() {
        return data.validation().size();
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
        network.forward(theta, data.train(), indices, count);
    }

    @Override
    double loss(int r, int i) {
        return Loss.CROSS_ENTROPY.value(network.logits()[r], network.outputs()[r], data.train().y(i));
    }

    @Override
    double lossAndDelta(int r, int i, int n) {
        double z = network.logits()[r];
        double a = network.outputs()[r];
        double y = data.train().y(i);
        network.outputDelta()[r] = Loss.CROSS_ENTROPY.gradientWrtLogit(z, a, y, Activation.SIGMOID) / n;
        return Loss.CROSS_ENTROPY.value(z, a, y);
    }

    @Override
    double validationAccuracy(double[] theta) {
        Dataset v = data.validation();
        int n = v.size();
        int right = 0;
        boolean training = network.isTraining();
        network.setTraining(false);
        for (int from = 0; from < n; from += Network.CHUNK) {
            int count = Math.min(Network.CHUNK, n - from);
            network.forwardRange(theta, v, from, count);
            double[] a = network.outputs();
            for (int b = 0; b < count; b++) {
                if ((a[b] > 0.5) == (v.y(from + b) > 0.5)) {
                    right++;
                }
            }
        }
        network.setTraining(training);
        return n == 0 ? Double.NaN : (double) right / n;
    }
}
