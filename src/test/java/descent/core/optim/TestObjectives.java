package descent.core.optim;

/** Small objectives whose derivatives are easy to work by hand. */
final class TestObjectives {
    private TestObjectives() {
    }

    /** P: J = ½(θ1² + 4θ2²), g = (θ1, 4θ2), H = diag(1, 4). */
    static HessianObjective bowl() {
        return new HessianObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] t) {
                return 0.5 * (t[0] * t[0] + 4 * t[1] * t[1]);
            }

            @Override
            public double valueAndGradient(double[] t, double[] g) {
                g[0] = t[0];
                g[1] = 4 * t[1];
                return value(t);
            }

            @Override
            public void hessian(double[] t, double[] h) {
                h[0] = 1;
                h[1] = 0;
                h[2] = 0;
                h[3] = 4;
            }
        };
    }

    /** Q: J = θ1⁴/4 + θ2², g = (θ1³, 2θ2), H = diag(3θ1², 2); exact Hessian when {@code exact}. */
    static Objective quartic(boolean exact) {
        if (!exact) {
            return new Objective() {
                @Override
                public int dimension() {
                    return 2;
                }

                @Override
                public double value(double[] t) {
                    return t[0] * t[0] * t[0] * t[0] / 4 + t[1] * t[1];
                }

                @Override
                public double valueAndGradient(double[] t, double[] g) {
                    g[0] = t[0] * t[0] * t[0];
                    g[1] = 2 * t[1];
                    return value(t);
                }
            };
        }
        return new HessianObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] t) {
                return t[0] * t[0] * t[0] * t[0] / 4 + t[1] * t[1];
            }

            @Override
            public double valueAndGradient(double[] t, double[] g) {
                g[0] = t[0] * t[0] * t[0];
                g[1] = 2 * t[1];
                return value(t);
            }

            @Override
            public void hessian(double[] t, double[] h) {
                h[0] = 3 * t[0] * t[0];
                h[1] = 0;
                h[2] = 0;
                h[3] = 2;
            }
        };
    }

    /** J = x·y: a saddle whose Hessian [[0, 1], [1, 0]] has eigenvectors (1, ±1)/√2. */
    static HessianObjective twistedSaddle() {
        return new HessianObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] t) {
                return t[0] * t[1];
            }

            @Override
            public double valueAndGradient(double[] t, double[] g) {
                g[0] = t[1];
                g[1] = t[0];
                return value(t);
            }

            @Override
            public void hessian(double[] t, double[] h) {
                h[0] = 0;
                h[1] = 1;
                h[2] = 1;
                h[3] = 0;
            }
        };
    }

    /** J = gᵀθ for a fixed g: the gradient is constant. */
    static Objective linear(double g1, double g2) {
        return new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] t) {
                return g1 * t[0] + g2 * t[1];
            }

            @Override
            public double valueAndGradient(double[] t, double[] g) {
                g[0] = g1;
                g[1] = g2;
                return value(t);
            }
        };
    }

    /** θ after each of {@code steps} steps from {@code start}, rows of (θ1, θ2). */
    static double[][] trajectory(Optimizer o, Objective f, double[] start, double lr, int steps) {
        double[] theta = start.clone();
        double[][] out = new double[steps][];
        for (int k = 0; k < steps; k++) {
            o.step(f, theta, lr);
            out[k] = theta.clone();
        }
        return out;
    }
}
