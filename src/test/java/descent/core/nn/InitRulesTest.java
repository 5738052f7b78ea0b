package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

/** Every initialization against its formula: variance, bounds, orthogonality, sparsity, ids. */
class InitRulesTest {
    /** Layers 60 → 90 → 40 → 1: fan-out larger, then smaller, than fan-in. */
    private final Network net = new Network(new int[] {60, 90, 40, 1}, Activation.TANH, Activation.LINEAR);

    private double[] filled(Init init, double scale, double gain, int nonZero, int seed) {
        double[] theta = new double[net.parameterCount()];
        java.util.Arrays.fill(theta, 7.0); // every entry must be written
        init.initialize(net, theta, new Rng(seed), scale, gain, nonZero);
        return theta;
    }

    /** E[W²] over weight layer l (the means are 0, so this is the variance the formulas give). */
    private double secondMoment(double[] theta, int l) {
        double sq = 0;
        for (int p = net.weightOffset(l); p < net.biasOffset(l); p++) {
            sq += theta[p] * theta[p];
        }
        return sq / (net.biasOffset(l) - net.weightOffset(l));
    }

    private double max(double[] theta, int l) {
        double max = 0;
        for (int p = net.weightOffset(l); p < net.biasOffset(l); p++) {
            max = Math.max(max, Math.abs(theta[p]));
        }
        return max;
    }

    @Test
    void everyRandomRuleHasTheVarianceOfItsFormula() {
        double scale = 0.7;
        double gain = 1.3;
        int k = 9;
        for (Init init : Init.values()) {
            double[] theta = filled(init, scale, gain, k, 5);
            for (int l = 0; l < 2; l++) {
                int m = net.width(l);
                int n = net.width(l + 1);
                double expected = init.variance(m, n, scale, gain, k);
                double measured = secondMoment(theta, l);
                // four standard errors of a second moment of N non-zero draws (≤ √2/√N relative, Gaussian)
                int draws = n * (init == Init.SPARSE ? Math.min(k, m) : m);
                assertEquals(expected, measured, 4 * Math.sqrt(2.0 / draws) * expected,
                    init + " layer " + l + " (" + m + " → " + n + ")");
            }
            for (int l = 0; l < net.layerCount(); l++) {
                for (int j = 0; j < net.width(l + 1); j++) {
                    assertEquals(0.0, theta[net.biasOffset(l) + j], init + ": biases start at 0");
                }
            }
        }
    }

    @Test
    void theFormulasAreTheTextbookOnes() {
        int m = 60;
        int n = 90;
        assertEquals(1.0 / (3 * m), Init.UNIFORM_1_OVER_SQRT_M.variance(m, n, 1, 1, 15), 1e-18);
        assertEquals(2.0 / (m + n), Init.XAVIER_UNIFORM.variance(m, n, 1, 1, 15), 1e-18);
        assertEquals(2.0 / (m + n), Init.XAVIER_NORMAL.variance(m, n, 1, 1, 15), 1e-18);
        assertEquals(2.0 / m, Init.HE_UNIFORM.variance(m, n, 1, 1, 15), 1e-18);
        assertEquals(2.0 / m, Init.HE_NORMAL.variance(m, n, 1, 1, 15), 1e-18);
        assertEquals(4.0 / n, Init.ORTHOGONAL.variance(m, n, 1, 2, 15), 1e-18);
        assertEquals(15.0 / m, Init.SPARSE.variance(m, n, 1, 1, 15), 1e-18);
        assertEquals(0.25, Init.NORMAL.variance(m, n, 0.5, 1, 15), 1e-18);
    }

