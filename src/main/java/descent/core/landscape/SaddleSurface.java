package descent.core.landscape;

/**
 * The saddle J = x² − y²: gradient (2x, −2y), Hessian diag(2, −2), one critical point at the origin, which is a
 * saddle; no minimum (J → −∞ along y). Near the x axis the gradient is tiny and gradient descent lingers; plain
 * Newton jumps onto the saddle in one step from anywhere; saddle-free Newton runs away from it.
 */
public final class SaddleSurface extends Surface {
    public SaddleSurface() {
        super("saddle", new ViewBox(-2, 2, -2, 2), -1.5, 0.05);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        put(gradient, 2 * x, -2 * y);
        put(hessian, 2, 0, -2);
        return x * x - y * y;
    }

    @Override
    public double infimum() {
        return Double.NEGATIVE_INFINITY;
    }
}
