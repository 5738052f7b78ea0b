package descent.core.nn;

import descent.core.math.Rng;

/**
 * Weight initializations (CURRICULUM §4). For weight layer l with m inputs (fan-in) and n outputs
 * (fan-out), each entry of W_l is drawn independently, layer by layer in θ order; biases start at 0.
 *
 * <p>{@code scale} multiplies every draw (1 = the textbook rule), so the same rule can be made "too small"
 * or "too large" to show activations vanishing or exploding through depth; for {@link #NORMAL} it is σ.
 */
public enum Init {
    /** Glorot &amp; Bengio: W ~ U(−√6/√(m+n), √6/√(m+n)). */
    XAVIER_UNIFORM {
        @Override
        double draw(int m, int n, Rng rng) {
            double r = Math.sqrt(6.0 / (m + n));
            return rng.uniform(-r, r);
        }
    },
    /** He et al., for ReLU: W ~ N(0, 2/m). */
    HE_NORMAL {
        @Override
        double draw(int m, int n, Rng rng) {
            return Math.sqrt(2.0 / m) * rng.nextGaussian();
        }
    },
    /** W ~ U(−1/√m, 1/√m). */
    UNIFORM_1_OVER_SQRT_M {
        @Override
        double draw(int m, int n, Rng rng) {
            double r = 1 / Math.sqrt(m);
            return rng.uniform(-r, r);
        }
    },
    /** W = 0: every unit of a layer computes the same thing and receives the same gradient, forever. */
    ZERO {
        @Override
        double draw(int m, int n, Rng rng) {
            return 0;
        }
    },
    /** W ~ N(0, scale²), whatever the layer's size. */
    NORMAL {
        @Override
        double draw(int m, int n, Rng rng) {
            return rng.nextGaussian();
        }
    };

    /** One weight of a layer with fan-in m and fan-out n, before scaling. */
    abstract double draw(int m, int n, Rng rng);

    /** Fills θ[0 .. network.parameterCount()) with fresh weights and zero biases. */
    public void initialize(Network network, double[] theta, Rng rng, double scale) {
        for (int l = 0; l < network.layerCount(); l++) {
            int m = network.width(l);
            int n = network.width(l + 1);
            int wo = network.weightOffset(l);
            for (int p = 0; p < m * n; p++) {
                theta[wo + p] = scale * draw(m, n, rng);
            }
            int bo = network.biasOffset(l);
            for (int j = 0; j < n; j++) {
                theta[bo + j] = 0;
            }
        }
        if (network.hasBatchNorm()) {
            for (int l = 1; l < network.layerCount(); l++) {
                for (int j = 0; j < network.width(l); j++) {
                    theta[network.gammaOffset(l) + j] = 1;
                    theta[network.betaOffset(l) + j] = 0;
                }
            }
        }
    }
}
