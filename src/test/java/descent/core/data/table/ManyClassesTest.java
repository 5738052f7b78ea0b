package descent.core.data.table;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManyClassesTest {
    @Test
    void dealsPointsEvenlyAndInClassOrder() {
        Table t = ManyClasses.spiral(3, 100, 0, new Rng(1));
        assertArrayEquals(new int[] {34, 33, 33}, t.classCounts());
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.label(i) >= t.label(i - 1), "emitted class by class");
        }
        assertEquals(2, t.dimension());
        assertEquals("C", t.className(2));
    }

    @Test
    void spiralArmsStayInsideTheRadiusWithoutNoise() {
        Table t = ManyClasses.spiral(5, 500, 0, new Rng(2));
        for (int i = 0; i < t.size(); i++) {
            assertTrue(Math.hypot(t.x(i, 0), t.x(i, 1)) <= ManyClasses.RADIUS + 1e-12);
        }
    }

    @Test
    void gaussianClustersSitAtTheirCentres() {
        // Class 1 of 4 is centred at 3.5·(sin π/2, cos π/2) = (3.5, 0): its mean is within 3σ/√n of it.
        Table t = ManyClasses.gaussians(4, 4000, 1, new Rng(3));
        double sx = 0;
        double sy = 0;
        int m = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.label(i) == 1) {
                sx += t.x(i, 0);
                sy += t.x(i, 1);
                m++;
            }
        }
        assertEquals(3.5, sx / m, 3 / Math.sqrt(m));
        assertEquals(0, sy / m, 3 / Math.sqrt(m));
    }

    @Test
    void sameSeedSamePoints() {
        assertArrayEquals(ManyClasses.spiral(3, 60, 0.2, new Rng(4)).rows(), ManyClasses.spiral(3, 60, 0.2, new Rng(4)).rows());
    }

    @Test
    void refusesTooManyOrTooFewClasses() {
        assertThrows(IllegalArgumentException.class, () -> ManyClasses.spiral(1, 10, 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> ManyClasses.gaussians(11, 100, 1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> ManyClasses.gaussians(5, 4, 1, new Rng(1)));
    }
}
