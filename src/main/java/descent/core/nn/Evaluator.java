package descent.core.nn;

import descent.core.data.Dataset;

/**
 * Loss and accuracy of a network over a whole dataset, in chunks through the network's buffers (no
 * allocation). Loss is the mean over all n examples; accuracy, for labels, is the fraction where the
 * prediction a ≥ ½ matches y = 1 (for a sigmoid output that is z ≥ 0, i.e. p(y=1) ≥ ½).
 *
 * <p>Batch norm is evaluated in evaluation mode (running averages of μ and σ), whatever the network's mode:
 * the chunks of a dataset are not training batches. The network's mode is restored afterwards.
 */
public final class Evaluator {
    private final Network network;
    private final Loss loss;
    private double meanLoss = Double.NaN;
    private double accuracy = Double.NaN;

    public Evaluator(Network network, Loss loss) {
        loss.checkOutput(network.outputActivation());
        this.network = network;
        this.loss = loss;
    }

    /**
     * Evaluates θ on every example of {@code data}; read the results from {@link #loss()} and
     * {@link #accuracy()}. Both are NaN for an empty dataset; accuracy is NaN for regression.
     */
    public void evaluate(double[] theta, Dataset data) {
        int n = data.size();
        double sum = 0;
        int correct = 0;
        int from = 0;
        boolean training = network.isTraining();
        network.setTraining(false);
        try {
            while (from < n) {
                int count = Math.min(Network.CHUNK, n - from);
                network.forwardRange(theta, data, from, count);
                double[] z = network.logits();
                double[] a = network.outputs();
                int stride = network.outputSize();
                for (int b = 0; b < count; b++) {
                    double y = data.y(from + b);
                    sum += loss.value(z[b * stride], a[b * stride], y);
                    if ((a[b * stride] >= 0.5) == (y >= 0.5)) {
                        correct++;
                    }
                }
                from += count;
            }
        } finally {
            network.setTraining(training);
        }
        meanLoss = n == 0 ? Double.NaN : sum / n;
        accuracy = n == 0 || !data.isClassification() ? Double.NaN : (double) correct / n;
    }

    /** Mean loss of the last evaluation. */
    public double loss() {
        return meanLoss;
    }

    /** Fraction of correctly classified examples in the last evaluation, in [0, 1]. */
    public double accuracy() {
        return accuracy;
    }
}
