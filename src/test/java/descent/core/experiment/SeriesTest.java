package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void belowCapacityEveryPointIsKeptInOrder() {
        Series s = new Series(10);
        for (int k = 0; k < 5; k++) {
            s.add(k * 3, k + 0.5);
        }
        assertEquals(5, s.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(3 * i, s.step(i));
            assertEquals(i + 0.5, s.value(i));
        }
        assertEquals(1, s.stride());
    }

    @Test
    void thinningKeepsFirstAndLatestAndStaysBoundedAndEven() {
        for (int capacity : new int[] {3, 10, 11, 64}) {
            Series s = new Series(capacity);
            for (int k = 0; k < 10_000; k++) {
                s.add(k, Math.sqrt(k));
                int n = s.size();
                assertTrue(n <= capacity, "size " + n + " exceeds capacity " + capacity);
                assertEquals(0, s.step(0), "the first point is always kept");
                assertEquals(k, s.step(n - 1), "the latest point is always last");
                assertEquals(Math.sqrt(k), s.value(n - 1));
                assertEquals(Math.sqrt(k), s.last());
            }
            // every point but the held-apart latest one is on the stride grid, strictly increasing
            int n = s.size();
            for (int i = 0; i < n; i++) {
                assertEquals(Math.sqrt(s.step(i)), s.value(i), "value belongs to its own step");
                if (i > 0) {
                    assertTrue(s.step(i) > s.step(i - 1));
                }
                if (i < n - 1) {
                    assertEquals(i * s.stride(), s.step(i));
                }
            }
            assertTrue(n >= capacity / 2 - 1, "thinning keeps about half of the capacity at least: " + n);
            assertTrue(s.stride() >= 10_000 / capacity, "stride grew with the run");
        }
    }

    @Test
    void clearStartsOver() {
        Series s = new Series(4);
        for (int k = 0; k < 100; k++) {
            s.add(k, k);
        }
        s.clear();
        assertEquals(0, s.size());
        assertTrue(Double.isNaN(s.last()));
        s.add(7, 1.5);
        assertEquals(1, s.size());
        assertEquals(7, s.step(0));
        assertEquals(1, s.stride());
    }

    @Test
    void rejectsUselessCapacities() {
        assertThrows(IllegalArgumentException.class, () -> new Series(2));
    }
}
