package descent.web.state;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {
    @Test
    void acceptsPlainDecimalsOnly() {
        for (String s : new String[] {"0", "-3", "+2", "0.01", ".5", "5.", "1e-6", "1E6", "2.5e+3", "007"}) {
            assertTrue(Numbers.isDecimal(s), s);
        }
        for (String s : new String[] {"", ".", "-", "e5", "1e", "1e+", "NaN", "Infinity", "-Infinity", "0x10",
            "0x1p3", "1.5d", "1f", " 1", "1 ", "1,5", "1..2", "1e5.5", "--1", "١٢"}) {
            assertFalse(Numbers.isDecimal(s), s);
        }
        assertFalse(Numbers.isDecimal("1".repeat(65)), "too long");
    }

    @Test
    void parseSeparatesJunkFromOverflow() {
        assertEquals(0.01, Numbers.parse("0.01"));
        assertTrue(Double.isNaN(Numbers.parse("NaN")));
        assertTrue(Double.isNaN(Numbers.parse("abc")));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("1e400"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-1e400"));
        assertEquals(0, Numbers.parse("1e-400"));
    }

    @Test
    void formatsShortAndTidy() {
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("1e-6", Numbers.format(1e-6));
        assertEquals("1e-4", Numbers.format(1e-4));
        assertEquals("0.001", Numbers.format(0.001));
        assertEquals("100", Numbers.format(100.0));
        assertEquals("1e7", Numbers.format(1e7));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("-2.5", Numbers.format(-2.5));
        assertEquals("12", Numbers.format(12));
    }

    @Test
    void everyFiniteDoubleReadsBackExactly() {
        Random random = new Random(11);
        for (int k = 0; k < 20000; k++) {
            double v = k % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * Math.pow(10, random.nextInt(12) - 8);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                continue;
            }
            String s = Numbers.format(v);
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Numbers.parse(s)), s);
            assertTrue(s.length() <= 24, s);
        }
    }
}
