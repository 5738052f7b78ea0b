package descent.core.landscape;

/**
 * Himmelblau's function J = (x² + y − 11)² + (x + y² − 7)²: four minima, all with J = 0, at (3, 2),
 * (−2.805118…, 3.131312…), (−3.779310…, −3.283186…), (3.584428…, −1.848126…) — which one gradient descent
 * finds depends on the start. (The last three are polished to full precision by Newton's method at
 * construction.) Also a local maximum near (−0.27, −0.92) and four saddles.
 * <pre>
 *   a = x² + y − 11,  b = x + y² − 7
 *   Jx = 4 x a + 2 b     Jy = 2 a + 4 y b
 *   Jxx = 4 a + 8 x² + 2   Jxy = 4 x + 4 y   Jyy = 2 + 4 b + 8 y²
 * </pre>
 */
public final class Himmelblau extends Surface {
    public Himmelblau() {
        super("himmelblau", new ViewBox(-5, 5, -5, 5), 0, 0);
        setMinima(new double[] {3, -2.805118, -3.779310, 3.584428},
                new double[] {2, 3.131312, -3.283186, -1.848126}, true);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        put(gradient, 4 * x * a + 2 * b, 2 * a + 4 * y * b);
        put(hessian, 4 * a + 8 * x * x + 2, 4 * x + 4 * y, 2 + 4 * b + 8 * y * y);
        return a * a + b * b;
    }

    @Override
    public double infimum() {
        return 0;
    }
}