    @Test
    void uniformRulesStayInsideTheirBounds() {
        double[] xavier = filled(Init.XAVIER_UNIFORM, 1, 1, 15, 1);
        double[] he = filled(Init.HE_UNIFORM, 1, 1, 15, 1);
        double[] uniform = filled(Init.UNIFORM_1_OVER_SQRT_M, 1, 1, 15, 1);
        for (int l = 0; l < 2; l++) {
            int m = net.width(l);
            int n = net.width(l + 1);
            double xb = Math.sqrt(6.0) / Math.sqrt(m + n); // √6, not 6
            assertTrue(max(xavier, l) <= xb && max(xavier, l) > 0.98 * xb);
            double hb = Math.sqrt(6.0 / m);
            assertTrue(max(he, l) <= hb && max(he, l) > 0.98 * hb);
            double ub = 1 / Math.sqrt(m);
            assertTrue(max(uniform, l) <= ub && max(uniform, l) > 0.98 * ub);
        }
    }

    @Test
    void zeroAndConstantAreNotRandom() {
        double[] zero = filled(Init.ZERO, 5, 1, 15, 1);
        double[] constant = filled(Init.CONSTANT, 0.25, 1, 15, 1);
        for (int l = 0; l < net.layerCount(); l++) {
            for (int p = net.weightOffset(l); p < net.biasOffset(l); p++) {
                assertEquals(0.0, zero[p]);
                assertEquals(0.25, constant[p]);
            }
        }
    }

