package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.core.landscape.QuadraticBowl;
import descent.core.landscape.SaddleSurface;
import org.junit.jupiter.api.Test;

class TaylorTermsTest {
    @Test
    void quadraticTermsAndOptimalStep() {
        // ½(x² + 10y²) at (1, 1): g = (1, 10), gᵀg = 101, gᵀHg = 1 + 10·100 = 1001, ε* = 101/1001.
        // ε = 0.1: ε gᵀg = 10.1, ½ε² gᵀHg = 5.005; exact on a quadratic: J(θ − εg) = J(0.9, 0) = 0.405 = 5.5 − 10.1 + 5.005
        QuadraticBowl bowl = new QuadraticBowl(10);
        Objective plain = new Objective() { // same function without its exact Hessian: the differenced path
            public int dimension() {
                return 2;
            }

            public double value(double[] t) {
                return bowl.value(t);
            }

            public double valueAndGradient(double[] t, double[] g) {
                return bowl.valueAndGradient(t, g);
            }
        };
        TaylorTerms exact = new TaylorTerms(2);
        TaylorTerms differenced = new TaylorTerms(2);
        assertEquals(5.5, exact.measure(bowl, new double[] {1, 1}), 0);
        differenced.measure(plain, new double[] {1, 1});
        assertEquals(101, exact.gradientSquared(), 0);
        assertEquals(1001, exact.curvature(), 1e-12);
        assertEquals(1001, differenced.curvature(), 1e-6);
        assertEquals(101.0 / 1001, exact.optimalStep(), 1e-16);
        assertEquals(10.1, exact.firstOrderTerm(0.1), 1e-14);
        assertEquals(5.005, exact.secondOrderTerm(0.1), 1e-14);
        assertEquals(0.405, 5.5 - exact.firstOrderTerm(0.1) + exact.secondOrderTerm(0.1), 1e-14);
        assertEquals(0.405, bowl.value(0.9, 0), 1e-15);
    }

    @Test
    void negativeCurvatureHasNoOptimalStep() {
        // x² − y² at (0, 1): g = (0, −2), gᵀHg = −2·4 = −8
        TaylorTerms t = new TaylorTerms(2);
        t.measure(new SaddleSurface(), new double[] {0, 1});
        assertEquals(-8, t.curvature(), 0);
        assertEquals(Double.POSITIVE_INFINITY, t.optimalStep());
    }
}
