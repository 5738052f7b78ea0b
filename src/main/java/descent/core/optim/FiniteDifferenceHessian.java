package descent.core.optim;

/**
 * ∇²J(θ) by central differences of gradients, for objectives without an exact Hessian (small networks).
 *
 * <p>Row i is (∇J(θ + hᵢeᵢ) − ∇J(θ − hᵢeᵢ)) / 2hᵢ with hᵢ = ε_mach^(1/3)·max(1, |θᵢ|) ≈ 6e-6·max(1, |θᵢ|),
 * which balances the O(h²) truncation error against the O(ε_mach/h) rounding error; the result is
 * symmetrized, H ← (H + Hᵀ)/2. It costs 2n gradient evaluations: fine for the few hundred parameters the
 * second-order lessons use. Buffers are allocated once.
 */
public final class FiniteDifferenceHessian {
    private static final double RELATIVE_STEP = 6.0554544523933395e-6; // cube root of 2^-52

    private final int n;
    private final double[] x;
    private final double[] gPlus;
    private final double[] gMinus;

    public FiniteDifferenceHessian(int n) {
        this.n = n;
        this.x = new double[n];
        this.gPlus = new double[n];
        this.gMinus = new double[n];
    }

    /** Writes the finite-difference Hessian of {@code f} at θ into {@code hessian} (n×n row-major). */
    public void compute(Objective f, double[] theta, double[] hessian) {
        System.arraycopy(theta, 0, x, 0, n);
        for (int i = 0; i < n; i++) {
            double ti = theta[i];
            double h = RELATIVE_STEP * Math.max(1, Math.abs(ti));
            double up = ti + h;
            double down = ti - h;
            x[i] = up;
            f.valueAndGradient(x, gPlus);
            x[i] = down;
            f.valueAndGradient(x, gMinus);
            x[i] = ti;
            double width = up - down; // the exactly representable 2h
            for (int j = 0; j < n; j++) {
                hessian[i * n + j] = (gPlus[j] - gMinus[j]) / width;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
                hessian[i * n + j] = s;
                hessian[j * n + i] = s;
            }
        }
    }
}
