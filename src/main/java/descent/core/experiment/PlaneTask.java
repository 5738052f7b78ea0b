package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.data.Dataset;
import descent.core.nn.Evaluator;
import descent.core.nn.Loss;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import descent.core.optim.Objective;

/** Two inputs, one output: the playground's generated or drawn plane data (see {@link NetworkObjective}). */
public final class PlaneTask implements TrainingTask {
    private final DataSplit data;
    private final NetworkObjective objective;
    private final Evaluator evaluator;

    /**
     * @param lambda L2 weight decay in the loss, λ ≥ 0 (weights only)
     */
    public PlaneTask(Network network, Loss loss, DataSplit data, double lambda) {
        this.data = data;
        this.objective = new NetworkObjective(network, loss, data.train());
        objective.setWeightDecay(lambda);
        this.evaluator = new Evaluator(network, loss);
    }

    @Override
    public Network network() {
        return objective.network();
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
        return data.train().size();
    }

    @Override
    public int validationSize() {
        return data.validation().size();
    }

    @Override
    public int classCount() {
        return data.train().classCount();
    }

    @Override
    public void evaluate(double[] theta, boolean validation) {
        evaluator.evaluate(theta, validation ? data.validation() : data.train());
    }

    @Override
    public double loss() {
        return evaluator.loss();
    }

    @Override
    public double accuracy() {
        return evaluator.accuracy();
    }

    @Override
    public Dataset trainPoints() {
        return data.train();
    }

    @Override
    public Dataset validationPoints() {
        return data.validation();
    }

    /** The split itself. */
    public DataSplit data() {
        return data;
    }
}
