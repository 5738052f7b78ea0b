package descent.core.nn;

/**
 * The running averages μ̄, σ̄ of a network's batch-norm layers, with which evaluation mode and predictions
 * normalize: after each training-mode gradient evaluation, μ̄ ← (1 − η) μ̄ + η μ and σ̄ ← (1 − η) σ̄ + η σ in
 * every layer ({@link BatchNorm} keeps each layer's). They belong to whoever trains the network: a run resets
 * them with its θ, so that a reset replays it exactly. Without batch norm there is nothing to keep.
 */
public final class RunningStatistics {
    /** Default η of the running averages: about the last 10 batches count. */
    public static final double DEFAULT_MOMENTUM = 0.1;

    /** The network's batch norms by layer; null where a layer has none (input, output, no batch norm). */
    private final BatchNorm[] norms;
    private double momentum = DEFAULT_MOMENTUM;

    RunningStatistics(BatchNorm[] norms) {
        this.norms = norms;
    }

    /** η of μ̄ ← (1 − η) μ̄ + η μ, σ̄ ← (1 − η) σ̄ + η σ. */
    public double momentum() {
        return momentum;
    }

    /** Sets η ∈ (0, 1]; 1 keeps only the last batch's statistics. */
    public void setMomentum(double eta) {
        if (!(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("the running momentum must lie in (0, 1], got " + eta);
        }
        momentum = eta;
    }

    /** Folds every layer's batch μ and σ of the last (training-mode) pass into μ̄ and σ̄. */
    void update() {
        for (int l = 1; l < norms.length - 1; l++) {
            norms[l].updateRunningStatistics(momentum);
        }
    }

    /** μ̄ = 0 and σ̄ = 1 in every layer, as after construction (a run's reset). */
    public void reset() {
        for (int l = 1; l < norms.length - 1; l++) {
            if (norms[l] != null) {
                norms[l].resetRunningStatistics();
            }
        }
    }
}
