package descent.core.nn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A linear 2-3 network whose logits are known by hand: z = (x₁, x₂, 0). */
class ClassGridTest {
    @Test
    void eachCellGetsItsArgmaxAndConfidence() {
        Network net = new Network(new int[] {2, 3}, Activation.TANH, Activation.LINEAR);
        double[] theta = new double[net.parameterCount()];
        int w = net.weightOffset(0);
        theta[w] = 1; // z₀ = x₁
        theta[w + 3] = 1; // z₁ = x₂ (row 1 of W, column 1)
        int res = 4;
        int[] classes = new int[res * res];
        double[] confidence = new double[res * res];
        ClassGrid.evaluate(net, theta, -2, 2, -2, 2, res, classes, confidence);
        // Top-right cell centre (1.5, 1.5): z = (1.5, 1.5, 0), a tie between classes 0 and 1 → the first, 0.
        assertEquals(0, classes[3]);
        // Top-left (−1.5, 1.5): class 1; bottom-left (−1.5, −1.5): class 2 with p = 1/(1 + 2e^{−1.5}).
        assertEquals(1, classes[0]);
        assertEquals(2, classes[12]);
        assertEquals(1 / (1 + 2 * Math.exp(-1.5)), confidence[12], 1e-15);
        for (double p : confidence) {
            assertTrue(p >= 1.0 / 3 - 1e-15 && p <= 1);
        }
    }

    @Test
    void needsTwoInputsAndSeveralOutputs() {
        assertThrows(IllegalArgumentException.class, () -> ClassGrid.evaluate(
                new Network(new int[] {3, 3}, Activation.TANH, Activation.LINEAR), new double[12], 0, 1, 0, 1, 2,
                new int[4], new double[4]));
        assertThrows(IllegalArgumentException.class, () -> ClassGrid.evaluate(
                new Network(new int[] {2, 1}, Activation.TANH, Activation.LINEAR), new double[3], 0, 1, 0, 1, 2,
                new int[4], new double[4]));
    }
}
