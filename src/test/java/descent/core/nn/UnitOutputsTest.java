package descent.core.nn;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.math.Rng;
import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UnitOutputsTest {
    @Test
    void everyUnitsPictureIsItsOutputWorkedOutByHand() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID);
        double[] theta = new double[net.parameterCount()];
        Rng rng = new Rng(7);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = rng.nextGaussian();
        }
        int res = 4;
        double e = 2;
        double[][] out = {null, new double[3 * res * res], new double[res * res]};
        UnitOutputs.overPlane(net, theta, e, res, out);
        int w = net.weightOffset(0);
        int b = net.biasOffset(0);
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                double x = -e + (c + 0.5) * (2 * e / res);
                double y = e - (r + 0.5) * (2 * e / res);
                for (int u = 0; u < 3; u++) {
                    double z = theta[w + 2 * u] * x + theta[w + 2 * u + 1] * y + theta[b + u];
                    assertEquals(Math.tanh(z), out[1][u * res * res + r * res + c], 1e-12, "unit " + u);
                }
                assertEquals(net.predict(theta, x, y), out[2][r * res + c], 1e-12, "the output unit");
            }
        }
        Network wide = new Network(new int[] {3, 2, 1}, Activation.TANH, Activation.SIGMOID);
        assertThrows(IllegalArgumentException.class, () -> UnitOutputs.overPlane(wide,
                new double[wide.parameterCount()], e, res, new double[3][16]));
    }

    @Test
    void zeroInitUnitsStayCopiesWhileXavierUnitsDiffer() {
        LaneConfig zero = LaneConfig.of(OptimizerKind.GD, 0.5);
        zero.init = Init.ZERO;
        LaneConfig xavier = LaneConfig.of(OptimizerKind.GD, 0.5);
        PlaygroundConfig c = new PlaygroundConfig();
        c.lanes = new LaneConfig[] {zero, xavier};
        Race race = new Race(c);
        race.steps(200);
        Network net = race.run(0).network();
        for (int l = 1; l < net.layerCount(); l++) {
            assertEquals(1, UnitOutputs.distinctUnits(net, race.run(0).parameters(), l, 1e-9),
                    "zero init: every unit of layer " + l + " is the same after 200 steps");
            assertEquals(net.width(l), UnitOutputs.distinctUnits(net, race.run(1).parameters(), l, 1e-9),
                    "Xavier: " + net.width(l) + " different units in layer " + l);
        }
    }
}