    /** W·Wᵀ (rows) or Wᵀ·W (columns) of the n × m weight layer l, compared with g² I. */
    private static void assertOrthogonal(double[] theta, int offset, int n, int m, double g) {
        boolean rows = n <= m; // the shorter side is orthonormal
        int size = rows ? n : m;
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                double dot = 0;
                if (rows) {
                    for (int i = 0; i < m; i++) {
                        dot += theta[offset + a * m + i] * theta[offset + b * m + i];
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        dot += theta[offset + j * m + a] * theta[offset + j * m + b];
                    }
                }
                assertEquals(a == b ? g * g : 0, dot, 1e-12 * g * g, n + "×" + m + " entry " + a + "," + b);
            }
        }
    }

    @Test
    void orthogonalWeightsHaveOrthonormalRowsOrColumnsTimesTheGain() {
        double g = 1.7;
        double[] theta = filled(Init.ORTHOGONAL, 1, g, 15, 3);
        assertOrthogonal(theta, net.weightOffset(0), 90, 60, g); // tall: WᵀW = g²I
        assertOrthogonal(theta, net.weightOffset(1), 40, 90, g); // wide: WWᵀ = g²I
        assertOrthogonal(theta, net.weightOffset(2), 1, 40, g); // one row of length g
        Network square = new Network(new int[] {16, 16, 16, 1}, Activation.TANH, Activation.LINEAR);
        double[] sq = new double[square.parameterCount()];
        Init.ORTHOGONAL.initialize(square, sq, new Rng(4), 0.5, 2, 15); // scale and gain multiply
        assertOrthogonal(sq, square.weightOffset(0), 16, 16, 1.0);
        assertOrthogonal(sq, square.weightOffset(1), 16, 16, 1.0);
        for (int p = 0; p < 16; p++) { // both conditions for a square matrix
            double col = 0;
            for (int j = 0; j < 16; j++) {
                col += sq[square.weightOffset(1) + j * 16 + p] * sq[square.weightOffset(1) + j * 16 + p];
            }
            assertEquals(1.0, col, 1e-12);
        }
    }

    @Test
    void sparseGivesEveryUnitExactlyKNonZeroIncomingWeights() {
        int k = 9;
        double[] theta = filled(Init.SPARSE, 1, 1, k, 6);
        for (int l = 0; l < 2; l++) { // the last layer has a single unit
            int m = net.width(l);
            boolean[] used = new boolean[m];
            for (int j = 0; j < net.width(l + 1); j++) {
                int nonZero = 0;
                for (int i = 0; i < m; i++) {
                    if (theta[net.weightOffset(l) + j * m + i] != 0) {
                        nonZero++;
                        used[i] = true;
                    }
                }
                assertEquals(k, nonZero, "layer " + l + " unit " + j);
            }
            int inputsUsed = 0;
            for (boolean u : used) {
                inputsUsed += u ? 1 : 0;
            }
            assertTrue(inputsUsed > 0.9 * m, "the non-zero positions differ from unit to unit");
        }
        Network narrow = new Network(new int[] {2, 5, 1}, Activation.TANH, Activation.LINEAR);
        double[] dense = new double[narrow.parameterCount()];
        Init.SPARSE.initialize(narrow, dense, new Rng(1), 1, 1, Init.DEFAULT_NON_ZERO); // k > fan-in: dense
        for (int p = 0; p < narrow.biasOffset(0); p++) {
            assertNotEquals(0.0, dense[p]);
        }
        assertThrows(IllegalArgumentException.class, () -> Init.SPARSE.initialize(narrow, dense, new Rng(1), 1, 1, 0));
    }

    @Test
    void scaleMultipliesEveryRuleAndTheSeedFixesTheWeights() {
        for (Init init : Init.values()) {
            double[] one = filled(init, 1, 1.5, 7, 9);
            double[] half = filled(init, 0.5, 1.5, 7, 9);
            double[] again = filled(init, 1, 1.5, 7, 9);
            for (int p = 0; p < one.length; p++) {
                assertEquals(0.5 * one[p], half[p], 1e-15, init.id());
                assertEquals(one[p], again[p], 0.0, init.id());
            }
        }
    }

    @Test
    void batchNormStartsAsTheIdentityAndLeavesTheWeightsAsWithout() {
        int[] sizes = {2, 8, 6, 1};
        Network plain = new Network(sizes, Activation.TANH, Activation.SIGMOID);
        for (BatchNormPlacement placement : new BatchNormPlacement[] {BatchNormPlacement.BEFORE_ACTIVATION,
            BatchNormPlacement.AFTER_ACTIVATION}) {
            Network bn = new Network(sizes, Activation.TANH, Activation.SIGMOID, placement);
            assertEquals(plain.parameterCount() + 2 * (8 + 6), bn.parameterCount());
            for (Init init : Init.values()) {
                double[] a = new double[plain.parameterCount()];
                double[] b = new double[bn.parameterCount()];
                java.util.Arrays.fill(b, 3.0);
                init.initialize(plain, a, new Rng(2), 1);
                init.initialize(bn, b, new Rng(2), 1);
                for (int p = 0; p < a.length; p++) {
                    assertEquals(a[p], b[p], 0.0, init + ": same seed, same weights with or without batch norm");
                }
                for (int l = 1; l <= 2; l++) {
                    for (int j = 0; j < sizes[l]; j++) {
                        assertEquals(1.0, b[bn.gammaOffset(l) + j]);
                        assertEquals(0.0, b[bn.betaOffset(l) + j]);
                    }
                }
            }
        }
    }

    @Test
    void idsRoundTripWithTheAliasesTheIssueAsksFor() {
        for (Init init : Init.values()) {
            assertSame(init, Init.fromId(init.id()));
            assertTrue(init.label().length() > 2);
        }
        String[] required = {"zero", "uniform", "xavier", "xavier-normal", "he", "he-normal", "orthogonal", "sparse",
            "normal", "constant", "he-uniform", "xavier-uniform"};
        for (String id : required) {
            assertTrue(Init.fromId(id) != null, id);
        }
        assertSame(Init.HE_NORMAL, Init.fromId("he"));
        assertSame(Init.HE_NORMAL, Init.fromId("he-normal"));
        assertSame(Init.XAVIER_UNIFORM, Init.fromId("xavier"));
        assertSame(Init.UNIFORM_1_OVER_SQRT_M, Init.fromId("uniform"));
        assertNull(Init.fromId("Xavier"));
        assertNull(Init.fromId("XAVIER_UNIFORM"));
        assertNull(Init.fromId(""));
        assertTrue(Init.ids().startsWith("zero, constant, uniform, xavier, "));
    }
}
