package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void crossEntropyMatchesTheTextbookFormulaWhereThatIsSafe() {
        for (double z = -8; z <= 8; z += 0.5) {
            double p = 1 / (1 + Math.exp(-z));
            assertEquals(-Math.log(p), Loss.CROSS_ENTROPY.value(z, p, 1), 1e-12);
            assertEquals(-Math.log(1 - p), Loss.CROSS_ENTROPY.value(z, p, 0), 1e-12);
            assertEquals(p - 1, Loss.CROSS_ENTROPY.gradientWrtLogit(z, p, 1, Activation.SIGMOID), 1e-15);
        }
    }

    @Test
    void crossEntropyStaysFiniteAndAccurateForHugeLogits() {
        // the naive −ln σ(z) gives ∞ for z = −800 and 0 (not e^{−40}) for z = 40
        assertEquals(800, Loss.CROSS_ENTROPY.value(-800, 0, 1), 1e-9);
        assertEquals(800, Loss.CROSS_ENTROPY.value(800, 1, 0), 1e-9);
        assertEquals(Math.exp(-40), Loss.CROSS_ENTROPY.value(40, 1, 1), 1e-30);
        assertTrue(Loss.CROSS_ENTROPY.value(-800, 0, 0) >= 0);
    }

    @Test
    void squaredErrorIsHalfTheSquareAndItsChainRule() {
        assertEquals(0.5 * 0.09, Loss.SQUARED_ERROR.value(0, 0.7, 1), 1e-15);
        double a = Math.tanh(0.3);
        assertEquals((a - 0.2) * (1 - a * a), Loss.SQUARED_ERROR.gradientWrtLogit(0.3, a, 0.2, Activation.TANH), 1e-15);
        double s = 1 / (1 + Math.exp(-0.3));
        assertEquals((s - 1) * s * (1 - s), Loss.SQUARED_ERROR.gradientWrtLogit(0.3, s, 1, Activation.SIGMOID), 1e-15);
    }

    @Test
    void activationDerivativesFromTheOutputMatchFiniteDifferences() {
        double h = 1e-6;
        for (Activation f : Activation.values()) {
            for (double z = -3.05; z <= 3; z += 0.5) {
                double numeric = (f.apply(z + h) - f.apply(z - h)) / (2 * h);
                assertEquals(numeric, f.derivativeFromOutput(f.apply(z)), 1e-8, f + " at " + z);
            }
        }
    }

    @Test
    void crossEntropyRefusesAnOutputThatIsNotAProbability() {
        Network linear = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.LINEAR);
        assertThrows(IllegalArgumentException.class,
                () -> new NetworkObjective(linear, Loss.CROSS_ENTROPY,
                        descent.core.data.DatasetKind.CIRCLE.generate(4, 0, new descent.core.math.Rng(1))));
    }
}
