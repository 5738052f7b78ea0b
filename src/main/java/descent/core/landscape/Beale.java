package descent.core.landscape;

/**
 * Beale's function J = Σᵢ₌₁..₃ aᵢ², aᵢ = cᵢ − x + x yⁱ with c = (1.5, 2.25, 2.625): flat plateaus and steep
 * ridges, minimum J = 0 at (3, 0.5).
 * <pre>
 *   ∂aᵢ/∂x = yⁱ − 1,   ∂aᵢ/∂y = i x yⁱ⁻¹,   ∂²aᵢ/∂x² = 0,   ∂²aᵢ/∂x∂y = i yⁱ⁻¹,   ∂²aᵢ/∂y² = i(i − 1) x yⁱ⁻²
 *   ∇J = Σ 2 aᵢ ∇aᵢ,   ∇²J = Σ 2 (∇aᵢ ∇aᵢᵀ + aᵢ ∇²aᵢ)
 * </pre>
 */
public final class Beale extends Surface {
    public Beale() {
        super("beale", new ViewBox(-4.5, 4.5, -4.5, 4.5), 1, 1.5);
        setMinima(new double[] {3}, new double[] {0.5}, false);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a1 = 1.5 - x + x * y;
        double a2 = 2.25 - x + x * y2;
        double a3 = 2.625 - x + x * y3;
        // first derivatives of a1, a2, a3
        double a1x = y - 1;
        double a1y = x;
        double a2x = y2 - 1;
        double a2y = 2 * x * y;
        double a3x = y3 - 1;
        double a3y = 3 * x * y2;
        if (gradient != null) {
            put(gradient, 2 * (a1 * a1x + a2 * a2x + a3 * a3x), 2 * (a1 * a1y + a2 * a2y + a3 * a3y));
        }
        if (hessian != null) {
            // second derivatives: a1xy = 1, a1yy = 0; a2xy = 2y, a2yy = 2x; a3xy = 3y², a3yy = 6xy
            double xx = 2 * (a1x * a1x + a2x * a2x + a3x * a3x);
            double xy = 2 * (a1x * a1y + a2x * a2y + a3x * a3y + a1 + a2 * 2 * y + a3 * 3 * y2);
            double yy = 2 * (a1y * a1y + a2y * a2y + a3y * a3y + a2 * 2 * x + a3 * 6 * x * y);
            put(hessian, xx, xy, yy);
        }
        return a1 * a1 + a2 * a2 + a3 * a3;
    }

    @Override
    public double infimum() {
        return 0;
    }
}
