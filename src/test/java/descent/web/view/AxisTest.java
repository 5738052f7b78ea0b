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
    void logarithmicTicksArePowersOfTen() {
        Axis axis = Axis.logarithmic(3e-5, 0.7);
        assertEquals(1e-5, axis.ticks[0], 1e-20);
        assertEquals(1, axis.ticks[axis.tickCount - 1], 1e-12);
        assertEquals(0.5, axis.position(Math.pow(10, -2.5)), 1e-12); // ticks 1e-5 … 1: halfway is 10^-2.5
        assertTrue(axis.position(1e-3) > axis.position(1e-4));
    }
}
