package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Cholesky;
import descent.core.math.LuSolver;
import descent.core.math.Rng;
import descent.core.math.SymmetricEigen;
import org.junit.jupiter.api.Test;

/** The solvers in descent.core.math that the second-order rules rely on (tests live here, with their users). */
class LinearAlgebraTest {
    @Test
    void choleskySolvesAndDetectsIndefiniteness() {
        // [[4, 2], [2, 3]]⁻¹ = (1/8)[[3, −2], [−2, 4]]: for b = (1, 2), x = ((3 − 4)/8, (−2 + 8)/8) = (−0.125, 0.75)
        Cholesky c = new Cholesky(2);
        assertTrue(c.factor(new double[] {4, 2, 2, 3}));
        double[] x = new double[2];
        c.solve(new double[] {1, 2}, x);
        assertArrayEquals(new double[] {-0.125, 0.75}, x, 1e-15);
        assertFalse(c.factor(new double[] {1, 2, 2, 1})); // eigenvalues 3, −1
        assertFalse(c.factor(new double[] {1, 1, 1, 1})); // singular
        assertFalse(c.factor(new double[] {Double.NaN, 0, 0, 1}));
    }

    @Test
    void luPivotsAndDetectsSingularity() {
        LuSolver lu = new LuSolver(2);
        assertTrue(lu.factor(new double[] {0, 1, 1, 0})); // needs a row swap
        double[] x = new double[2];
        lu.solve(new double[] {2, 3}, x);
        assertArrayEquals(new double[] {3, 2}, x, 0);
        assertTrue(lu.factor(new double[] {2, 0, 0, -2})); // indefinite is fine for LU
        lu.solve(new double[] {2, 2}, x);
        assertArrayEquals(new double[] {1, -1}, x, 0);
        assertFalse(lu.factor(new double[] {1, 2, 2, 4}));
        assertFalse(lu.factor(new double[] {0, 0, 0, 0}));
    }

    @Test
    void eigenOfATwoByTwo() {
        // [[2, 1], [1, 2]]: λ = 1 along (1, −1)/√2, λ = 3 along (1, 1)/√2
        SymmetricEigen e = new SymmetricEigen(2);
        assertTrue(e.decompose(new double[] {2, 1, 1, 2}));
        assertEquals(1, e.value(0), 1e-15);
        assertEquals(3, e.value(1), 1e-15);
        double r = Math.sqrt(0.5);
        assertEquals(r, Math.abs(e.vector(0, 0)), 1e-15);
        assertEquals(-Math.signum(e.vector(0, 0)) * r, e.vector(1, 0), 1e-15);
        assertEquals(Math.signum(e.vector(0, 1)) * r, e.vector(1, 1), 1e-15);
    }

    @Test
    void eigenReconstructsRandomSymmetricMatrices() {
        Rng rng = new Rng(7);
        for (int n : new int[] {1, 3, 6, 20}) {
            double[] a = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double v = rng.uniform(-1, 1);
                    a[i * n + j] = v;
                    a[j * n + i] = v;
                }
            }
            SymmetricEigen e = new SymmetricEigen(n);
            assertTrue(e.decompose(a));
            assertTrue(e.converged());
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double qlq = 0;
                    double qtq = 0;
                    for (int k = 0; k < n; k++) {
                        qlq += e.vector(i, k) * e.value(k) * e.vector(j, k);
                        qtq += e.vector(k, i) * e.vector(k, j);
                    }
                    assertEquals(a[i * n + j], qlq, 1e-12, "QΛQᵀ = A");
                    assertEquals(i == j ? 1 : 0, qtq, 1e-12, "QᵀQ = I");
                }
                if (i > 0) {
                    assertTrue(e.value(i - 1) <= e.value(i), "ascending");
                }
            }
        }
    }
}
