package descent.core.landscape;

/**
 * The ill-conditioned quadratic J = ½(x² + κy²): Hessian diag(1, κ), condition number κ (or 1/κ if κ &lt; 1).
 *
 * <p>Gradient descent zig-zags across the canyon and crawls along it. The best constant rates are known in
 * closed form, with λmin, λmax the smaller and larger of 1 and κ:
 * <ul>
 *   <li>GD: ε = 2/(λmin + λmax) contracts ‖θ‖ by exactly (κ − 1)/(κ + 1) per step;</li>
 *   <li>heavy ball: ε = 4/(√λmin + √λmax)², α = ((√κ − 1)/(√κ + 1))² contracts by about (√κ − 1)/(√κ + 1).</li>
 * </ul>
 */
public final class QuadraticBowl extends Surface {
    private final double kappa;

    public QuadraticBowl(double kappa) {
        super("quadratic", new ViewBox(-3, 3, -2, 2), -2.5, 1.5);
        if (!(kappa > 0) || kappa - kappa != 0) {
            throw new IllegalArgumentException("κ must be a positive number, got " + kappa);
        }
        this.kappa = kappa;
        setMinima(new double[] {0}, new double[] {0}, false);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        put(gradient, x, kappa * y);
        put(hessian, 1, 0, kappa);
        return 0.5 * (x * x + kappa * y * y);
    }

    @Override
    public double infimum() {
        return 0;
    }

    public double kappa() {
        return kappa;
    }

    private double smallest() {
        return Math.min(1, kappa);
    }

    private double largest() {
        return Math.max(1, kappa);
    }

    /** λmax/λmin. */
    public double conditionNumber() {
        return largest() / smallest();
    }

    /** ε = 2/(λmin + λmax), the best constant rate for gradient descent. */
    public double optimalGradientDescentRate() {
        return 2 / (smallest() + largest());
    }

    /** (κ − 1)/(κ + 1): GD's contraction per step at its best rate. */
    public double gradientDescentContraction() {
        double c = conditionNumber();
        return (c - 1) / (c + 1);
    }

    /** ε = 4/(√λmin + √λmax)², the heavy ball's best rate. */
    public double optimalHeavyBallRate() {
        double s = Math.sqrt(smallest()) + Math.sqrt(largest());
        return 4 / (s * s);
    }

    /** α = ((√κ − 1)/(√κ + 1))², the heavy ball's best momentum. */
    public double optimalHeavyBallMomentum() {
        double r = heavyBallContraction();
        return r * r;
    }

    /** (√κ − 1)/(√κ + 1): the heavy ball's asymptotic contraction per step at its best settings. */
    public double heavyBallContraction() {
        double q = Math.sqrt(conditionNumber());
        return (q - 1) / (q + 1);
    }
}
