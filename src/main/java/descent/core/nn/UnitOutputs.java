package descent.core.nn;

/**
 * What each unit of a network computes, for a diagram of it: the output a_{l,u}(x) of every unit u of every layer
 * l ≥ 1 over a grid on the plane (the small pictures of the course's network figures), and whether the units of a
 * layer are copies of one another — the symmetry that zero or constant initialization never breaks.
 */
public final class UnitOutputs {
    private UnitOutputs() {
    }

    /**
     * out[l][u·res² + r·res + c] = a_{l,u} at the grid point of row r (0 = top, y = e − (r + ½)·2e/res) and column c
     * (x = −e + (c + ½)·2e/res) of the square [−e, e]², for l = 1 … L (out[0] is not written). Batch norm uses its
     * running averages. Needs two inputs; runs in chunks through the network's own buffers (no allocation once
     * out is sized: out[l].length ≥ n_l·res²).
     */
    public static void overPlane(Network network, double[] theta, double extent, int resolution, double[][] out) {
        if (network.inputSize() != 2) {
            throw new IllegalArgumentException("unit pictures need two inputs, not " + network.inputSize());
        }
        int layers = network.layerCount();
        int total = resolution * resolution;
        network.ensureCapacity(Network.CHUNK);
        double step = 2 * extent / resolution;
        int cell = 0;
        while (cell < total) {
            int n = Math.min(Network.CHUNK, total - cell);
            double[] in = network.input();
            for (int b = 0; b < n; b++) {
                int idx = cell + b;
                int r = idx / resolution;
                int c = idx - r * resolution;
                in[2 * b] = -extent + (c + 0.5) * step;
                in[2 * b + 1] = extent - (r + 0.5) * step;
            }
            network.predictInput(theta, n);
            for (int l = 1; l <= layers; l++) {
                int width = network.width(l);
                double[] a = network.activations(l);
                double[] o = out[l];
                for (int b = 0; b < n; b++) {
                    for (int u = 0; u < width; u++) {
                        o[u * total + cell + b] = a[b * width + u];
                    }
                }
            }
            cell += n;
        }
    }

    /**
     * How many different units hidden or output layer l (1 … L) has: units u and v are the same when their
     * incoming weights, bias (and with batch norm γ and β) agree to within tol·(1 + |value|). A layer of n units
     * from Xavier init has n; from zero or constant init 1, for good (every unit gets the same gradient).
     */
    public static int distinctUnits(Network network, double[] theta, int l, double tol) {
        int width = network.width(l);
        int distinct = 0;
        for (int u = 0; u < width; u++) {
            boolean seen = false;
            for (int v = 0; v < u && !seen; v++) {
                seen = same(network, theta, l, u, v, tol);
            }
            distinct += seen ? 0 : 1;
        }
        return distinct;
    }

    private static boolean same(Network network, double[] theta, int l, int u, int v, double tol) {
        int m = network.width(l - 1);
        int w = network.weightOffset(l - 1);
        for (int i = 0; i < m; i++) {
            if (!near(theta[w + u * m + i], theta[w + v * m + i], tol)) {
                return false;
            }
        }
        int b = network.biasOffset(l - 1);
        if (!near(theta[b + u], theta[b + v], tol)) {
            return false;
        }
        if (network.hasBatchNorm() && l < network.layerCount()) {
            int g = network.gammaOffset(l);
            int be = network.betaOffset(l);
            return near(theta[g + u], theta[g + v], tol) && near(theta[be + u], theta[be + v], tol);
        }
        return true;
    }

    private static boolean near(double a, double b, double tol) {
        return Math.abs(a - b) <= tol * (1 + Math.abs(a));
    }
}
