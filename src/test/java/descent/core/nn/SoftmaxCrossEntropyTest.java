package descent.core.nn;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Softmax cross-entropy: hand values, finite differences, the K = 2 logistic case and huge logits. */
class SoftmaxCrossEntropyTest {
    @Test
    void equalLogitsCostLnK() {
        double[] z = {0, 0, 0, 5, 5, 5, 5};
        assertEquals(Math.log(3), SoftmaxCrossEntropy.value(z, 0, 3, 2), 1e-15);
        // Row 1 of width 3 is z[3..6) = 5, 5, 5.
        assertEquals(Math.log(3), SoftmaxCrossEntropy.value(z, 1, 3, 0), 1e-15);
    }

    @Test
    void handValueAndGradient() {
        // z = (ln 1, ln 2, ln 5): p = (1/8, 2/8, 5/8); y = 1 ⇒ L = ln 4, ∂L/∂z = (1/8, 2/8 − 1, 5/8).
        double[] z = {0, Math.log(2), Math.log(5)};
        double[] g = new double[3];
        double loss = SoftmaxCrossEntropy.gradient(z, 0, 3, 1, 1, g, 0);
        assertEquals(Math.log(4), loss, 1e-15);
        assertEquals(0.125, g[0], 1e-15);
        assertEquals(-0.75, g[1], 1e-15);
        assertEquals(0.625, g[2], 1e-15);
        assertEquals(0.625, SoftmaxCrossEntropy.probability(z, 0, 3, 2), 1e-15);
        assertEquals(2, SoftmaxCrossEntropy.predictedClass(z, 0, 3));
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Rng rng = new Rng(3);
        int k = 5;
        double h = 1e-5;
        for (int trial = 0; trial < 50; trial++) {
            double[] z = new double[k];
            for (int j = 0; j < k; j++) {
                z[j] = 4 * (rng.nextDouble() - 0.5);
            }
            int label = trial % k;
            double[] g = new double[k];
            SoftmaxCrossEntropy.gradient(z, 0, k, label, 1, g, 0);
            for (int j = 0; j < k; j++) {
                double keep = z[j];
                z[j] = keep + h;
                double up = SoftmaxCrossEntropy.value(z, 0, k, label);
                z[j] = keep - h;
                double down = SoftmaxCrossEntropy.value(z, 0, k, label);
                z[j] = keep;
                assertEquals((up - down) / (2 * h), g[j], 1e-9, "∂L/∂z_" + j);
            }
        }
    }

    @Test
    void twoClassesAreTheLogisticLossOfTheDifference() {
        for (double a = -30; a <= 30; a += 1.7) {
            for (double b = -3; b <= 3; b += 0.9) {
                double[] z = {b, a + b};
                for (int y = 0; y <= 1; y++) {
                    double logistic = Loss.CROSS_ENTROPY.value(a, 1 / (1 + Math.exp(-a)), y);
                    assertEquals(logistic, SoftmaxCrossEntropy.value(z, 0, 2, y), 1e-12);
                }
            }
        }
    }

    @Test
    void hugeLogitsStayFinite() {
        double[] z = {1000, -1000, 999};
        double loss = SoftmaxCrossEntropy.value(z, 0, 3, 2);
        assertEquals(1 + Math.log1p(Math.exp(-1)), loss, 1e-12);
        double[] g = new double[3];
        SoftmaxCrossEntropy.gradient(z, 0, 3, 1, 0.5, g, 0);
        assertEquals(-0.5, g[1], 1e-12);
        assertTrue(Double.isFinite(g[0]) && Double.isFinite(g[2]));
        assertEquals(0, g[0] + g[1] + g[2], 1e-13, "the gradient sums to 0 up to rounding of Σp = 1");
    }

    @Test
    void confusionMatrixCountsByHand() {
        ConfusionMatrix c = new ConfusionMatrix(3);
        c.add(0, 0);
        c.add(0, 1);
        c.add(1, 1);
        c.add(2, 2);
        assertEquals(0.75, c.accuracy(), 1e-15);
        assertEquals(0.5, c.classAccuracy(0), 1e-15);
        assertEquals(1, c.count(0, 1));
        assertTrue(Double.isNaN(new ConfusionMatrix(2).accuracy()));
        c.clear();
        assertEquals(0, c.total());
        assertTrue(Double.isNaN(c.classAccuracy(2)));
    }
}
