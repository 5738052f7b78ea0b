package descent.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetKindTest {

    @Test
    void everyKindHasTheRequestedSizeAndValidTargets() {
        for (DatasetKind kind : DatasetKind.values()) {
            for (int n : new int[] {0, 1, 7, 400}) {
                Dataset d = kind.generate(n, 0.2, new Rng(3));
                assertEquals(n, d.size(), kind + " n=" + n);
                assertEquals(2 * n, d.points().length);
                assertEquals(kind.isClassification(), d.isClassification());
                int ones = 0;
                for (int i = 0; i < n; i++) {
                    double y = d.y(i);
                    if (kind.isClassification()) {
                        assertTrue(y == 0 || y == 1, kind + " label " + y);
                        ones += (int) y;
                    } else {
                        assertTrue(y >= -1 && y <= 1, kind + " target " + y);
                    }
                    assertTrue(Double.isFinite(d.x0(i)) && Double.isFinite(d.x1(i)));
                }
                if (kind.isClassification()) {
                    assertEquals(n / 2, ones, kind + " should be balanced, label 1 first");
                }
            }
        }
    }

    @Test
    void withoutNoiseEveryPointLiesInsideTheExtent() {
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset d = kind.generate(1000, 0, new Rng(5));
            for (int i = 0; i < d.size(); i++) {
                assertTrue(Math.abs(d.x0(i)) <= Dataset.EXTENT && Math.abs(d.x1(i)) <= Dataset.EXTENT,
                        kind + " point " + i + " outside the square");
            }
        }
    }

    @Test
    void sameSeedSameData_differentSeedDifferentData() {
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset a = kind.generate(50, 0.1, new Rng(42));
            Dataset b = kind.generate(50, 0.1, new Rng(42));
            Dataset c = kind.generate(50, 0.1, new Rng(43));
            Dataset cleanA = kind.generate(50, 0, new Rng(42));
            Dataset cleanC = kind.generate(50, 0, new Rng(43));
            assertArrayEquals(a.points(), b.points(), kind.name());
            assertArrayEquals(a.targets(), b.targets(), kind.name());
            assertFalse(Arrays.equals(a.points(), c.points()), kind.name());
            assertFalse(Arrays.equals(cleanA.points(), cleanC.points()), kind + " without noise");
        }
    }

    @Test
    void circleLabelsTheInnerDisc() {
        Dataset d = DatasetKind.CIRCLE.generate(500, 0, new Rng(1));
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x0(i), d.x1(i));
            if (d.y(i) == 1) {
                assertTrue(r <= 2.5 + 1e-12, "inner point at r=" + r);
            } else {
                assertTrue(r >= 3.5 - 1e-12 && r <= 5 + 1e-12, "outer point at r=" + r);
            }
        }
    }

    @Test
    void xorLabelsTheQuadrants() {
        Dataset d = DatasetKind.XOR.generate(500, 0, new Rng(1));
        for (int i = 0; i < d.size(); i++) {
            assertEquals(d.x0(i) * d.x1(i) > 0 ? 1.0 : 0.0, d.y(i));
            assertTrue(Math.abs(d.x0(i)) >= 0.3 && Math.abs(d.x1(i)) >= 0.3);
        }
    }

    @Test
    void gaussiansAreCentredAtPlusAndMinusTwo() {
        Dataset d = DatasetKind.GAUSSIANS.generate(4000, 0, new Rng(9));
        double[] sum = new double[2];
        for (int i = 0; i < d.size(); i++) {
            double sign = d.y(i) == 1 ? 1 : -1;
            sum[0] += sign * d.x0(i);
            sum[1] += sign * d.x1(i);
        }
        assertEquals(2, sum[0] / d.size(), 0.1);
        assertEquals(2, sum[1] / d.size(), 0.1);
    }

    @Test
    void planeTargetIsTheCleanPlaneAndNoiseHasTheDocumentedSpread() {
        Dataset clean = DatasetKind.PLANE.generate(200, 0, new Rng(4));
        for (int i = 0; i < clean.size(); i++) {
            assertEquals((clean.x0(i) + clean.x1(i)) / 10, clean.y(i), 1e-12);
        }
        // Jitter σ = ν·EXTENT/2 per coordinate moves the point but not its target:
        // residual y − (x0 + x1)/10 has standard deviation σ·√2/10.
        double nu = 0.5;
        Dataset noisy = DatasetKind.PLANE.generate(20000, nu, new Rng(4));
        double sq = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double r = noisy.y(i) - (noisy.x0(i) + noisy.x1(i)) / 10;
            sq += r * r;
        }
        double sigma = nu * Dataset.EXTENT / 2;
        assertEquals(sigma * Math.sqrt(2) / 10, Math.sqrt(sq / noisy.size()), 0.005);
    }

    @Test
    void moonsAreTwoArcsOfRadiusThree() {
        Dataset d = DatasetKind.MOONS.generate(300, 0, new Rng(2));
        for (int i = 0; i < d.size(); i++) {
            // upper arc centred at (−1.5, −0.75), lower arc at (1.5, 0.75)
            double cx = d.y(i) == 1 ? -1.5 : 1.5;
            double cy = d.y(i) == 1 ? -0.75 : 0.75;
            assertEquals(3, Math.hypot(d.x0(i) - cx, d.x1(i) - cy), 1e-9);
            assertTrue(d.y(i) == 1 ? d.x1(i) >= cy - 1e-12 : d.x1(i) <= cy + 1e-12);
        }
    }

    @Test
    void spiralArmsAreHalfATurnApart() {
        Dataset d = DatasetKind.SPIRAL.generate(200, 0, new Rng(2));
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x0(i), d.x1(i));
            double s = r / DatasetKind.RADIUS;
            double angle = 3.5 * Math.PI * s + (d.y(i) == 1 ? 0 : Math.PI);
            assertEquals(r * Math.sin(angle), d.x0(i), 1e-9);
            assertEquals(r * Math.cos(angle), d.x1(i), 1e-9);
        }
    }
}
