package descent.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void significantDigits() {
        assertEquals("0.706", NumberText.significant(0.70649, 3));
        assertEquals("0.0983", NumberText.significant(0.098251, 3));
        assertEquals("0.00822", NumberText.significant(0.008224, 3));
        assertEquals("12.3", NumberText.significant(12.34, 3));
        assertEquals("12346", NumberText.significant(12345.6, 3)); // below 1e6 the integer part is kept whole
        assertEquals("-0.500", NumberText.significant(-0.5, 3));
        assertEquals("6.43e-5", NumberText.significant(6.4321e-5, 3));
        assertEquals("2.50e6", NumberText.significant(2.5e6, 3));
        assertEquals("-1.2e-7", NumberText.significant(-1.2e-7, 2));
        assertEquals("9.15e-11", NumberText.significant(9.149e-11, 3));
    }

    @Test
    void roundingBoundariesCarryIntoTheNextDigit() {
        assertEquals("10.00", NumberText.significant(9.9995, 4)); // a written tie rounds up
        assertEquals("9.999", NumberText.significant(9.9994, 4));
        assertEquals("10.0", NumberText.significant(9.9995, 3));
        assertEquals("1.00", NumberText.significant(0.99999, 3));
        assertEquals("1000", NumberText.significant(999.7, 3));
        assertEquals("1.00e-4", NumberText.significant(9.9999e-5, 3));
        assertEquals("1.00e6", NumberText.significant(999999.7, 3));
        assertEquals("0.00100", NumberText.significant(0.001, 3));
        assertEquals("9.99e-4", NumberText.significant(0.000999, 3));
        assertEquals("10.000", NumberText.fixed(9.9995, 3));
        assertEquals("0.13", NumberText.fixed(0.125, 2));
        assertEquals("0.001", NumberText.trimmed(9.9996e-4, 3)); // the carry brings it into plain notation
    }

    @Test
    void subnormalsPrintLikeAnyOtherNumber() {
        assertEquals("5.00e-320", NumberText.significant(5e-320, 3));
        assertEquals("4.94e-324", NumberText.significant(Double.MIN_VALUE, 3));
        assertEquals("-2.23e-308", NumberText.significant(-Double.MIN_NORMAL, 3));
        assertEquals("1e-310", NumberText.trimmed(1e-310, 3));
        assertEquals("1e-315", NumberText.tick(1e-315));
        assertEquals("1.00e-320", NumberText.shortest(1e-320));
        assertEquals("0.00", NumberText.fixed(5e-320, 2));
        assertEquals("0.0", NumberText.fixed(-5e-320, 1)); // no "-0.0"
        assertEquals("0.0%", NumberText.percent(1e-320));
    }

    @Test
    void hugeValuesNeverSpillDigits() {
        assertEquals("1.80e308", NumberText.significant(Double.MAX_VALUE, 3));
        assertEquals("-1.8e308", NumberText.trimmed(-Double.MAX_VALUE, 3));
        assertEquals("1.00e308", NumberText.shortest(1e308));
        assertEquals("7.35e216", NumberText.fixed(7.35e216, 1));
        assertEquals("1.80e308", NumberText.fixed(Double.MAX_VALUE, 0));
        assertEquals("1.8e308", NumberText.tick(Double.MAX_VALUE));
        assertEquals("1.00e19%", NumberText.percent(1e17));
    }

    @Test
    void zeroNanAndInfinity() {
        for (double zero : new double[] {0.0, -0.0}) {
            assertEquals("0", NumberText.significant(zero, 3));
            assertEquals("0", NumberText.trimmed(zero, 3));
            assertEquals("0", NumberText.tick(zero));
            assertEquals("0", NumberText.shortest(zero));
            assertEquals("0.00", NumberText.fixed(zero, 2));
        }
        assertEquals("–", NumberText.significant(Double.NaN, 3));
        assertEquals("–", NumberText.fixed(Double.NaN, 1));
        assertEquals("–", NumberText.percent(Double.NaN));
        assertEquals("∞", NumberText.significant(Double.POSITIVE_INFINITY, 3));
        assertEquals("-∞", NumberText.trimmed(Double.NEGATIVE_INFINITY, 3));
        assertEquals("∞", NumberText.tick(Double.POSITIVE_INFINITY));
        assertEquals("-∞", NumberText.fixed(Double.NEGATIVE_INFINITY, 1));
    }

    @Test
    void trimmedTickShortestPercentCount() {
        assertEquals("11.2", NumberText.trimmed(11.23, 3));
        assertEquals("0.00235", NumberText.trimmed(0.002346, 3));
        assertEquals("1", NumberText.trimmed(1.0004, 3));
        assertEquals("1.7e-5", NumberText.trimmed(1.7e-5, 3));
        assertEquals("-3.61e10", NumberText.trimmed(-3.61e10, 3));
        assertEquals("0.01", NumberText.tick(0.01));
        assertEquals("0.25", NumberText.tick(0.25));
        assertEquals("1e-4", NumberText.tick(1e-4));
        assertEquals("1e5", NumberText.tick(1e5));
        assertEquals("1.5e6", NumberText.tick(1.5e6));
        assertEquals("0.3", NumberText.tick(0.30000000000000004));
        assertEquals("10", NumberText.shortest(10));
        assertEquals("0.001", NumberText.shortest(0.001));
        assertEquals("0.3", NumberText.shortest(0.3));
        assertEquals("0.999", NumberText.shortest(0.999));
        assertEquals("0.9999", NumberText.shortest(0.9999));
        assertEquals("1.00e-5", NumberText.shortest(1e-5));
        assertEquals("0.333", NumberText.shortest(1.0 / 3));
        assertEquals("-2.5", NumberText.shortest(-2.5));
        assertEquals("97.3%", NumberText.percent(0.9731));
        assertEquals("68\u2009313", NumberText.count(68313));
        assertEquals("-1\u2009000", NumberText.count(-1000));
        assertEquals("-2\u2009147\u2009483\u2009648", NumberText.count(Integer.MIN_VALUE));
    }

    @Test
    void decimalExponentIsExactAcrossTheWholeRange() {
        for (int e = -307; e <= 308; e++) { // below, the double nearest 10^e can lie under it
            double p = Double.parseDouble("1e" + e);
            assertEquals(e, NumberText.decimalExponent(p), "10^" + e);
        }
    }

    /** No form ever writes Java's exponent, NaN, "-0" or a dangling "e", over values from 5e-324 to 1.8e308. */
    @Test
    void noGarbageOverEveryScale() {
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 20000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (x != x) {
                continue;
            }
            String[] forms = {NumberText.significant(x, 3), NumberText.trimmed(x, 3), NumberText.tick(x),
                NumberText.shortest(x), NumberText.fixed(x, 2), NumberText.percent(x)};
            for (int f = 0; f < forms.length; f++) {
                String s = forms[f];
                assertFalse(s.contains("E") || s.contains("NaN") || s.matches("-0(\\.0*)?%?") || s.startsWith("–")
                        || f < 4 && s.length() > 10 || s.endsWith("e") || s.contains("e+"), x + " → " + s);
                if (!s.contains("∞") && Math.abs(x) < 1e307) { // 1.8e308 reads back as ∞
                    double back = Double.parseDouble(s.replace("%", ""));
                    double want = s.endsWith("%") ? 100 * x : x;
                    assertTrue(Math.abs(back - want) <= 0.06 * Math.abs(want) || Math.abs(back - want) <= 0.05,
                            x + " → " + s);
                }
            }
        }
    }
}
