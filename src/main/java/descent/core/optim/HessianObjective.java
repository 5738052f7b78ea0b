package descent.core.optim;

/**
 * An objective that also knows its Hessian ∇²J(θ) exactly (the 2D test surfaces do).
 *
 * <p>Rules that need a Hessian take it from here when the objective implements this interface, and from
 * {@link FiniteDifferenceHessian} otherwise (see {@link HessianEvaluator}).
 */
public interface HessianObjective extends Objective {
    /** Writes ∇²J(θ) into {@code hessian}, n×n row-major (entry (i, j) at i·n + j). Allocates nothing. */
    void hessian(double[] theta, double[] hessian);
}
