package descent.core.nn;

/**
 * L2 weight decay in the loss, R(θ) = (λ/2) Σ_l ‖W_l‖² with ∂R/∂W = λW, over the weight matrices only: biases and
 * batch norm's γ and β carry none (decaying them does not limit what the network can express, it only shifts
 * it). An adaptive rule rescales this gradient per parameter like any other, which is how "Adam + L2" differs
 * from AdamW's decoupled decay (Loshchilov &amp; Hutter 2019).
 */
public final class WeightDecay {
    private WeightDecay() {
    }

    /** (λ/2) Σ_l ‖W_l‖²; 0 when λ = 0. */
    public static double value(Network network, double[] theta, double lambda) {
        if (lambda == 0) {
            return 0;
        }
        double sq = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            for (int p = network.weightOffset(l); p < network.biasOffset(l); p++) {
                sq += theta[p] * theta[p];
            }
        }
        double half = 0.5 * lambda;
        return half * sq;
    }

    /** ‖W‖ = √(Σ_l ‖W_l‖²), the weights' Euclidean norm (biases, γ and β excluded): what decay pulls in. */
    public static double norm(Network network, double[] theta) {
        double sq = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            for (int p = network.weightOffset(l), end = network.biasOffset(l); p < end; p++) {
                sq += theta[p] * theta[p];
            }
        }
        return Math.sqrt(sq);
    }

    /** gradient += λW on every weight. */
    public static void addGradient(Network network, double[] theta, double lambda, double[] gradient) {
        if (lambda == 0) {
            return;
        }
        for (int l = 0; l < network.layerCount(); l++) {
            for (int p = network.weightOffset(l); p < network.biasOffset(l); p++) {
                gradient[p] += lambda * theta[p];
            }
        }
    }

    /** Throws unless λ is a finite number ≥ 0. */
    public static double check(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("the weight decay λ must be a finite number ≥ 0, not " + lambda);
        }
        return lambda;
    }
}
