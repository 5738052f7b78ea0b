package descent.core.experiment;

import descent.core.data.Dataset;
import descent.core.data.table.Table;
import descent.core.data.table.TableSplit;
import descent.core.nn.ConfusionMatrix;
import descent.core.nn.Network;
import descent.core.nn.SoftmaxCrossEntropy;
import descent.core.nn.SoftmaxObjective;
import descent.core.optim.Objective;

/**
 * d inputs, K logits, softmax cross-entropy: a lane on a real or generated table (penguins, iris, the 8×8
 * digits, a K-arm spiral), standardized by its training split (see {@link TableSplit}). The reported loss is
 * the mean cross-entropy −(1/n) Σ log softmax(z)_y without weight decay; accuracy counts argmax_k z_k = y.
 */
public final class TableTask implements TrainingTask {
    private final TableSplit split;
    private final Network network;
    private final SoftmaxObjective objective;
    private final Dataset trainPoints;
    private final Dataset validationPoints;
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;

    /**
     * @param lambda L2 weight decay in the loss, λ ≥ 0 (weights only)
     */
    public TableTask(Network network, TableSplit split, double lambda) {
        this.split = split;
        this.network = network;
        this.objective = new SoftmaxObjective(network, split.train(), lambda);
        this.trainPoints = points(split.train());
        this.validationPoints = points(split.validation());
    }

    /** The table's examples as plane points labelled 0…K−1 when d = 2; an empty set otherwise. */
    static Dataset points(Table t) {
        if (t.dimension() != 2) {
            return Dataset.ofClasses(new double[0], new double[0], t.classCount());
        }
        double[] labels = new double[t.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = t.label(i);
        }
        return Dataset.ofClasses(t.rows(), labels, t.classCount());
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public double lastGradientNorm() {
        return objective.lastGradientNorm();
    }

    @Override
    public void setBatch(int[] indices, int count) {
        objective.setBatch(indices, count);
    }

    @Override
    public int trainSize() {
        return split.train().size();
    }

    @Override
    public int validationSize() {
        return split.validation().size();
    }

    @Override
    public int classCount() {
        return split.train().classCount();
    }

    @Override
    public void evaluate(double[] theta, boolean validation) {
        Table t = validation ? split.validation() : split.train();
        int n = t.size();
        int k = t.classCount();
        int d = t.dimension();
        double[] rows = t.rows();
        double sum = 0;
        int right = 0;
        boolean training = network.isTraining();
        network.setTraining(false); // batch norm's running averages: the chunks are not training batches
        try {
            for (int from = 0; from < n; from += Network.CHUNK) {
                int count = Math.min(Network.CHUNK, n - from);
                network.ensureCapacity(count);
                double[] in = network.input();
                int base = from * d;
                int length = count * d;
                for (int i = 0; i < length; i++) {
                    in[i] = rows[base + i];
                }
                network.forwardInput(theta, count);
                double[] z = network.logits();
                for (int b = 0; b < count; b++) {
                    int y = t.label(from + b);
                    sum += SoftmaxCrossEntropy.value(z, b, k, y);
                    if (SoftmaxCrossEntropy.predictedClass(z, b, k) == y) {
                        right++;
                    }
                }
            }
        } finally {
            network.setTraining(training);
        }
        loss = n == 0 ? Double.NaN : sum / n;
        accuracy = n == 0 ? Double.NaN : (double) right / n;
    }

    /**
     * Counts every validation example of θ into {@code matrix} (cleared first; Σ C = N_validation) and lists the
     * first misclassified ones: their validation indices in {@code wrong} and predicted classes in
     * {@code predicted}, as many as the arrays hold. Returns how many were listed.
     */
    public int confusion(double[] theta, ConfusionMatrix matrix, int[] wrong, int[] predicted) {
        matrix.clear();
        Table t = split.validation();
        int n = t.size();
        int k = t.classCount();
        int d = t.dimension();
        double[] rows = t.rows();
        int listed = 0;
        boolean training = network.isTraining();
        network.setTraining(false);
        try {
            for (int from = 0; from < n; from += Network.CHUNK) {
                int count = Math.min(Network.CHUNK, n - from);
                network.ensureCapacity(count);
                double[] in = network.input();
                int base = from * d;
                int length = count * d;
                for (int i = 0; i < length; i++) {
                    in[i] = rows[base + i];
                }
                network.forwardInput(theta, count);
                double[] z = network.logits();
                for (int b = 0; b < count; b++) {
                    int y = t.label(from + b);
                    int p = SoftmaxCrossEntropy.predictedClass(z, b, k);
                    matrix.add(y, p);
                    if (p != y && listed < wrong.length && listed < predicted.length) {
                        wrong[listed] = from + b;
                        predicted[listed] = p;
                        listed++;
                    }
                }
            }
        } finally {
            network.setTraining(training);
        }
        return listed;
    }

    @Override
    public double loss() {
        return loss;
    }

    @Override
    public double accuracy() {
        return accuracy;
    }

    @Override
    public Dataset trainPoints() {
        return trainPoints;
    }

    @Override
    public Dataset validationPoints() {
        return validationPoints;
    }

    /** The standardized split itself. */
    public TableSplit split() {
        return split;
    }
}
