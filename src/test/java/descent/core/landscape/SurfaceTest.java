package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

/** Every surface's gradient and Hessian against finite differences, and its minima, view box and lesson. */
class SurfaceTest {
    private static Surface[] all() {
        SurfaceKind[] kinds = SurfaceKind.values();
        Surface[] out = new Surface[kinds.length + 1];
        for (int i = 0; i < kinds.length; i++) {
            out[i] = kinds[i].create();
        }
        out[kinds.length] = new QuadraticBowl(0.3); // κ < 1 too
        return out;
    }

    /** Sample points: a 9×9 grid over the view box, plus random points in it. */
    private static double[][] points(Surface s) {
        ViewBox v = s.viewBox();
        Rng rng = new Rng(s.id().hashCode());
        double[][] p = new double[81 + 40][];
        int n = 0;
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                p[n++] = new double[] {v.xMin() + v.width() * (i + 0.37) / 9, v.yMin() + v.height() * (j + 0.61) / 9};
            }
        }
        for (int i = 0; i < 40; i++) {
            p[n++] = new double[] {rng.uniform(v.xMin(), v.xMax()), rng.uniform(v.yMin(), v.yMax())};
        }
        return p;
    }

    @Test
    void gradientsMatchCentralDifferencesOfValues() {
        for (Surface s : all()) {
            for (double[] p : points(s)) {
                double[] g = new double[2];
                s.evaluate(p[0], p[1], g, null);
                double h = 1e-6;
                double gx = (s.value(p[0] + h, p[1]) - s.value(p[0] - h, p[1])) / (2 * h);
                double gy = (s.value(p[0], p[1] + h) - s.value(p[0], p[1] - h)) / (2 * h);
                double scale = 1 + Math.abs(g[0]) + Math.abs(g[1]) + Math.abs(s.value(p[0], p[1]));
                assertEquals(gx, g[0], 1e-6 * scale, s.id() + " Jx at " + p[0] + "," + p[1]);
                assertEquals(gy, g[1], 1e-6 * scale, s.id() + " Jy at " + p[0] + "," + p[1]);
            }
        }
    }

    @Test
    void hessiansMatchCentralDifferencesOfGradients() {
        for (Surface s : all()) {
            for (double[] p : points(s)) {
                double[] hess = new double[4];
                s.evaluate(p[0], p[1], null, hess);
                assertEquals(hess[1], hess[2], 0, "symmetric");
                double h = 1e-6;
                double[] plus = new double[2];
                double[] minus = new double[2];
                s.evaluate(p[0] + h, p[1], plus, null);
                s.evaluate(p[0] - h, p[1], minus, null);
                double xx = (plus[0] - minus[0]) / (2 * h);
                double yx = (plus[1] - minus[1]) / (2 * h);
                s.evaluate(p[0], p[1] + h, plus, null);
                s.evaluate(p[0], p[1] - h, minus, null);
                double xy = (plus[0] - minus[0]) / (2 * h);
                double yy = (plus[1] - minus[1]) / (2 * h);
                double scale = 1 + Math.abs(hess[0]) + Math.abs(hess[1]) + Math.abs(hess[3]);
                String at = s.id() + " at " + p[0] + "," + p[1];
                assertEquals(xx, hess[0], 1e-5 * scale, at + " Jxx");
                assertEquals(yx, hess[1], 1e-5 * scale, at + " Jxy");
                assertEquals(xy, hess[1], 1e-5 * scale, at + " Jyx");
                assertEquals(yy, hess[3], 1e-5 * scale, at + " Jyy");
            }
        }
    }

    @Test
    void objectiveViewAgreesWithTheXyView() {
        for (Surface s : all()) {
            double[] theta = {0.3, -0.7};
            double[] g = new double[2];
            double[] h = new double[4];
            assertEquals(2, s.dimension());
            assertEquals(s.value(0.3, -0.7), s.valueAndGradient(theta, g), 0);
            assertEquals(s.value(0.3, -0.7), s.value(theta), 0);
            s.hessian(theta, h);
            double[] g2 = new double[2];
            double[] h2 = new double[4];
            s.evaluate(0.3, -0.7, g2, h2);
            assertEquals(g2[0], g[0], 0);
            assertEquals(h2[3], h[3], 0);
        }
    }

    @Test
    void knownMinimaAreMinimaAtTheInfimum() {
        for (Surface s : all()) {
            for (int i = 0; i < s.minimumCount(); i++) {
                double x = s.minimumX(i);
                double y = s.minimumY(i);
                double[] g = new double[2];
                double[] h = new double[4];
                double v = s.evaluate(x, y, g, h);
                assertTrue(Math.hypot(g[0], g[1]) < 1e-10, s.id() + " ∇J at minimum " + i);
                assertEquals(CriticalPoint.MINIMUM, CriticalPoint.classify(h, 2, 1e-9), s.id());
                assertEquals(s.infimum(), v, 1e-12, s.id() + " J at minimum " + i);
                assertTrue(s.viewBox().contains(x, y), s.id() + " minimum in view");
                assertEquals(0, s.distanceToNearestMinimum(x, y), 0);
            }
            assertTrue(s.viewBox().contains(s.startX(), s.startY()), s.id() + " start in view");
            assertEquals(s, s); // surfaces are plain objects
        }
    }

    @Test
    void minimaByHand() {
        assertEquals(1, new Rosenbrock().minimumCount());
        assertEquals(0, new Rosenbrock().value(1, 1), 0);
        assertEquals(0, new Beale().value(3, 0.5), 0); // 1.5 − 3 + 1.5 = 0, 2.25 − 3 + 0.75 = 0, 2.625 − 3 + 0.375 = 0
        assertEquals(0, new Himmelblau().value(3, 2), 0); // 9 + 2 − 11 = 0, 3 + 4 − 7 = 0
        Himmelblau himmelblau = new Himmelblau();
        assertEquals(4, himmelblau.minimumCount());
        assertEquals(-2.805118, himmelblau.minimumX(1), 1e-6);
        assertEquals(3.131312, himmelblau.minimumY(1), 1e-6);
        assertEquals(-3.779310, himmelblau.minimumX(2), 1e-6);
        assertEquals(3.584428, himmelblau.minimumX(3), 1e-6);
        assertEquals(Math.hypot(1, 1), new Rosenbrock().distanceToNearestMinimum(0, 0), 1e-15);
        assertEquals(0, new SaddleSurface().minimumCount());
        assertEquals(Double.POSITIVE_INFINITY, new SaddleSurface().distanceToNearestMinimum(0, 0));
    }

    @Test
    void criticalPointsAreClassifiedByTheirHessian() {
        double[] h = new double[4];
        new SaddleSurface().evaluate(0, 0, null, h);
        assertEquals(CriticalPoint.SADDLE, CriticalPoint.classify(h, 2, 1e-9)); // diag(2, −2)
        // Himmelblau's local maximum near (−0.270845, −0.923039)
        new Himmelblau().evaluate(-0.270845, -0.923039, null, h);
        assertEquals(CriticalPoint.MAXIMUM, CriticalPoint.classify(h, 2, 1e-9));
        assertEquals(CriticalPoint.DEGENERATE, CriticalPoint.classify(new double[] {1, 0, 0, 0}, 2, 1e-9));
    }

    @Test
    void quadraticKnowsItsBestRates() {
        QuadraticBowl wide = new QuadraticBowl(0.25); // λ = 1 and 0.25: condition number 4
        assertEquals(4, wide.conditionNumber(), 0);
        assertEquals(1.6, wide.optimalGradientDescentRate(), 1e-15); // 2/(0.25 + 1)
        assertEquals(0.6, wide.gradientDescentContraction(), 1e-15); // (4 − 1)/(4 + 1)
        assertEquals(4 / 2.25, wide.optimalHeavyBallRate(), 1e-15); // 4/(0.5 + 1)²
        assertEquals(1.0 / 3, wide.heavyBallContraction(), 1e-15);   // (2 − 1)/(2 + 1)
        assertThrows(IllegalArgumentException.class, () -> new QuadraticBowl(0));
    }

    @Test
    void asymptoteSurfaceHasNoCriticalPointAndOneCrestPerSection() {
        AsymptoteMountain m = new AsymptoteMountain();
        assertEquals(0, m.minimumCount());
        double[] g = new double[2];
        for (double y = -8; y <= 8; y += 0.5) {
            int crests = 0;
            double previous = Double.NaN;
            for (double x = -60; x <= 60; x += 0.01) {
                m.evaluate(x, y, g, null);
                assertTrue(g[1] < 0, "∂J/∂y < 0 everywhere: no critical point");
                if (previous > 0 && g[0] <= 0) {
                    crests++;
                }
                assertTrue(!(previous < 0 && g[0] > 0), "no dip along x at y = " + y + ", x = " + x);
                previous = g[0];
            }
            assertEquals(1, crests, "one crest at y = " + y);
            assertTrue(m.value(-60, y) > 0, "left side approaches 0 from above");
            assertTrue(m.value(60, y) > -1, "right side approaches −1 from above");
            assertTrue(m.value(60, y) < -0.99);
        }
        assertEquals(-1, m.infimum(), 0);
    }

    @Test
    void asymptoteSurfaceSendsTheWrongSideTheWrongWay() {
        // Gradient descent from the default start, left of the mountain, runs left; from the right side it
        // slides down toward the low asymptote J → −1.
        AsymptoteMountain m = new AsymptoteMountain();
        double[] wrong = {m.startX(), m.startY()};
        double[] right = {1, -2};
        double[] g = new double[2];
        for (int k = 0; k < 500; k++) {
            m.valueAndGradient(wrong, g);
            wrong[0] -= 0.5 * g[0];
            wrong[1] -= 0.5 * g[1];
            m.valueAndGradient(right, g);
            right[0] -= 0.5 * g[0];
            right[1] -= 0.5 * g[1];
        }
        assertTrue(wrong[0] < -1.5, "moved further left: x = " + wrong[0]);
        assertTrue(m.value(wrong[0], wrong[1]) > -0.1, "stuck near the worse asymptote");
        assertTrue(m.value(right[0], right[1]) < -0.9);
    }

    @Test
    void plateauAndCliffHaveTheAdvertisedSlopes() {
        PlateauCliff s = new PlateauCliff();
        double[] g = new double[2];
        s.evaluate(-5, 1, g, null);
        assertTrue(Math.hypot(g[0], g[1]) < 1e-4, "plateau is flat");
        assertEquals(1, s.value(-5, 1), 1e-4);
        s.evaluate(2, 0.5, g, null);
        assertTrue(g[0] > 20, "cliff face is steep: " + g[0]);
        s.evaluate(4, 0.5, g, null);
        assertEquals(0.2, g[0], 0.01); // the terrace's tilt
        assertTrue(s.value(4, 0.5) > 2.9);
        assertEquals(-6.7e-5, s.minimumX(0), 1e-6);
        assertEquals(1.68e-5, s.infimum(), 1e-7);
    }

    @Test
    void kindsRoundTrip() {
        for (SurfaceKind k : SurfaceKind.values()) {
            assertEquals(k, SurfaceKind.fromId(k.id()));
            assertEquals(k.id(), k.create().id());
        }
        assertNull(SurfaceKind.fromId("banana"));
        assertEquals(3.0, ((QuadraticBowl) SurfaceKind.QUADRATIC.create(3)).kappa());
    }
}
