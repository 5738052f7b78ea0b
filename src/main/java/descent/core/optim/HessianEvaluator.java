package descent.core.optim;

/**
 * Gives the second-order rules a Hessian: the exact one when the objective is a {@link HessianObjective},
 * otherwise finite differences of gradients ({@link FiniteDifferenceHessian}).
 */
public final class HessianEvaluator {
    private final FiniteDifferenceHessian differences;
    private boolean lastExact;

    public HessianEvaluator(int n) {
        differences = new FiniteDifferenceHessian(n);
    }

    /** Writes ∇²J(θ) into {@code hessian} (n×n row-major). */
    public void evaluate(Objective f, double[] theta, double[] hessian) {
        if (f instanceof HessianObjective) {
            ((HessianObjective) f).hessian(theta, hessian);
            lastExact = true;
        } else {
            differences.compute(f, theta, hessian);
            lastExact = false;
        }
    }

    /** Whether the last Hessian was exact rather than differenced. */
    public boolean lastWasExact() {
        return lastExact;
    }
}
