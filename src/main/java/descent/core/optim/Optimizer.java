package descent.core.optim;

/**
 * One optimizer's per-run state (velocity, r, m, s, t, …) and its update rule θ ← θ + Δθ.
 *
 * <p>Settings live elsewhere, immutable; an {@code Optimizer} is made from them for one run of dimension n.
 * A visualizer needs {@link #step}, not a {@code minimize()}: each call advances exactly one iteration.
 */
public interface Optimizer {
    /**
     * One iteration: reads J and ∇J from {@code objective} where the rule needs them, updates {@code theta} in
     * place and returns J at the point the rule evaluated first (θ for most rules, the look-ahead for Nesterov).
     *
     * @param learningRate ε for this step, already taken through the schedule; rules without one ignore it
     */
    double step(Objective objective, double[] theta, double learningRate);
}
