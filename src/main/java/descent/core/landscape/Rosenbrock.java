package descent.core.landscape;

/**
 * Rosenbrock's banana J = (1 − x)² + 100 (y − x²)²: a curved, narrow valley y ≈ x² with the minimum J = 0 at
 * (1, 1). Classic start (−1.2, 1).
 * <pre>
 *   Jx = −2(1 − x) − 400 x (y − x²)      Jy = 200 (y − x²)
 *   Jxx = 2 − 400 y + 1200 x²   Jxy = −400 x   Jyy = 200
 * </pre>
 */
public final class Rosenbrock extends Surface {
    public Rosenbrock() {
        super("rosenbrock", new ViewBox(-2, 2, -1, 3), -1.2, 1);
        setMinima(new double[] {1}, new double[] {1}, false);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        double a = 1 - x;
        double b = y - x * x;
        put(gradient, -2 * a - 400 * x * b, 200 * b);
        put(hessian, 2 - 400 * y + 1200 * x * x, -400 * x, 200);
        return a * a + 100 * b * b;
    }

    @Override
    public double infimum() {
        return 0;
    }
}
