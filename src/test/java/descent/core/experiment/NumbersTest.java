package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void threeSignificantDigits() {
        assertEquals("0.00822", Numbers.format(0.008224));
        assertEquals("12.3", Numbers.format(12.34));
        assertEquals("1.00", Numbers.format(0.99999));
        assertEquals("1000", Numbers.format(999.7));
        assertEquals("9.15e-11", Numbers.format(9.149e-11));
        assertEquals("1.00e6", Numbers.format(1e6));
        assertEquals("-0.500", Numbers.format(-0.5));
        assertEquals("0", Numbers.format(0));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
    }
}
