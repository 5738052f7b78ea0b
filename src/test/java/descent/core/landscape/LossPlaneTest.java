package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import descent.core.nn.Activation;
import descent.core.nn.Network;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LossPlaneTest {
    private static final Network NET = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID);
    private static final int N = NET.parameterCount();
    /** A loss that is not symmetric about anything the plane chooses: Σ (p + 1) (θ_p − c_p)². */
    private static final ToDoubleFunction<double[]> BOWL = theta -> {
        double s = 0;
        for (int p = 0; p < theta.length; p++) {
            double d = theta[p] - 0.1 * p;
            s += (p + 1) * d * d;
        }
        return s;
    };

    private static double[] theta0() {
        double[] t = new double[N];
        Rng rng = new Rng(3);
        for (int p = 0; p < N; p++) {
            t[p] = rng.nextGaussian();
        }
        return t;
    }

    /** Paths θ₀ + s·u + s²·v (s = 0 … 1) for two lanes with different speeds: they lie in span{u, v}. */
    private static double[][] planarPaths(double[] theta0, double[] u, double[] v, int points) {
        double[][] paths = new double[2][points * N];
        for (int l = 0; l < 2; l++) {
            for (int k = 0; k < points; k++) {
                double s = (l + 1) * k / (double) (points - 1);
                for (int p = 0; p < N; p++) {
                    paths[l][k * N + p] = theta0[p] + s * u[p] + s * s * v[p];
                }
            }
        }
        return paths;
    }

    private static double[] gaussian(int seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[N];
        for (int p = 0; p < N; p++) {
            x[p] = rng.nextGaussian();
        }
        return x;
    }

    private static LossPlane done(LossPlane plane) {
        int guard = 0;
        while (!plane.advance(1)) {
            assertTrue(++guard < 100_000, "the work ends");
        }
        return plane;
    }

    @Test
    void principalDirectionsHoldPathsThatLieInAPlaneAndAreOrthonormal() {
        double[] t0 = theta0();
        double[][] paths = planarPaths(t0, gaussian(5), gaussian(6), 30);
        LossPlane plane = done(new LossPlane(BOWL, NET, t0, paths, new int[] {30, 30},
                LossPlane.Directions.PRINCIPAL, new Rng(1), 40, 11));
        assertEquals(LossPlane.Directions.PRINCIPAL, plane.directions());
        assertEquals("", plane.note());
        assertEquals(1, plane.captured(), 1e-9, "both paths lie in span{u, v}");
        double[] d1 = plane.direction1();
        double[] d2 = plane.direction2();
        assertEquals(1, dot(d1, d1), 1e-12);
        assertEquals(1, dot(d2, d2), 1e-12);
        assertEquals(0, dot(d1, d2), 1e-12);
        // every projected point rebuilds its θ exactly, and the plane's loss there is the loss at that θ
        for (int l = 0; l < 2; l++) {
            for (int k = 0; k < 30; k++) {
                double a = plane.pathX(l, k);
                double b = plane.pathY(l, k);
                double[] theta = java.util.Arrays.copyOfRange(paths[l], k * N, (k + 1) * N);
                assertEquals(BOWL.applyAsDouble(theta), plane.lossAt(a, b), 1e-9);
            }
        }
    }

    @Test
    void everyPathStartsAtTheOriginWithTheLossAtTheta0() {
        double[] t0 = theta0();
        double[][] paths = planarPaths(t0, gaussian(7), gaussian(8), 12);
        for (LossPlane.Directions d : LossPlane.Directions.values()) {
            LossPlane plane = done(new LossPlane(BOWL, NET, t0, paths, new int[] {12, 12}, d, new Rng(2), 40, 9));
            for (int l = 0; l < 2; l++) {
                assertEquals(0, plane.pathX(l, 0), 0.0, d + " lane " + l);
                assertEquals(0, plane.pathY(l, 0), 0.0, d + " lane " + l);
                assertEquals(BOWL.applyAsDouble(t0), plane.lossAt(plane.pathX(l, 0), plane.pathY(l, 0)), 1e-12);
            }
            assertTrue(plane.xMin() < 0 && plane.xMax() > 0 && plane.yMin() < 0 && plane.yMax() > 0,
                    d + ": θ₀ lies inside the box");
        }
    }

    @Test
    void theGridHoldsTheLossAtItsPointsRowZeroAtTheTop() {
        double[] t0 = theta0();
        LossPlane plane = done(new LossPlane(BOWL, NET, t0, planarPaths(t0, gaussian(9), gaussian(10), 8),
                new int[] {8, 8}, LossPlane.Directions.PRINCIPAL, new Rng(3), 40, 7));
        double[] v = plane.values();
        for (int row = 0; row < 7; row++) {
            for (int col = 0; col < 7; col++) {
                assertEquals(plane.lossAt(plane.planeX(col), plane.planeY(row)), v[row * 7 + col], 1e-12);
            }
        }
        assertEquals(plane.yMax(), plane.planeY(0), 1e-15);
        assertEquals(plane.xMin(), plane.planeX(0), 1e-15);
        assertEquals(1, plane.progress(), 0.0);
    }

    @Test
    void randomDirectionsAreFilterNormalizedToTheta0AndProjectByLeastSquares() {
        double[] t0 = theta0();
        double[][] paths = planarPaths(t0, gaussian(11), gaussian(12), 10);
        LossPlane plane = done(new LossPlane(BOWL, NET, t0, paths, new int[] {10, 10},
                LossPlane.Directions.RANDOM, new Rng(4), 40, 5));
        double[] d1 = plane.direction1();
        for (int l = 0; l < NET.layerCount(); l++) {
            int in = NET.width(l);
            for (int j = 0; j < NET.width(l + 1); j++) {
                int row = NET.weightOffset(l) + j * in;
                double dn = 0;
                double tn = 0;
                for (int i = 0; i < in; i++) {
                    dn += d1[row + i] * d1[row + i];
                    tn += t0[row + i] * t0[row + i];
                }
                assertEquals(Math.sqrt(tn), Math.sqrt(dn), 1e-12, "row " + j + " of W" + (l + 1));
            }
        }
        assertTrue(plane.captured() >= 0 && plane.captured() < 0.9, "a random plane holds little: "
                + plane.captured());
        // a point built on the plane projects back to its own coordinates
        double[] theta = new double[N];
        double[] d2 = plane.direction2();
        for (int p = 0; p < N; p++) {
            theta[p] = t0[p] + 0.3 * d1[p] - 0.2 * d2[p];
        }
        double[] ab = new double[2];
        plane.project(theta, ab);
        assertArrayEquals(new double[] {0.3, -0.2}, ab, 1e-12);
    }

    @Test
    void pathsThatHaveNotMovedGetRandomDirectionsWithANote() {
        double[] t0 = theta0();
        double[][] paths = {t0.clone(), t0.clone()};
        LossPlane plane = done(new LossPlane(BOWL, NET, t0, paths, new int[] {1, 1},
                LossPlane.Directions.PRINCIPAL, new Rng(5), 40, 5));
        assertEquals(LossPlane.Directions.RANDOM, plane.directions());
        assertTrue(plane.note().contains("not left θ₀"), plane.note());
        assertEquals(-1, plane.xMin(), 0.0, "a unit of each direction around θ₀");
    }

    @Test
    void oneStraightPathGetsARandomSecondDirectionAtRightAngles() {
        double[] t0 = theta0();
        double[] u = gaussian(13);
        double[][] paths = new double[1][5 * N];
        for (int k = 0; k < 5; k++) {
            for (int p = 0; p < N; p++) {
                paths[0][k * N + p] = t0[p] + k * u[p];
            }
        }
        LossPlane plane = done(new LossPlane(BOWL, NET, t0, paths, new int[] {5},
                LossPlane.Directions.PRINCIPAL, new Rng(6), 40, 5));
        assertTrue(plane.note().contains("one line"), plane.note());
        assertEquals(0, dot(plane.direction1(), plane.direction2()), 1e-12);
        assertEquals(1, plane.captured(), 1e-9);
        assertEquals(4 * Math.sqrt(dot(u, u)), Math.abs(plane.pathX(0, 4)), 1e-9, "a is a distance in θ");
    }

    @Test
    void workInSmallUnitsGivesWhatOneBigCallGives() {
        double[] t0 = theta0();
        double[][] paths = planarPaths(t0, gaussian(14), gaussian(15), 20);
        LossPlane a = done(new LossPlane(BOWL, NET, t0, paths, new int[] {20, 20},
                LossPlane.Directions.PRINCIPAL, new Rng(7), 40, 9));
        LossPlane b = new LossPlane(BOWL, NET, t0, paths, new int[] {20, 20},
                LossPlane.Directions.PRINCIPAL, new Rng(7), 40, 9);
        assertTrue(b.advance(Integer.MAX_VALUE));
        assertArrayEquals(a.values(), b.values(), 0.0);
        assertArrayEquals(a.direction1(), b.direction1(), 0.0);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
