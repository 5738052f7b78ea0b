package descent.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeepLinearChainTest {
    @Test
    void gradientMatchesFiniteDifferencesEvenWithAZeroWeight() {
        double[] w = {1.3, -0.7, 0.0, 2.1, 0.9};
        DeepLinearChain chain = new DeepLinearChain(w, 0.8, 0.5);
        assertEquals(0.0, chain.output(), 0.0);
        double h = 1e-6;
        for (int i = 0; i < w.length; i++) {
            DeepLinearChain plus = new DeepLinearChain(w, 0.8, 0.5);
            plus.setWeight(i, w[i] + h);
            DeepLinearChain minus = new DeepLinearChain(w, 0.8, 0.5);
            minus.setWeight(i, w[i] - h);
            double numeric = (plus.loss() - minus.loss()) / (2 * h);
            assertEquals(numeric, chain.gradient(i), 1e-8, "w" + (i + 1));
        }
        assertEquals(-0.5 * 0.8 * 1.3 * -0.7 * 2.1 * 0.9, chain.gradient(2), 1e-15); // the only non-zero one
    }

    @Test
    void theExpansionAddsUpToTheExactOutputAfterTheStep() {
        double[] w = {1.2, 0.8, -1.5, 1.1, 0.6, 1.4};
        DeepLinearChain chain = new DeepLinearChain(w, 1.5, -0.4);
        double eps = 0.07;
        chain.analyzeStep(eps);
        double exact = 1.5;
        for (int i = 0; i < w.length; i++) {
            exact *= w[i] - eps * chain.gradient(i);
        }
        assertEquals(exact, chain.outputAfterStep(), 1e-13);
        assertEquals(exact - chain.output(), chain.exactChange(), 1e-13);
        assertEquals(chain.exactChange(), chain.firstOrderChange() + chain.higherOrderChange(), 1e-15);
        assertEquals(chain.output(), chain.term(0), 1e-15);
        // first order: −ε Σ g_i ∂ŷ/∂w_i with ∂ŷ/∂w_i = x Π_{j≠i} w_j
        double first = 0;
        for (int i = 0; i < w.length; i++) {
            double dyhat = 1.5;
            for (int j = 0; j < w.length; j++) {
                dyhat *= j == i ? 1 : w[j];
            }
            first -= eps * chain.gradient(i) * dyhat;
        }
        assertEquals(first, chain.firstOrderChange(), 1e-14);
        for (int k = 0; k <= w.length; k++) {
            assertEquals(chain.coefficient(k) * Math.pow(eps, k), chain.term(k), 1e-15);
        }
        double after = chain.outputAfterStep();
        chain.step(eps);
        assertEquals(after, chain.output(), 1e-13);
    }

    @Test
    void theThirdOrderTermOfAThreeLayerChainIsMinusEpsilonCubedXG1G2G3() {
        DeepLinearChain chain = new DeepLinearChain(new double[] {0.9, 1.7, -1.1}, 2, 1);
        chain.analyzeStep(0.2);
        double g1 = chain.gradient(0);
        double g2 = chain.gradient(1);
        double g3 = chain.gradient(2);
        assertEquals(-2 * g1 * g2 * g3, chain.coefficient(3), 1e-15 * Math.abs(chain.coefficient(3)));
        assertEquals(-Math.pow(0.2, 3) * 2 * g1 * g2 * g3, chain.term(3), 1e-15 * Math.abs(chain.term(3)));
        assertEquals(2 * (g1 * g2 * -1.1 + g1 * g3 * 1.7 + g2 * g3 * 0.9), chain.coefficient(2),
            1e-14 * Math.abs(chain.coefficient(2)));
    }

    /** The ε at which the first-order prediction says ŷ reaches the target y. */
    private static double firstOrderStepToTarget(DeepLinearChain chain) {
        chain.analyzeStep(1);
        return (chain.target() - chain.output()) / chain.coefficient(1);
    }

    @Test
    void inADeepChainTheStepThatShouldReachTheTargetFallsShortGoingDownAndOvershootsGoingUp() {
        double[] w = new double[10];
        java.util.Arrays.fill(w, 1.1); // ŷ = 1.1¹⁰ ≈ 2.59
        DeepLinearChain down = new DeepLinearChain(w, 1, 0);
        double eps = firstOrderStepToTarget(down);
        down.analyzeStep(eps);
        assertEquals(-down.output(), down.firstOrderChange(), 1e-12);
        // every factor moves alike: ŷ(ε) = (1.1 − ε g)¹⁰ — here 0.99¹⁰ ≈ 0.90 instead of 0
        assertEquals(Math.pow(1.1 - eps * down.gradient(0), 10), down.outputAfterStep(), 1e-12);
        assertTrue(down.exactChange() / down.firstOrderChange() < 0.7, "falls short: " + down.exactChange());

        DeepLinearChain up = new DeepLinearChain(w, 1, 5);
        up.analyzeStep(firstOrderStepToTarget(up));
        assertEquals(5 - up.output(), up.firstOrderChange(), 1e-12);
        assertTrue(up.exactChange() / up.firstOrderChange() > 1.4, "overshoots: ŷ = " + up.outputAfterStep());
        assertTrue(up.outputAfterStep() > 6, "ŷ goes past the target 5 to " + up.outputAfterStep());

        // with a small step the first-order prediction is accurate to O(ε²)
        down.analyzeStep(eps * 1e-3);
        assertTrue(Math.abs(down.higherOrderChange()) < 1e-2 * Math.abs(down.firstOrderChange()));
    }
}
