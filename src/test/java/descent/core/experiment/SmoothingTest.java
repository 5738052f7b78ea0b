package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmoothingTest {

    private static Series of(double... values) {
        Series s = new Series(values.length + 2);
        for (int i = 0; i < values.length; i++) {
            s.add(10 * i, values[i]);
        }
        return s;
    }

    @Test
    void handWorkedDebiasedAverage() {
        // β = 0.5: m = 1, 2, 2.5 after 2, 3, 3 ... worked by hand:
        // v = 2, 4, 0: m1 = 1, m2 = 0.5·1 + 0.5·4 = 2.5, m3 = 1.25
        // ŝ1 = 1 / 0.5 = 2, ŝ2 = 2.5 / 0.75 = 3.3333, ŝ3 = 1.25 / 0.875 = 1.428571
        Series raw = of(2, 4, 0);
        Series out = new Series(raw.capacity() + 1);
        Smoothing.exponential(raw, 0.5, false, out);
        assertEquals(3, out.size());
        assertEquals(2, out.value(0), 1e-12);
        assertEquals(10.0 / 3, out.value(1), 1e-12);
        assertEquals(1.25 / 0.875, out.value(2), 1e-12);
        assertEquals(20, out.step(2));
    }

    @Test
    void aConstantStaysConstantFromTheFirstPoint() {
        Series raw = of(0.7, 0.7, 0.7, 0.7);
        Series out = new Series(raw.capacity() + 1);
        Smoothing.exponential(raw, 0.9, false, out);
        for (int i = 0; i < out.size(); i++) {
            assertEquals(0.7, out.value(i), 1e-12, "no pull towards 0 at point " + i);
        }
    }

    @Test
    void logSpaceIsAGeometricMean() {
        // β = 0.5 over ln v: ŝ2 = exp((0.25 ln 1 + 0.5 ln 100) / 0.75) = 100^(2/3)
        Series raw = of(1, 100);
        Series out = new Series(raw.capacity() + 1);
        Smoothing.exponential(raw, 0.5, true, out);
        assertEquals(1, out.value(0), 1e-12);
        assertEquals(Math.pow(100, 2.0 / 3), out.value(1), 1e-9);
    }

    @Test
    void smoothingShrinksTheNoiseButKeepsTheLevel() {
        Series raw = new Series(500);
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 499; k++) {
            raw.add(k, 1 + 0.5 * (random.nextDouble() - 0.5));
        }
        Series out = new Series(raw.capacity() + 1);
        Smoothing.exponential(raw, Smoothing.betaFor(raw.size()), false, out);
        double rawSpread = spread(raw, 100);
        double smoothSpread = spread(out, 100);
        assertTrue(smoothSpread < rawSpread / 3, smoothSpread + " vs raw " + rawSpread);
        assertEquals(1, out.value(out.size() - 1), 0.1);
    }

    @Test
    void gapsStayGapsAndDoNotPoisonTheAverage() {
        Series raw = of(1, Double.NaN, Double.POSITIVE_INFINITY, 1, -1);
        Series out = new Series(raw.capacity() + 1);
        Smoothing.exponential(raw, 0.9, true, out);
        assertEquals(1, out.value(0), 1e-12);
        assertTrue(Double.isNaN(out.value(1)));
        assertTrue(Double.isNaN(out.value(2)));
        assertEquals(1, out.value(3), 1e-12);
        assertTrue(Double.isNaN(out.value(4)), "−1 has no logarithm");
    }

    @Test
    void windowGrowsWithThePointsShown() {
        assertEquals(0, Smoothing.betaFor(11), 0, "a few points are left as they are");
        assertEquals(0, Smoothing.betaFor(25), 0);
        assertEquals(0.75, Smoothing.betaFor(100), 1e-12);        // w = 100/25
        assertEquals(1 - 1 / 18.0, Smoothing.betaFor(450), 1e-12); // w = 450/25
    }

    @Test
    void refusesAnOutputThatWouldThin() {
        Series raw = of(1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> Smoothing.exponential(raw, 0.5, false, new Series(3)));
        assertThrows(IllegalArgumentException.class,
                () -> Smoothing.exponential(raw, 1, false, new Series(raw.capacity() + 1)));
    }

    private static double spread(Series s, int from) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int i = from; i < s.size(); i++) {
            sum += s.value(i);
            sq += s.value(i) * s.value(i);
            n++;
        }
        double mean = sum / n;
        return Math.sqrt(sq / n - mean * mean);
    }
}
