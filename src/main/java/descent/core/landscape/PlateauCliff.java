package descent.core.landscape;

/**
 * A bowl on a plateau, below a cliff: flat regions where small steps stall, and a wall so steep that one
 * step catapults θ far away unless the gradient is clipped.
 * <pre>
 *   J = (1 − G) + H σ(s (x − c)) + (a/k) softplus(k (x − c)),   G = exp(−(x² + y²)/2)
 * </pre>
 * with H = 2, s = 50, c = 2, a = 0.2, k = 4.
 * <ul>
 *   <li>1 − G: a Gaussian bowl (minimum near the origin) that flattens into a plateau J ≈ 1 a few units
 *       out, where the gradient is ≈ r·e^(−r²/2): practically zero.</li>
 *   <li>H σ(s(x − c)): a cliff of height 2 at x = 2, only ≈ 0.1 wide; on its face ‖∇J‖ reaches Hs/4 = 25.</li>
 *   <li>(a/k) softplus(k(x − c)): tilts the upper terrace (x &gt; 2) toward the cliff with slope ≈ a = 0.2, and
 *       is practically flat below it.</li>
 * </ul>
 * From the default start (4, 0.5), gradient descent with ε = 0.5 walks down the terrace, reaches the cliff and
 * is thrown ≈ 12 units to the far side of the bowl, onto the plateau, where it stays; clipping the gradient
 * norm at 1 lets it climb down into the bowl instead. The minimum (≈ (−7e-5, 0), J ≈ 1.7e-5, tilted off the
 * origin by the terrace's tail) is polished by Newton's method at construction.
 */
public final class PlateauCliff extends Surface {
    private static final double HEIGHT = 2;
    private static final double SHARPNESS = 50;
    private static final double EDGE = 2;
    private static final double TILT = 0.2;
    private static final double TILT_SHARPNESS = 4;

    public PlateauCliff() {
        super("plateau-cliff", new ViewBox(-8, 6, -4, 4), 4, 0.5);
        setMinima(new double[] {0}, new double[] {0}, true);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        double gauss = StrictMath.exp(-0.5 * (x * x + y * y));
        double u = x - EDGE;
        double cliff = sigmoid(SHARPNESS * u);
        double cliffSlope = cliff * (1 - cliff);          // σ'(su) / 1
        double tilt = sigmoid(TILT_SHARPNESS * u);
        if (gradient != null) {
            put(gradient, x * gauss + HEIGHT * SHARPNESS * cliffSlope + TILT * tilt, y * gauss);
        }
        if (hessian != null) {
            double xx = gauss * (1 - x * x) + HEIGHT * SHARPNESS * SHARPNESS * cliffSlope * (1 - 2 * cliff)
                    + TILT * TILT_SHARPNESS * tilt * (1 - tilt);
            put(hessian, xx, -x * y * gauss, gauss * (1 - y * y));
        }
        return 1 - gauss + HEIGHT * cliff + TILT / TILT_SHARPNESS * softplus(TILT_SHARPNESS * u);
    }

    @Override
    public double infimum() {
        return value(minimumX(0), minimumY(0));
    }
}
