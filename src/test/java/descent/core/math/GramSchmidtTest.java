package descent.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GramSchmidtTest {
    @Test
    void columnsBecomeOrthonormalAndSpanTheSameNestedSubspaces() {
        int rows = 12;
        int cols = 7;
        Rng rng = new Rng(3);
        double[] a = new double[rows * cols];
        for (int p = 0; p < a.length; p++) {
            a[p] = rng.nextGaussian();
        }
        a[5] = a[4] * 1e6; // a badly scaled column does not matter
        double[] original = a.clone();
        assertTrue(GramSchmidt.orthonormalizeColumns(a, rows, cols));
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                double dot = 0;
                double r = 0; // (QᵀA)_ij must be upper triangular with a positive diagonal: A = QR
                for (int k = 0; k < rows; k++) {
                    dot += a[k * cols + i] * a[k * cols + j];
                    r += a[k * cols + i] * original[k * cols + j];
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-14);
                if (i > j) {
                    assertEquals(0, r, 1e-9 * Math.max(1, Math.abs(original[j])));
                }
                if (i == j) {
                    assertTrue(r > 0);
                }
            }
        }
    }

    @Test
    void nearlyDependentColumnsStillComeOutOrthogonalAndDependentOnesAreReported() {
        double[] a = {1, 1, 1, 1 + 1e-9, 1, 1}; // 3 × 2, columns nearly parallel
        assertTrue(GramSchmidt.orthonormalizeColumns(a, 3, 2));
        double dot = a[0] * a[1] + a[2] * a[3] + a[4] * a[5];
        assertEquals(0, dot, 1e-15);
        double[] b = {1, 2, 1, 2, 1, 2}; // second column = 2 × first
        assertFalse(GramSchmidt.orthonormalizeColumns(b, 3, 2));
    }
}
