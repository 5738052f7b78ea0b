package descent.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {
    @Test
    void significantDigitsInPlainNotation() {
        assertEquals("0.706", Format.significant(0.70649, 3));
        assertEquals("0.0983", Format.significant(0.098251, 3));
        assertEquals("12.3", Format.significant(12.34, 3));
        assertEquals("12346", Format.significant(12345.6, 3)); // below 1e6 the integer part is kept whole
        assertEquals("-0.500", Format.significant(-0.5, 3));
        assertEquals("0", Format.significant(0, 3));
    }

    @Test
    void scientificBelowOneThousandthAndFromOneMillion() {
        assertEquals("6.43e-5", Format.significant(6.4321e-5, 3));
        assertEquals("1.00e-4", Format.significant(9.9999e-5, 3)); // rounding carries into the exponent
        assertEquals("2.50e6", Format.significant(2.5e6, 3));
        assertEquals("-1.2e-7", Format.significant(-1.2e-7, 2));
    }

    @Test
    void nonFiniteValuesNeverReadNaN() {
        assertEquals("–", Format.significant(Double.NaN, 3));
        assertEquals("∞", Format.significant(Double.POSITIVE_INFINITY, 3));
        assertEquals("-∞", Format.fixed(Double.NEGATIVE_INFINITY, 1));
        assertEquals("–", Format.percent(Double.NaN));
    }

    @Test
    void fixedPercentAndCount() {
        assertEquals("3415.7", Format.fixed(3415.66, 1));
        assertEquals("0.05", Format.fixed(0.049, 2));
        assertEquals("0.0", Format.fixed(-0.01, 1)); // no "-0.0"
        assertEquals("97.3%", Format.percent(0.9731));
        assertEquals("68\u2009313", Format.count(68313));
        assertEquals("7", Format.count(7));
        assertEquals("1\u2009000\u2009000", Format.count(1_000_000));
    }

    @Test
    void shortestFormsForSettings() {
        assertEquals("10", Format.shortest(10));
        assertEquals("0.001", Format.shortest(0.001));
        assertEquals("0.3", Format.shortest(0.3));
        assertEquals("1.00e-5", Format.shortest(1e-5));
        assertEquals("0.999", Format.shortest(0.999));
        assertEquals("0", Format.shortest(0));
    }

    /** Issue 15: a δ of 1e-320 from a link read "–e-320" (the mantissa was divided by 10^-320 = 0). */
    @Test
    void subnormalsReadAsNumbers() {
        assertEquals("1.00e-320", Format.significant(1e-320, 3));
        assertEquals("1.00e-320", Format.shortest(1e-320));
        assertEquals("1e-320", Format.tick(1e-320));
    }

    @Test
    void decimalExponentAtExactPowersOfTen() {
        for (int e = -12; e <= 12; e++) {
            assertEquals(e, Format.decimalExponent(Format.pow10(e)), "10^" + e);
        }
    }
}
