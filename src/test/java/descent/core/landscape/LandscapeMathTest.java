package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

/** Logistic regression's surface, the surface catalogue, the point probe and the contour grid. */
class LandscapeMathTest {
    @Test
    void logisticGradientAndHessianMatchFiniteDifferences() {
        LogisticSurface s = new LogisticSurface();
        Rng rng = new Rng(7);
        double[] g = new double[2];
        double[] h = new double[4];
        double[] gp = new double[2];
        double[] gm = new double[2];
        double step = 1e-5;
        for (int k = 0; k < 30; k++) {
            double x = rng.uniform(-4, 8);
            double y = rng.uniform(-6, 10);
            s.evaluate(x, y, g, h);
            double dx = (s.value(x + step, y) - s.value(x - step, y)) / (2 * step);
            double dy = (s.value(x, y + step) - s.value(x, y - step)) / (2 * step);
            assertEquals(dx, g[0], 1e-6 * (1 + Math.abs(dx)));
            assertEquals(dy, g[1], 1e-6 * (1 + Math.abs(dy)));
            s.evaluate(x + step, y, gp, null);
            s.evaluate(x - step, y, gm, null);
            assertEquals((gp[0] - gm[0]) / (2 * step), h[0], 1e-6);
            assertEquals((gp[1] - gm[1]) / (2 * step), h[1], 1e-6);
            s.evaluate(x, y + step, gp, null);
            s.evaluate(x, y - step, gm, null);
            assertEquals((gp[1] - gm[1]) / (2 * step), h[3], 1e-6);
        }
    }

    @Test
    void logisticLossIsConvexWithOneMinimumInsideItsViewBox() {
        LogisticSurface s = new LogisticSurface();
        assertEquals(200, s.size());
        assertEquals(1, s.minimumCount());
        double mx = s.minimumX(0);
        double my = s.minimumY(0);
        assertTrue(s.viewBox().contains(mx, my), "minimum at (" + mx + ", " + my + ")");
        assertTrue(!s.viewBox().contains(s.startX(), s.startY()) || s.distanceToNearestMinimum(s.startX(), s.startY()) > 3);
        double[] g = new double[2];
        s.evaluate(mx, my, g, null);
        assertEquals(0, Math.hypot(g[0], g[1]), 1e-12);
        PointProbe probe = new PointProbe();
        Rng rng = new Rng(3);
        for (int k = 0; k < 200; k++) {
            double x = rng.uniform(-20, 20);
            double y = rng.uniform(-20, 20);
            assertSame(PointProbe.Kind.MINIMUM, probe.at(s, x, y).kind(), "convex at " + x + ", " + y);
            assertTrue(s.value(x, y) >= s.infimum());
        }
    }

    @Test
    void everyLandscapeSurfaceIsNamedAndMade() {
        for (LandscapeSurface ls : LandscapeSurface.values()) {
            assertSame(ls, LandscapeSurface.fromId(ls.id()));
            Surface s = ls.create(50);
            assertEquals(ls.id(), s.id());
            assertTrue(Double.isFinite(s.value(s.startX(), s.startY())), ls.id());
        }
        assertEquals(50, ((QuadraticBowl) LandscapeSurface.QUADRATIC.create(50)).kappa());
        assertEquals(null, LandscapeSurface.fromId("nope"));
    }

    @Test
    void theSaddleOriginReadsSaddleAndTheBowlMinimum() {
        PointProbe p = new PointProbe().at(new SaddleSurface(), 0, 0);
        assertSame(PointProbe.Kind.SADDLE, p.kind());
        assertTrue(p.isCritical());
        assertEquals(-2, p.lambda1(), 1e-12);
        assertEquals(2, p.lambda2(), 1e-12);
        assertEquals(0, p.vector1X(), 1e-12); // λ = −2 along y
        assertEquals(1, Math.abs(p.vector1Y()), 1e-12);
        p.at(new QuadraticBowl(10), 0, 0);
        assertSame(PointProbe.Kind.MINIMUM, p.kind());
        assertEquals(10, p.conditionNumber(), 1e-12);
        // Himmelblau's local maximum near (−0.27, −0.92)
        Himmelblau h = new Himmelblau();
        p.at(h, -0.270845, -0.923039);
        assertSame(PointProbe.Kind.MAXIMUM, p.kind());
        assertTrue(p.gradientNorm() < 1e-3);
    }

    @Test
    void optimalStepMinimizesTheQuadraticAlongTheGradient() {
        QuadraticBowl q = new QuadraticBowl(20);
        PointProbe p = new PointProbe().at(q, 1.3, -0.7);
        double gx = p.gradientX();
        double gy = p.gradientY();
        double eps = p.optimalStep();
        assertEquals(p.gTg() / p.gTHg(), eps, 0);
        double best = q.value(1.3 - eps * gx, -0.7 - eps * gy);
        for (double d = -0.01; d <= 0.01; d += 0.002) {
            if (d != 0) {
                assertTrue(q.value(1.3 - (eps + d) * gx, -0.7 - (eps + d) * gy) > best);
            }
        }
        // Taylor: J(θ − εg) = J − ε gᵀg + ½ ε² gᵀHg exactly on a quadratic
        assertEquals(p.value() - eps * p.gTg() + 0.5 * eps * eps * p.gTHg(), best, 1e-12);
        // Newton lands on the minimum of a quadratic
        assertEquals(0, 1.3 + p.newtonX(), 1e-12);
        assertEquals(0, -0.7 + p.newtonY(), 1e-12);
        // no optimal step where the curvature along g is negative
        assertTrue(Double.isNaN(p.at(new SaddleSurface(), 0.1, 1).optimalStep()));
    }

    @Test
    void contourSegmentsLieOnTheirLevelsAndShadesAreLogScaled() {
        QuadraticBowl q = new QuadraticBowl(4);
        ContourGrid grid = new ContourGrid(60, 12);
        grid.sample(q, -3, 3, -2, 2);
        assertEquals(0, grid.shade(grid.low()), 1e-12);
        assertEquals(1, grid.shade(grid.high()), 1e-12);
        assertEquals(grid.high(), grid.valueAtShade(1), 1e-9);
        for (double u : grid.shades()) {
            assertTrue(u >= 0 && u <= 1 + 1e-12);
        }
        int segments = grid.contours(10);
        assertTrue(segments > 100, "segments: " + segments);
        // levels are log-spaced: the first few are far below the midpoint of the range
        assertTrue(grid.level(0) < grid.low() + 0.01 * (grid.high() - grid.low()));
        double[] s = grid.segments();
        double cellX = 6.0 / 59;
        for (int k = 0; k < segments; k++) {
            double x = -3 + s[4 * k] * cellX;
            double y = 2 - s[4 * k + 1] * (4.0 / 59);
            double v = q.value(x, y);
            double nearest = Double.POSITIVE_INFINITY;
            for (int l = 0; l < grid.levelCount(); l++) {
                nearest = Math.min(nearest, Math.abs(v - grid.level(l)));
            }
            // linear interpolation of a quadratic: error ≤ curvature × cell² 
            assertTrue(nearest < 4 * cellX * cellX + 1e-9, "on a level: " + v);
        }
    }
}
