package descent.core.landscape;

import descent.core.math.MathFns;
import descent.core.optim.HessianObjective;

/**
 * A 2D test function J(x, y) with its exact gradient and Hessian, as an {@link HessianObjective} of dimension
 * 2 (θ = (x, y)), plus what a view needs: a name, a view box, a default start, the known minima and the
 * infimum of J.
 *
 * <p>Each surface writes value, gradient and Hessian in one method, {@link #evaluate}, so the three are
 * derived side by side (and checked against finite differences in the tests). Nothing allocates after
 * construction.
 */
public abstract class Surface implements HessianObjective {
    private final String id;
    private final ViewBox viewBox;
    private final double startX;
    private final double startY;
    private double[] minimaX = new double[0];
    private double[] minimaY = new double[0];

    protected Surface(String id, ViewBox viewBox, double startX, double startY) {
        this.id = id;
        this.viewBox = viewBox;
        this.startX = startX;
        this.startY = startY;
    }

    /**
     * J(x, y); also writes ∇J into {@code gradient} (length 2) and ∇²J into {@code hessian} (2×2 row-major:
     * [Jxx, Jxy, Jyx, Jyy]) when they are not null.
     */
    public abstract double evaluate(double x, double y, double[] gradient, double[] hessian);

    /** The greatest lower bound of J over the plane (J at the global minimum, if there is one). */
    public abstract double infimum();

    /** The name used on the command line and in URLs, e.g. "rosenbrock". */
    public final String id() {
        return id;
    }

    public final ViewBox viewBox() {
        return viewBox;
    }

    /** A start that shows the surface's lesson. */
    public final double startX() {
        return startX;
    }

    public final double startY() {
        return startY;
    }

    public final double value(double x, double y) {
        return evaluate(x, y, null, null);
    }

    @Override
    public final int dimension() {
        return 2;
    }

    @Override
    public final double value(double[] theta) {
        return evaluate(theta[0], theta[1], null, null);
    }

    @Override
    public final double valueAndGradient(double[] theta, double[] gradient) {
        return evaluate(theta[0], theta[1], gradient, null);
    }

    @Override
    public final void hessian(double[] theta, double[] hessian) {
        evaluate(theta[0], theta[1], null, hessian);
    }

    /** How many local minima are known (0 for the saddle and the asymptote surface). */
    public final int minimumCount() {
        return minimaX.length;
    }

    public final double minimumX(int i) {
        return minimaX[i];
    }

    public final double minimumY(int i) {
        return minimaY[i];
    }

    /** Euclidean distance from (x, y) to the nearest known minimum, or +∞ if there is none. */
    public final double distanceToNearestMinimum(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < minimaX.length; i++) {
            double dx = x - minimaX[i];
            double dy = y - minimaY[i];
            best = Math.min(best, Math.sqrt(dx * dx + dy * dy));
        }
        return best;
    }

    /** Declares the known minima; each guess is polished by Newton's method on this surface's own derivatives. */
    protected final void setMinima(double[] guessesX, double[] guessesY, boolean polish) {
        minimaX = guessesX.clone();
        minimaY = guessesY.clone();
        if (polish) {
            for (int i = 0; i < minimaX.length; i++) {
                polish(i);
            }
        }
    }

    private void polish(int i) {
        double[] g = new double[2];
        double[] h = new double[4];
        double x = minimaX[i];
        double y = minimaY[i];
        for (int iteration = 0; iteration < 50; iteration++) {
            evaluate(x, y, g, h);
            double det = h[0] * h[3] - h[1] * h[2];
            if (det == 0) {
                break;
            }
            double dx = (h[3] * g[0] - h[1] * g[1]) / det;
            double dy = (h[0] * g[1] - h[2] * g[0]) / det;
            x -= dx;
            y -= dy;
            if (Math.abs(dx) + Math.abs(dy) < 1e-17) {
                break;
            }
        }
        minimaX[i] = x;
        minimaY[i] = y;
    }

    /** σ(z) = 1/(1 + e^(−z)), without overflow ({@link MathFns#sigmoid}: same bits on the JVM and in the page). */
    protected static double sigmoid(double z) {
        return MathFns.sigmoid(z);
    }

    /** softplus(z) = ln(1 + e^z), without overflow ({@link MathFns#log1pExp}). */
    protected static double softplus(double z) {
        return MathFns.log1pExp(z);
    }

    protected static void put(double[] gradient, double gx, double gy) {
        if (gradient != null) {
            gradient[0] = gx;
            gradient[1] = gy;
        }
    }

    protected static void put(double[] hessian, double xx, double xy, double yy) {
        if (hessian != null) {
            hessian[0] = xx;
            hessian[1] = xy;
            hessian[2] = xy;
            hessian[3] = yy;
        }
    }
}
