package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.RunSetup;
import descent.core.math.Rng;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import org.junit.jupiter.api.Test;

/** Line and plane slices of a trained comparison lane's loss, filter normalization and path projection. */
class NetworkSlicesTest {
    private static NetworkSlices slicesOfATrainedLane(Run[] out) {
        Race race = new Race(new PlaygroundConfig());
        Run run = race.run(0);
        for (int i = 0; i < 500; i++) {
            run.step();
        }
        out[0] = run;
        Network net = RunSetup.makeNetwork(run.config());
        NetworkObjective full = new NetworkObjective(net, run.config().effectiveLoss(), run.train());
        int n = run.train().size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        full.setBatch(all, n);
        return new NetworkSlices(full, net, run.initialParameters(), run.parameters(), new Rng(5), 21, 9, 1);
    }

    @Test
    void chunksFillTheLineAndThePlaneWithFiniteValues() {
        Run[] run = new Run[1];
        NetworkSlices s = slicesOfATrainedLane(run);
        assertEquals(21 + 81, s.total());
        int rounds = 0;
        while (!s.advance(10)) {
            rounds++;
            assertTrue(s.progress() > 0 && s.progress() < 1);
        }
        assertEquals(10, rounds);
        assertTrue(s.isDone());
        for (double v : s.line()) {
            assertTrue(Double.isFinite(v));
        }
        for (double v : s.plane()) {
            assertTrue(Double.isFinite(v));
        }
        // α = 0 is the initial loss, α = 1 the trained one, which is lower
        assertEquals(0, s.alpha(5), 1e-12);
        assertEquals(1, s.alpha(15), 1e-12);
        assertTrue(s.line()[15] < s.line()[5], s.line()[15] + " < " + s.line()[5]);
        // the plane's centre is θ_f, which is the lowest point around
        double centre = s.plane()[4 * 9 + 4];
        assertEquals(s.line()[15], centre, 1e-12);
        int lower = 0;
        for (double v : s.plane()) {
            if (v < centre) {
                lower++;
            }
        }
        assertTrue(lower < 10, "θ_f is near the bottom: " + lower + " of 81 lower");
    }

    @Test
    void directionsAreFilterNormalizedWithZeroBiases() {
        Network net = new Network(new int[] {2, 3, 1}, descent.core.nn.Activation.TANH,
                descent.core.nn.Activation.SIGMOID);
        double[] theta = new double[net.parameterCount()];
        Rng rng = new Rng(2);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = rng.uniform(-2, 2);
        }
        double[] d = new double[theta.length];
        NetworkSlices.filterNormalizedDirection(net, theta, new Rng(9), d);
        for (int l = 0; l < net.layerCount(); l++) {
            int in = net.width(l);
            for (int j = 0; j < net.width(l + 1); j++) {
                double dn = 0;
                double tn = 0;
                for (int i = 0; i < in; i++) {
                    int p = net.weightOffset(l) + j * in + i;
                    dn += d[p] * d[p];
                    tn += theta[p] * theta[p];
                }
                assertEquals(Math.sqrt(tn), Math.sqrt(dn), 1e-12);
            }
            for (int j = 0; j < net.width(l + 1); j++) {
                assertEquals(0, d[net.biasOffset(l) + j]);
            }
        }
    }

    @Test
    void projectionRecoversPointsOfThePlane() {
        Run[] run = new Run[1];
        NetworkSlices s = slicesOfATrainedLane(run);
        double[] f = run[0].parameters();
        double[] theta = new double[f.length];
        for (int p = 0; p < f.length; p++) {
            theta[p] = f[p] + 0.3 * s.direction1()[p] - 0.7 * s.direction2()[p];
        }
        double[] ab = new double[2];
        s.project(theta, ab);
        assertEquals(0.3, ab[0], 1e-9);
        assertEquals(-0.7, ab[1], 1e-9);
        s.project(f, ab);
        assertEquals(0, ab[0], 1e-12);
        assertFalse(Double.isNaN(ab[1]));
    }
}
