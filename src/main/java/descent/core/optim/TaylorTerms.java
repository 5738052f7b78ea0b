package descent.core.optim;

/**
 * The two terms of the second-order Taylor model of a gradient step, to monitor ill-conditioning during
 * training (seed 004, eq. 8.10):
 * <pre>
 *   J(θ − εg) ≈ J(θ) − ε gᵀg + ½ ε² gᵀHg
 * </pre>
 * The step lowers the model only while ½ε² gᵀHg &lt; ε gᵀg; ill-conditioning shows as gᵀHg growing faster than
 * gᵀg. Along g the model is lowest at ε* = gᵀg / gᵀHg (when gᵀHg &gt; 0), the optimal step on a quadratic.
 *
 * <p>gᵀHg comes from the exact Hessian of a {@link HessianObjective}, else from a central difference of
 * gradients along g: Hg ≈ (∇J(θ + hu) − ∇J(θ − hu)) / 2h · ‖g‖ with u = g/‖g‖ (two gradient evaluations,
 * fine for a network). Buffers are allocated once.
 */
public final class TaylorTerms {
    private final int n;
    private final double[] g;
    private final double[] x;
    private final double[] gPlus;
    private final double[] gMinus;
    private final double[] h;
    private double gradientSquared;
    private double curvature;

    public TaylorTerms(int n) {
        this.n = n;
        g = new double[n];
        x = new double[n];
        gPlus = new double[n];
        gMinus = new double[n];
        h = n <= 64 ? new double[n * n] : null;
    }

    /** Measures gᵀg and gᵀHg at θ; returns J(θ). */
    public double measure(Objective f, double[] theta) {
        double loss = f.valueAndGradient(theta, g);
        gradientSquared = LineSearch.dot(g, g);
        if (gradientSquared == 0) {
            curvature = 0;
            return loss;
        }
        if (f instanceof HessianObjective && h != null) {
            ((HessianObjective) f).hessian(theta, h);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double row = 0;
                for (int j = 0; j < n; j++) {
                    row += h[i * n + j] * g[j];
                }
                sum += g[i] * row;
            }
            curvature = sum;
            return loss;
        }
        double norm = Math.sqrt(gradientSquared);
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(theta[i]));
        }
        double step = 6.0554544523933395e-6 * Math.max(1, scale);
        for (int i = 0; i < n; i++) {
            x[i] = theta[i] + step * g[i] / norm;
        }
        f.valueAndGradient(x, gPlus);
        for (int i = 0; i < n; i++) {
            x[i] = theta[i] - step * g[i] / norm;
        }
        f.valueAndGradient(x, gMinus);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += g[i] * (gPlus[i] - gMinus[i]);
        }
        curvature = sum / (2 * step) * norm;
        return loss;
    }

    /** gᵀg at the last measured point. */
    public double gradientSquared() {
        return gradientSquared;
    }

    /** gᵀHg at the last measured point. */
    public double curvature() {
        return curvature;
    }

    /** ε gᵀg: what the step gains to first order. */
    public double firstOrderTerm(double learningRate) {
        return learningRate * gradientSquared;
    }

    /** ½ ε² gᵀHg: what curvature takes back. */
    public double secondOrderTerm(double learningRate) {
        return 0.5 * learningRate * learningRate * curvature;
    }

    /** ε* = gᵀg / gᵀHg, or +∞ when gᵀHg ≤ 0 (the model along g has no minimum). */
    public double optimalStep() {
        return curvature > 0 ? gradientSquared / curvature : Double.POSITIVE_INFINITY;
    }
}
