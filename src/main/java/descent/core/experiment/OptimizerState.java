package descent.core.experiment;

import descent.core.optim.AdaGrad;
import descent.core.optim.Momentum;
import descent.core.optim.MomentumCs231n;
import descent.core.optim.Nesterov;
import descent.core.optim.NesterovChangeOfVariables;
import descent.core.optim.Optimizer;
import descent.core.optim.RmsProp;
import descent.core.optim.RmsPropNesterov;

/**
 * Carries a rule's state (velocity v, squared-gradient average r) from an old instance to a new one of the
 * same rule, when a hyperparameter other than ε changed mid-run.
 *
 * <p>Why it is needed: settings are immutable and captured at construction, so a new α or ρ needs a new
 * optimizer; copying v and r lets the learner change α on a moving ball without stopping it. Only rules whose
 * whole state is exposed can be carried: momentum (both forms), Nesterov (both forms), AdaGrad, RMSProp and
 * RMSProp + Nesterov. Adam's family keeps a private step counter t for its bias correction, and the
 * quasi-Newton rules curvature pairs, so they start fresh (and the page says so).
 */
final class OptimizerState {
    private OptimizerState() {
    }

    /** Copies the state of {@code from} into {@code to} when both are the same carriable rule. */
    static boolean transfer(Optimizer from, Optimizer to) {
        if (from instanceof Momentum && to instanceof Momentum) {
            return copy(((Momentum) from).velocity(), ((Momentum) to).velocity());
        }
        if (from instanceof MomentumCs231n && to instanceof MomentumCs231n) {
            return copy(((MomentumCs231n) from).velocity(), ((MomentumCs231n) to).velocity());
        }
        if (from instanceof Nesterov && to instanceof Nesterov) {
            return copy(((Nesterov) from).velocity(), ((Nesterov) to).velocity());
        }
        if (from instanceof NesterovChangeOfVariables && to instanceof NesterovChangeOfVariables) {
            return copy(((NesterovChangeOfVariables) from).velocity(),
                    ((NesterovChangeOfVariables) to).velocity());
        }
        if (from instanceof AdaGrad && to instanceof AdaGrad) {
            return copy(((AdaGrad) from).accumulator(), ((AdaGrad) to).accumulator());
        }
        if (from instanceof RmsProp && to instanceof RmsProp) {
            return copy(((RmsProp) from).accumulator(), ((RmsProp) to).accumulator());
        }
        if (from instanceof RmsPropNesterov && to instanceof RmsPropNesterov) {
            RmsPropNesterov a = (RmsPropNesterov) from;
            RmsPropNesterov b = (RmsPropNesterov) to;
            return copy(a.velocity(), b.velocity()) && copy(a.accumulator(), b.accumulator());
        }
        return false;
    }

    private static boolean copy(double[] from, double[] to) {
        if (from.length != to.length) {
            return false;
        }
        System.arraycopy(from, 0, to, 0, from.length);
        return true;
    }
}
