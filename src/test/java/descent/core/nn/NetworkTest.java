package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void layoutIsWeightsRowMajorThenBiasesPerLayer() {
        Network net = new Network(new int[] {2, 3, 4, 1}, Activation.TANH, Activation.SIGMOID);
        assertEquals(0, net.weightOffset(0));
        assertEquals(6, net.biasOffset(0));
        assertEquals(9, net.weightOffset(1));
        assertEquals(21, net.biasOffset(1));
        assertEquals(25, net.weightOffset(2));
        assertEquals(29, net.biasOffset(2));
        assertEquals(30, net.parameterCount());
        assertEquals(3, net.layerCount());
    }

    @Test
    void forwardMatchesAHandWrittenTwoLayerNetwork() {
        Network net = new Network(new int[] {2, 2, 1}, Activation.TANH, Activation.SIGMOID);
        // W0 = [[0.5, -1], [2, 0.25]], b0 = [0.1, -0.3], W1 = [[1.5, -0.7]], b1 = [0.2]
        double[] theta = {0.5, -1, 2, 0.25, 0.1, -0.3, 1.5, -0.7, 0.2};
        double x0 = 0.8;
        double x1 = -1.3;
        double h0 = Math.tanh(0.5 * x0 - 1 * x1 + 0.1);
        double h1 = Math.tanh(2 * x0 + 0.25 * x1 - 0.3);
        double z = 1.5 * h0 - 0.7 * h1 + 0.2;
        double expected = 1 / (1 + Math.exp(-z));
        assertEquals(expected, net.predict(theta, x0, x1), 1e-15);
        assertEquals(z, net.logits()[0], 1e-15);
        assertEquals(h1, net.activations(1)[1], 1e-15);
    }

    @Test
    void gridRowsRunFromTopToBottomThroughCellCentres() {
        Network net = new Network(new int[] {2, 5, 1}, Activation.RELU, Activation.LINEAR);
        double[] theta = new double[net.parameterCount()];
        Init.NORMAL.initialize(net, theta, new Rng(3), 1);
        int res = 37; // not a multiple of the chunk size, so the last chunk is partial
        double[] grid = new double[res * res];
        OutputGrid.evaluate(net, theta, -6, 6, -4, 2, res, grid);
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                double x = -6 + (c + 0.5) * 12.0 / res;
                double y = 2 - (r + 0.5) * 6.0 / res;
                assertEquals(net.predict(theta, x, y), grid[r * res + c], 1e-12);
            }
        }
        // an output that is just x1 shows the orientation without the network's help
        Network identity = new Network(new int[] {2, 1}, Activation.TANH, Activation.LINEAR);
        double[] pickY = {0, 1, 0};
        double[] small = new double[4];
        OutputGrid.evaluate(identity, pickY, 0, 2, 0, 2, 2, small);
        assertEquals(1.5, small[0]); // top row
        assertEquals(0.5, small[2]); // bottom row
    }

    @Test
    void twelveHiddenLayersOfSixtyFourUnitsTrainForwardAndBackward() {
        int[] sizes = new int[14];
        sizes[0] = 2;
        for (int l = 1; l <= 12; l++) {
            sizes[l] = 64;
        }
        sizes[13] = 1;
        Network net = new Network(sizes, Activation.TANH, Activation.SIGMOID);
        assertEquals((2 * 64 + 64) + 11 * (64 * 64 + 64) + (64 + 1), net.parameterCount());
        double[] theta = new double[net.parameterCount()];
        Init.XAVIER_UNIFORM.initialize(net, theta, new Rng(1), 1);
        Dataset data = DatasetKind.SPIRAL.generate(300, 0.1, new Rng(2));
        NetworkObjective objective = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        int[] batch = new int[300]; // larger than any earlier batch: the buffers grow once
        for (int i = 0; i < batch.length; i++) {
            batch[i] = i;
        }
        objective.setBatch(batch, batch.length);
        double[] g = new double[theta.length];
        double loss = objective.valueAndGradient(theta, g);
        assertTrue(Double.isFinite(loss) && loss > 0);
        double firstLayer = 0;
        for (int p = 0; p < net.biasOffset(0); p++) {
            assertTrue(Double.isFinite(g[p]));
            firstLayer += g[p] * g[p];
        }
        assertTrue(firstLayer > 0, "the gradient reaches the first layer");
        // spot-check a few parameters of the first and last layers against central differences
        for (int p : new int[] {0, 5, 100, net.weightOffset(12), net.biasOffset(12)}) {
            double saved = theta[p];
            theta[p] = saved + 1e-5;
            double plus = objective.value(theta);
            theta[p] = saved - 1e-5;
            double minus = objective.value(theta);
            theta[p] = saved;
            assertEquals((plus - minus) / 2e-5, g[p], 1e-6 * Math.abs(g[p]) + 1e-9, "parameter " + p);
        }
    }

    @Test
    void evaluatorCountsCorrectPredictionsAcrossChunks() {
        Network net = new Network(new int[] {2, 1}, Activation.TANH, Activation.SIGMOID);
        double[] theta = {1, 0, 0}; // p(y=1) = σ(x0): predicts 1 on the right half
        Dataset data = DatasetKind.XOR.generate(601, 0, new Rng(5)); // 601 > 2 chunks
        int correct = 0;
        double loss = 0;
        for (int i = 0; i < data.size(); i++) {
            if ((data.x0(i) >= 0 ? 1 : 0) == data.y(i)) {
                correct++;
            }
            double p = 1 / (1 + Math.exp(-data.x0(i)));
            loss -= data.y(i) == 1 ? Math.log(p) : Math.log(1 - p);
        }
        Evaluator e = new Evaluator(net, Loss.CROSS_ENTROPY);
        e.evaluate(theta, data);
        assertEquals((double) correct / data.size(), e.accuracy(), 1e-15);
        assertEquals(loss / data.size(), e.loss(), 1e-12);
    }
}
