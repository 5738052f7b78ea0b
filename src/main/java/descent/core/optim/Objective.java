package descent.core.optim;

/**
 * Anything an optimizer can minimize: J(θ) and ∇J(θ) at any point θ ∈ ℝⁿ.
 *
 * <p>The point is an argument, not state, so that Nesterov can look ahead, line searches can probe and
 * Hessians can be differenced without disturbing the optimizer's own θ. Implementations reuse their buffers:
 * calling these methods allocates nothing.
 */
public interface Objective {
    /** n, the length of θ. */
    int dimension();

    /** J(θ). */
    double value(double[] theta);

    /** Returns J(θ) and writes ∇J(θ) into {@code gradient} (length n). */
    double valueAndGradient(double[] theta, double[] gradient);
}
