package descent.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MathFnsTest {
    private static final double REL = 1e-15;

    /** The JVM's StrictMath-quality functions are the reference; ours must not drift from them anywhere. */
    private static void assertRelativelyClose(double expected, double actual, double tolerance, String what) {
        double scale = Math.max(Math.abs(expected), Double.MIN_NORMAL);
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                what + ": expected " + expected + " but got " + actual);
    }

    @Test
    void tanhMatchesTheJvmOnAWideRange() {
        double[] special = {0.0, 1e-300, 1e-200, 1e-20, 1e-10, 1e-8, 1e-5, 1e-3, 0.1, 0.25, 0.4999999999,
                0.5, 0.5000000001, 0.75, 1, 2, 5, 10, 18, 19.06, 20, 22, 50, 354, 700, 710, 800, 1e10};
        for (double x : special) {
            assertRelativelyClose(Math.tanh(x), MathFns.tanh(x), REL, "tanh(" + x + ")");
            assertRelativelyClose(Math.tanh(-x), MathFns.tanh(-x), REL, "tanh(" + -x + ")");
        }
        Rng rng = new Rng(7);
        for (int k = 0; k < 20_000; k++) {
            // log-uniform magnitudes from 1e-12 to 1e3, both signs
            double x = Math.pow(10, rng.uniform(-12, 3)) * (rng.nextDouble() < 0.5 ? -1 : 1);
            assertRelativelyClose(Math.tanh(x), MathFns.tanh(x), REL, "tanh(" + x + ")");
        }
    }

    @Test
    void tanhLimitsAndSpecialValues() {
        assertEquals(1.0, MathFns.tanh(800));
        assertEquals(-1.0, MathFns.tanh(-800));
        assertEquals(1.0, MathFns.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, MathFns.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(MathFns.tanh(Double.NaN)));
        assertEquals(1e-10, MathFns.tanh(1e-10), 1e-25);
    }

    @Test
    void expm1AndLog1pMatchTheJvm() {
        Rng rng = new Rng(11);
        for (int k = 0; k < 10_000; k++) {
            double x = Math.pow(10, rng.uniform(-15, 2)) * (rng.nextDouble() < 0.5 ? -1 : 1);
            assertRelativelyClose(Math.expm1(x), MathFns.expm1(x), 2e-15, "expm1(" + x + ")");
            double y = x < -0.999 ? -x : x;
            assertRelativelyClose(Math.log1p(y), MathFns.log1p(y), 2e-15, "log1p(" + y + ")");
        }
        assertEquals(-1.0, MathFns.expm1(-800));
        assertEquals(Double.POSITIVE_INFINITY, MathFns.expm1(800));
        assertEquals(Math.log(1e300), MathFns.log1p(1e300), 1e-12);
    }

    @Test
    void sigmoidIsAccurateAndNeverNaN() {
        for (double z = -30; z <= 30; z += 0.37) {
            double naive = 1 / (1 + Math.exp(-z));
            assertRelativelyClose(naive, MathFns.sigmoid(z), 4e-16 * 8, "sigmoid(" + z + ")");
        }
        assertEquals(1.0, MathFns.sigmoid(800));
        assertEquals(0.0, MathFns.sigmoid(-800));
        assertRelativelyClose(Math.exp(-700), MathFns.sigmoid(-700), 1e-14, "sigmoid(-700)");
        assertEquals(0.5, MathFns.sigmoid(0));
    }

    @Test
    void log1pExpIsTheSoftplusWithoutOverflowOrLostDigits() {
        for (double z = -30; z <= 30; z += 0.29) {
            assertRelativelyClose(Math.log1p(Math.exp(z)), MathFns.log1pExp(z), 2e-15, "softplus(" + z + ")");
        }
        assertEquals(800.0, MathFns.log1pExp(800));
        assertRelativelyClose(Math.exp(-50), MathFns.log1pExp(-50), 1e-15, "softplus(-50)");
        // softplus(40) = 40 + e^-40: the small tail matters when the loss y·z is subtracted from it
        assertRelativelyClose(Math.exp(-40), MathFns.log1pExp(-40), 1e-15, "softplus(-40)");
        assertTrue(MathFns.log1pExp(-800) >= 0);
    }
}
