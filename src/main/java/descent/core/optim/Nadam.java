package descent.core.optim;

/**
 * Nadam (Dozat 2016): Adam whose momentum term looks ahead like Nesterov's, in the constant-β1 form:
 * <pre>
 *   t ← t + 1
 *   m ← β1 m + (1 − β1) g
 *   s ← β2 s + (1 − β2) g ⊙ g
 *   m̄ = β1 m / (1 − β1^(t+1)) + (1 − β1) g / (1 − β1^t)
 *   ŝ = s / (1 − β2^t)
 *   θ ← θ − ε m̄ / (√ŝ + δ)        (element-wise)
 * </pre>
 * The look-ahead: where Adam steps along the corrected m̂, Nadam steps along the next step's momentum part
 * (β1 m, corrected one step ahead) plus the current gradient's share. (Dozat also schedules β1 over time; PyTorch
 * adds that schedule, this rule keeps β1 constant as Keras did.)
 */
public final class Nadam implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double[] g;
    private final double[] m;
    private final double[] s;
    private double beta1Power = 1;
    private double beta2Power = 1;

    public Nadam(OptimizerSettings settings, int dimension) {
        beta1 = settings.beta1();
        beta2 = settings.beta2();
        delta = settings.delta();
        g = new double[dimension];
        m = new double[dimension];
        s = new double[dimension];
    }

    @Override
    public double step(Objective objective, double[] theta, double learningRate) {
        double loss = objective.valueAndGradient(theta, g);
        beta1Power *= beta1;
        beta2Power *= beta2;
        double correction1 = 1 - beta1Power;          // 1 − β1^t
        double correction1Next = 1 - beta1Power * beta1; // 1 − β1^(t+1)
        double correction2 = 1 - beta2Power;
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
            double mBar = beta1 * m[i] / correction1Next + (1 - beta1) * g[i] / correction1;
            double sHat = s[i] / correction2;
            theta[i] -= learningRate * mBar / (Math.sqrt(sHat) + delta);
        }
        return loss;
    }
}
