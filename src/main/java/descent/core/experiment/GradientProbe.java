package descent.core.experiment;

import descent.core.optim.Objective;

/**
 * The objective a run hands its optimizer: passes every call through (to the network's objective, or to the
 * clipping wrapper around it) and measures, per step, the gradients the rule actually read.
 *
 * <ul>
 *   <li>{@link #rawNorm()}: ‖∇J‖ of the step's first gradient evaluation, before clipping — the gradient at θ
 *       for most rules, at the look-ahead point for Nesterov. Taken from the first call rather than the last
 *       because Newton's finite-difference Hessian and line searches evaluate many probe points after it.</li>
 *   <li>{@link #appliedNorm()}: the largest ‖g‖ handed to the rule in the step, after clipping; with clipping
 *       by norm at c it never exceeds c.</li>
 * </ul>
 * Costs one extra pass over g per evaluation (n multiply-adds, small beside the forward and backward pass).
 */
final class GradientProbe implements Objective {
    private final TrainingTask network;
    private Objective inner;
    private int evaluations;
    private double rawNorm = Double.NaN;
    private double appliedNorm;

    GradientProbe(TrainingTask network) {
        this.network = network;
        this.inner = network.objective();
    }

    /** What the calls go to: the network's objective or a wrapper around it. */
    void setInner(Objective inner) {
        this.inner = inner;
    }

    /** Called before each step: the next evaluation is the step's first. */
    void beginStep() {
        evaluations = 0;
        rawNorm = Double.NaN;
        appliedNorm = 0;
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public double value(double[] theta) {
        return inner.value(theta);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double loss = inner.valueAndGradient(theta, gradient);
        if (evaluations == 0) {
            rawNorm = network.lastGradientNorm();
        }
        evaluations++;
        double sq = 0;
        for (int i = 0; i < gradient.length; i++) {
            sq += gradient[i] * gradient[i];
        }
        double norm = Math.sqrt(sq);
        if (norm > appliedNorm || norm != norm) { // keep a NaN: it is what the rule saw
            appliedNorm = norm;
        }
        return loss;
    }

    /** ‖∇J‖₂ of the step's first gradient, before clipping; NaN if the rule read none. */
    double rawNorm() {
        return rawNorm;
    }

    /** Largest ‖g‖₂ the rule read in the step, after clipping. */
    double appliedNorm() {
        return appliedNorm;
    }

    /** Gradient evaluations in the current step. */
    int evaluations() {
        return evaluations;
    }
}
