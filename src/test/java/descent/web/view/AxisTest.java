package descent.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxisTest {
    @Test
    void linearTicksAreRoundAndCoverTheRange() {
        Axis axis = Axis.linear(0, 0.73);
        assertEquals(0, axis.ticks[0], 1e-12);
        assertEquals(0.8, axis.ticks[axis.tickCount - 1], 1e-12); // step 0.2, ceiling of 0.73
        assertEquals(0.2, axis.ticks[1] - axis.ticks[0], 1e-12);
        assertEquals(0, axis.position(0), 1e-12);
        assertEquals(1, axis.position(0.8), 1e-12);
    }

    @Test
    void wholeNumberAxesNeverTickBetweenSteps() {
        Axis axis = Axis.linear(0, 3, true);
        for (int i = 0; i < axis.tickCount; i++) {
            assertEquals(Math.rint(axis.ticks[i]), axis.ticks[i], 0, "tick " + axis.ticks[i]);
        }
    }

    @Test
    void logarithmicTicksArePowersOfTenAndTheEndsAreRound() {
        Axis axis = Axis.logarithmic(3e-6, 0.7);
        assertEquals(2e-6, axis.lower(), 1e-20); // 1, 2 or 5 × 10ᵏ just outside the data
        assertEquals(1, axis.upper(), 1e-12);
        assertEquals(1e-5, axis.ticks[0], 1e-20);
        assertEquals(1, axis.ticks[axis.tickCount - 1], 1e-12);
        for (int i = 0; i < axis.tickCount; i++) {
            assertEquals(0, Math.log10(axis.ticks[i]) % 1, 1e-9, "a decade: " + axis.ticks[i]);
        }
        assertEquals(0, axis.position(2e-6), 1e-12);
        assertEquals(1, axis.position(1), 1e-12);
        assertTrue(axis.position(1e-3) > axis.position(1e-4));
    }

    @Test
    void fewDecadesGetTwosAndFivesBetween() {
        Axis axis = Axis.logarithmic(0.012, 0.7);
        double[] expected = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};
        assertEquals(expected.length, axis.tickCount);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], axis.ticks[i], expected[i] * 1e-12);
        }
    }

    @Test
    void threeDecadesWithTwosAndFivesWouldCrowdSoThreesStandBetween() {
        Axis axis = Axis.logarithmic(0.004, 4);
        double[] expected = {0.003, 0.01, 0.03, 0.1, 0.3, 1, 3};
        assertEquals(expected.length, axis.tickCount);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], axis.ticks[i], expected[i] * 1e-12);
        }
    }

    @Test
    void lessThanADecadeGetsEveryDigit() {
        Axis axis = Axis.logarithmic(0.29, 0.31); // a clipped lane's constant step ε·c
        assertEquals(0.2, axis.lower(), 1e-12);
        assertEquals(0.5, axis.upper(), 1e-12);
        assertEquals(4, axis.tickCount); // 0.2 0.3 0.4 0.5
        assertEquals(0.3, axis.ticks[1], 1e-12);
    }

    @Test
    void manyDecadesTickEveryFewWithoutExceedingSeven() {
        Axis axis = Axis.logarithmic(1e-12, 1e305);
        assertTrue(axis.tickCount <= 7 && axis.tickCount >= 3, axis.tickCount + " ticks");
        double stride = Math.log10(axis.ticks[1] / axis.ticks[0]);
        assertEquals(Math.rint(stride), stride, 1e-6);
        for (int i = 0; i < axis.tickCount; i++) {
            double e = Math.log10(axis.ticks[i]);
            assertEquals(0, Math.IEEEremainder(e, stride), 1e-6, "decades on multiples of the stride: " + e);
        }
    }

    @Test
    void roundingToOneTwoFive() {
        assertEquals(5, Axis.roundUp(2.0001), 1e-12);
        assertEquals(2, Axis.roundUp(2), 1e-12);
        assertEquals(0.1, Axis.roundUp(0.06), 1e-12);
        assertEquals(0.05, Axis.roundDown(0.06), 1e-12);
        assertEquals(1e-3, Axis.roundDown(0.0015), 1e-15);
    }

    @Test
    void linearTicksStayRoundFarFromZero() {
        Axis axis = Axis.linear(0, 0.9);
        for (int i = 0; i < axis.tickCount; i++) {
            assertEquals(Format.tick(axis.ticks[i]).length() <= 3, true, Format.tick(axis.ticks[i]));
        }
    }

    @Test
    void tickLabelsAreCompact() {
        assertEquals("0.01", Format.tick(0.01));
        assertEquals("0.25", Format.tick(0.25));
        assertEquals("1e-4", Format.tick(1e-4));
        assertEquals("2e-5", Format.tick(2e-5));
        assertEquals("1e5", Format.tick(1e5));
        assertEquals("1.5e6", Format.tick(1.5e6));
        assertEquals("1e270", Format.tick(1e270));
        assertEquals("250", Format.tick(250));
        assertEquals("0.3", Format.tick(0.30000000000000004));
        assertEquals("-0.2", Format.tick(-0.2));
        assertEquals("0", Format.tick(0));
        assertEquals("0.001", Format.tick(0.001));
    }
}
