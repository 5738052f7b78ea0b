package descent.core.nn;

/**
 * A network's output (first unit) on a grid of cell centres over a square of the plane: what a heat map draws.
 * {@link ClassGrid} is the K-class map on the same grid.
 */
public final class OutputGrid {
    private OutputGrid() {
    }

    /**
     * The output (first unit) on a resolution × resolution grid of cell centres covering
     * [xMin, xMax] × [yMin, yMax], written row by row into out[0 .. resolution²): row r (0 = top) is at
     * y = yMax − (r + ½)·(yMax − yMin)/resolution, column c at x = xMin + (c + ½)·(xMax − xMin)/resolution,
     * so out[r·resolution + c] is the pixel (c, r) of an image drawn over that square. Batch norm uses the
     * running averages; clobbers the network's stored activations.
     *
     * <p>Runs in chunks of {@link Network#CHUNK} points through the network's buffers: no allocation after the
     * first call.
     */
    public static void evaluate(Network network, double[] theta, double xMin, double xMax, double yMin,
                                double yMax, int resolution, double[] out) {
        network.requirePlaneInput();
        int total = resolution * resolution;
        if (out.length < total) {
            throw new IllegalArgumentException("out holds " + out.length + " values, the grid needs " + total);
        }
        network.ensureCapacity(Network.CHUNK);
        double dx = (xMax - xMin) / resolution;
        double dy = (yMax - yMin) / resolution;
        double[] in = network.input();
        int outStride = network.outputSize();
        int cell = 0;
        while (cell < total) {
            int n = Math.min(Network.CHUNK, total - cell);
            GridCells.fill(in, cell, n, resolution, xMin, yMax, dx, dy);
            network.predictInput(theta, n);
            double[] a = network.outputs();
            for (int b = 0; b < n; b++) {
                out[cell + b] = a[b * outStride];
            }
            cell += n;
        }
    }
}
