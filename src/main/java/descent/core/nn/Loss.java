package descent.core.nn;

import descent.core.math.MathFns;

/**
 * The loss of one example, from the output unit's pre-activation z (the logit) and its activation a = f(z).
 * A batch's loss is the mean over its examples.
 *
 * <p>Both are given z and a so that each can use the stabler of the two: cross-entropy works on the logit
 * and never forms log σ(z), squared error works on the prediction a.
 */
public enum Loss {
    /** L = ½(a − y)²; dL/dz = (a − y)·f'(z), with f the output activation (linear for regression). */
    SQUARED_ERROR {
        @Override
        public double value(double z, double a, double y) {
            double r = a - y;
            return 0.5 * r * r;
        }

        @Override
        public double gradientWrtLogit(double z, double a, double y, Activation output) {
            return (a - y) * output.derivativeFromOutput(a);
        }
    },
    /**
     * Logistic loss of a sigmoid output a = σ(z) for a label y ∈ {0, 1}:
     * L = −y ln σ(z) − (1 − y) ln(1 − σ(z)) = y·softplus(−z) + (1 − y)·softplus(z); dL/dz = σ(z) − y.
     * Needs a {@link Activation#SIGMOID} output.
     */
    CROSS_ENTROPY {
        @Override
        public double value(double z, double a, double y) {
            return y * MathFns.log1pExp(-z) + (1 - y) * MathFns.log1pExp(z);
        }

        @Override
        public double gradientWrtLogit(double z, double a, double y, Activation output) {
            return a - y; // a = σ(z): the sigmoid's derivative cancels the log's
        }

        @Override
        public void checkOutput(Activation output) {
            if (output != Activation.SIGMOID) {
                throw new IllegalArgumentException("cross-entropy needs a SIGMOID output, not " + output);
            }
        }
    };

    /** L(z, a; y). */
    public abstract double value(double z, double a, double y);

    /** dL/dz at the logit z, with a = output(z). */
    public abstract double gradientWrtLogit(double z, double a, double y, Activation output);

    /** Throws when this loss cannot be paired with that output activation. */
    public void checkOutput(Activation output) {
    }
}
