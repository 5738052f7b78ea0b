package descent.core.experiment;

import descent.core.nn.Network;

/**
 * What the layers lab's network learns and how it is scored: the examples, the network shaped for them
 * (n₀ = d inputs → D hidden layers of W → K outputs) and the loss of one forward-pass row. The lab itself only
 * knows rows and indices, so that its statistics are measured the same way whatever the data.
 *
 * <p>Two kinds: the circle ({@link CircleExamples}: d = 2, one sigmoid output, binary cross-entropy) and a
 * K-class table ({@link TableExamples}: e.g. the 8×8 digits, d = 64, K = 10 logits, softmax cross-entropy).
 * Nothing here allocates after construction.
 */
abstract class LabExamples {
    /** The circle when the settings name no table, else the table. */
    static LabExamples create(LayerLab.Settings s, RunConfig rc) {
        return s.table == null ? new CircleExamples(s, rc) : new TableExamples(s, rc);
    }

    /** Layer sizes d, W × D, K. */
    static int[] sizes(int inputs, LayerLab.Settings s, int outputs) {
        int[] sizes = new int[s.depth + 2];
        sizes[0] = inputs;
        for (int l = 1; l <= s.depth; l++) {
            sizes[l] = s.width;
        }
        sizes[s.depth + 1] = outputs;
        return sizes;
    }

    abstract Network network();

    /** n, the training examples; indices below refer to them. */
    abstract int trainSize();

    /** n of the validation split. */
    abstract int validationSize();

    /** Makes training examples indices[0..count) the minibatch of {@link #valueAndGradient}. */
    abstract void setBatch(int[] indices, int count);

    /** The minibatch's mean loss J(θ), with ∇J written into gradient (running averages updated). */
    abstract double valueAndGradient(double[] theta, double[] gradient);

    /** A forward pass over training examples indices[0..count), in the network's current mode. */
    abstract void forward(double[] theta, int[] indices, int count);

    /** The loss of row r of the last forward pass, whose example is training example i. */
    abstract double loss(int r, int i);

    /** The same, and writes ∂L/∂z of row r divided by n (a mean over n rows) into the network's output delta. */
    abstract double lossAndDelta(int r, int i, int n);

    /**
     * The fraction of the validation split classified right in evaluation mode (running averages): ŷ &gt; ½ for
     * the circle, argmax_k z_k = y for a table. Clobbers the network's buffers.
     */
    abstract double validationAccuracy(double[] theta);
}
