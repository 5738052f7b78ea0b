package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.data.Minibatches;
import descent.core.math.Rng;
import descent.core.optim.Sgd;
import org.junit.jupiter.api.Test;

/** Zero or constant initialization: the units of a layer start identical and training cannot separate them. */
class SymmetryTest {
    private static final int[] SIZES = {2, 6, 5, 1};

    /** Trains a few hundred SGD steps on the circle and returns θ. */
    private static double[] train(Network net, Init init, double scale, int steps) {
        Dataset data = DatasetKind.CIRCLE.generate(120, 0.1, new Rng(1));
        double[] theta = new double[net.parameterCount()];
        init.initialize(net, theta, new Rng(2), scale);
        NetworkObjective objective = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        Minibatches batches = new Minibatches(data.size(), 10, true, new Rng(3));
        Sgd sgd = new Sgd(theta.length);
        for (int k = 0; k < steps; k++) {
            int count = batches.next();
            objective.setBatch(batches.indices(), count);
            sgd.step(objective, theta, 0.3);
        }
        return theta;
    }

    @Test
    void zeroInitKeepsEveryUnitOfALayerIdenticalAfterTraining() {
        Network net = new Network(SIZES, Activation.TANH, Activation.SIGMOID);
        double[] theta = train(net, Init.ZERO, 1, 300);
        for (int l = 1; l < net.layerCount(); l++) {
            assertEquals(0.0, LayerStats.unitSpread(net, theta, l), "layer " + l);
            assertTrue(LayerStats.unitsIdentical(net, theta, l, 0));
        }
        assertEquals(0.0, LayerStats.activationSpread(net, 1));
    }

    @Test
    void constantInitLetsTheWeightsMoveButNotApart() {
        for (BatchNormPlacement placement : BatchNormPlacement.values()) {
            Network net = new Network(SIZES, Activation.TANH, Activation.SIGMOID, placement);
            double[] theta = train(net, Init.CONSTANT, 0.3, 300);
            for (int l = 1; l < net.layerCount(); l++) {
                assertTrue(LayerStats.unitsIdentical(net, theta, l, 1e-12), placement + " layer " + l + ": "
                    + LayerStats.unitSpread(net, theta, l));
            }
            assertTrue(Math.abs(theta[net.weightOffset(0)] - 0.3) > 1e-3, "the weights did train");
        }
    }

    @Test
    void randomInitBreaksTheSymmetryFromTheStart() {
        Network net = new Network(SIZES, Activation.TANH, Activation.SIGMOID);
        double[] theta = train(net, Init.XAVIER_UNIFORM, 1, 10);
        for (int l = 1; l < net.layerCount(); l++) {
            assertTrue(LayerStats.unitSpread(net, theta, l) > 0.05);
            assertTrue(!LayerStats.unitsIdentical(net, theta, l, 1e-3));
        }
    }
}
