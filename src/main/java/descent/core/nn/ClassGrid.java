package descent.core.nn;

/**
 * A K-class decision map: a network with two inputs and K logits evaluated on the same grid of cell centres
 * as {@link OutputGrid} (row 0 at the top), giving each cell its predicted class argmax_k z_k and
 * the confidence p_max = softmax(z)_max ∈ [1/K, 1], which a map shows as the class colour and its brightness.
 * Batch norm uses the running averages; nothing is allocated after the network's first chunk.
 */
public final class ClassGrid {
    private ClassGrid() {
    }

    /**
     * Writes cell r·resolution + c of {@code classes} and {@code confidence} for the cell centre
     * (xMin + (c + ½)·Δx, yMax − (r + ½)·Δy).
     */
    public static void evaluate(Network network, double[] theta, double xMin, double xMax, double yMin, double yMax,
                                int resolution, int[] classes, double[] confidence) {
        if (network.inputSize() != 2) {
            throw new IllegalArgumentException("a map needs a network of 2 inputs, not " + network.inputSize());
        }
        int k = network.outputSize();
        if (k < 2) {
            throw new IllegalArgumentException("a class map needs at least 2 outputs, not " + k);
        }
        int total = resolution * resolution;
        if (classes.length < total || confidence.length < total) {
            throw new IllegalArgumentException("the grid needs " + total + " cells");
        }
        boolean wasTraining = network.isTraining();
        network.setTraining(false);
        network.ensureCapacity(Network.CHUNK);
        double dx = (xMax - xMin) / resolution;
        double dy = (yMax - yMin) / resolution;
        try {
            int cell = 0;
            while (cell < total) {
                int n = Math.min(Network.CHUNK, total - cell);
                double[] in = network.input();
                GridCells.fill(in, cell, n, resolution, xMin, yMax, dx, dy);
                network.forwardInput(theta, n);
                double[] z = network.logits();
                for (int b = 0; b < n; b++) {
                    int best = SoftmaxCrossEntropy.predictedClass(z, b, k);
                    classes[cell + b] = best;
                    confidence[cell + b] = SoftmaxCrossEntropy.probability(z, b, k, best);
                }
                cell += n;
            }
        } finally {
            network.setTraining(wasTraining);
        }
    }
}
