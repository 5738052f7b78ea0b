package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrajectoryTest {
    private static double[] theta(int step) {
        return new double[] {step, -step};
    }

    @Test
    void keepsEverySnapshotUntilFull() {
        Trajectory t = new Trajectory(2, 4);
        for (int s = 0; s < 4; s++) {
            t.offer(s * 10, theta(s * 10));
        }
        assertEquals(4, t.size());
        assertEquals(30, t.step(3));
        assertEquals(-30, t.value(3, 1));
    }

    @Test
    void thinsToHalfAndDoublesTheStrideWhenFull() {
        Trajectory t = new Trajectory(2, 4);
        for (int s = 0; s <= 8; s++) {
            t.offer(s, theta(s));
        }
        // 0 1 2 3 | offer 4: thinned to 0 2, then 4 kept; offer 5 skipped; 6 kept; offer 7 skipped;
        // offer 8: full (0 2 4 6) → thinned to 0 4, stride 4, and 8 kept
        assertEquals(3, t.size());
        assertEquals(0, t.step(0));
        assertEquals(4, t.step(1));
        assertEquals(8, t.step(2));
        assertEquals(8, t.value(2, 0));
    }

    @Test
    void alwaysStartsAtTheFirstSnapshotAndSpansTheRun() {
        Trajectory t = new Trajectory(2, 10);
        for (int s = 0; s <= 1000; s++) {
            t.offer(s, theta(s));
        }
        assertEquals(0, t.step(0));
        assertTrue(t.size() >= 5 && t.size() <= 10, "size " + t.size());
        assertTrue(t.step(t.size() - 1) > 800, "last kept step " + t.step(t.size() - 1));
        for (int k = 1; k < t.size(); k++) {
            assertEquals(t.step(1) - t.step(0), t.step(k) - t.step(k - 1), "even spacing");
        }
    }

    @Test
    void clearStartsOver() {
        Trajectory t = new Trajectory(2, 3);
        for (int s = 0; s < 7; s++) {
            t.offer(s, theta(s));
        }
        t.clear();
        t.offer(5, theta(5));
        t.offer(6, theta(6));
        assertEquals(2, t.size());
        assertEquals(6, t.step(1));
    }

    @Test
    void capacityFollowsTheSizeOfTheta() {
        assertEquals(200, new Trajectory(10).capacity());
        assertEquals(16, new Trajectory(1_000_000 / 10).capacity());
        assertEquals(Trajectory.NUMBERS_BUDGET / 2000, new Trajectory(2000).capacity());
    }
}
