package descent.core.nn;

import descent.core.math.MathFns;

/**
 * Element-wise nonlinearities a = f(z). Each derivative is written from the output a, not from z, so the
 * backward pass reuses the activations of the forward pass and never calls f again (tanh is costly in JS).
 *
 * <p>The array methods loop inside one call per layer, keeping the per-element work free of dispatch.
 */
public enum Activation {
    /** a = tanh z; f'(z) = 1 − a². */
    TANH {
        @Override
        public double apply(double z) {
            return MathFns.tanh(z);
        }

        @Override
        public double derivativeFromOutput(double a) {
            return 1 - a * a;
        }

        @Override
        void applyInPlace(double[] v, int from, int to) {
            for (int i = from; i < to; i++) {
                v[i] = MathFns.tanh(v[i]);
            }
        }

        @Override
        void multiplyByDerivative(double[] delta, double[] a, int from, int to) {
            for (int i = from; i < to; i++) {
                double ai = a[i];
                delta[i] *= 1 - ai * ai;
            }
        }
    },
    /** a = max(0, z); f'(z) = 1 where a &gt; 0, else 0 (the subgradient 0 at z = 0). */
    RELU {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        public double derivativeFromOutput(double a) {
            return a > 0 ? 1 : 0;
        }

        @Override
        void applyInPlace(double[] v, int from, int to) {
            for (int i = from; i < to; i++) {
                if (v[i] < 0) { // NaN fails the test and stays NaN, so divergence is still seen
                    v[i] = 0;
                }
            }
        }

        @Override
        void multiplyByDerivative(double[] delta, double[] a, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!(a[i] > 0)) {
                    delta[i] = 0;
                }
            }
        }
    },
    /** a = σ(z) = 1/(1 + e^{−z}); f'(z) = a(1 − a). */
    SIGMOID {
        @Override
        public double apply(double z) {
            return MathFns.sigmoid(z);
        }

        @Override
        public double derivativeFromOutput(double a) {
            return a * (1 - a);
        }

        @Override
        void applyInPlace(double[] v, int from, int to) {
            for (int i = from; i < to; i++) {
                v[i] = MathFns.sigmoid(v[i]);
            }
        }

        @Override
        void multiplyByDerivative(double[] delta, double[] a, int from, int to) {
            for (int i = from; i < to; i++) {
                double ai = a[i];
                delta[i] *= ai * (1 - ai);
            }
        }
    },
    /** a = z; f'(z) = 1. */
    LINEAR {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivativeFromOutput(double a) {
            return 1;
        }

        @Override
        void applyInPlace(double[] v, int from, int to) {
        }

        @Override
        void multiplyByDerivative(double[] delta, double[] a, int from, int to) {
        }
    };

    /** a = f(z). */
    public abstract double apply(double z);

    /** f'(z) expressed through a = f(z). */
    public abstract double derivativeFromOutput(double a);

    /** v[i] ← f(v[i]) for i in [from, to). */
    abstract void applyInPlace(double[] v, int from, int to);

    /** δ[i] ← δ[i]·f'(z[i]) for i in [from, to), with f' read from the stored outputs a. */
    abstract void multiplyByDerivative(double[] delta, double[] a, int from, int to);
}
