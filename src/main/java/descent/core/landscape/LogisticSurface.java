package descent.core.landscape;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.math.MathFns;
import descent.core.math.Rng;

/**
 * Logistic regression's negative log-likelihood as a surface over its two weights: a real classification
 * data set (two moons, 200 points, seed 1, inputs divided by the data radius R), a linear model p = σ(w₁x₁ + w₂x₂)
 * through the origin, and a small ridge term so that the minimum is unique even if the data were separable.
 * <pre>
 *   J(w) = (1/N) Σᵢ [softplus(zᵢ) − yᵢ zᵢ] + (λ/2)‖w‖²,   zᵢ = wᵀxᵢ,  λ = 0.001
 *   ∇J   = (1/N) Σᵢ (pᵢ − yᵢ) xᵢ + λw
 *   ∇²J  = (1/N) Σᵢ pᵢ(1 − pᵢ) xᵢxᵢᵀ + λI     (positive definite: J is convex everywhere)
 * </pre>
 * The Hessian is a weighted covariance of the inputs, so every point of this surface classifies as a
 * "minimum-shaped" bowl — unlike a neural network's loss. The one minimum is polished by Newton's method at
 * construction.
 */
public final class LogisticSurface extends Surface {
    /** The ridge weight λ. */
    public static final double RIDGE = 1e-3;
    private final double[] x0;
    private final double[] x1;
    private final double[] y;

    public LogisticSurface() {
        this(DatasetKind.MOONS.generate(200, 0.1, new Rng(1)));
    }

    /** The loss on {@code data} (a classification set, labels 0 and 1); inputs are divided by the data radius. */
    public LogisticSurface(Dataset data) {
        super("logistic", new ViewBox(-4, 8, -6, 10), -3, -5);
        int n = data.size();
        x0 = new double[n];
        x1 = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = data.x0(i) / DatasetKind.RADIUS;
            x1[i] = data.x1(i) / DatasetKind.RADIUS;
            y[i] = data.y(i);
        }
        setMinima(new double[] {0}, new double[] {0}, true);
    }

    /** Number of data points. */
    public int size() {
        return y.length;
    }

    @Override
    public double evaluate(double wx, double wy, double[] gradient, double[] hessian) {
        int n = y.length;
        double sum = 0;
        double gx = 0;
        double gy = 0;
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int i = 0; i < n; i++) {
            double a = x0[i];
            double b = x1[i];
            double z = wx * a + wy * b;
            sum += MathFns.log1pExp(z) - y[i] * z;
            double p = MathFns.sigmoid(z);
            double r = p - y[i];
            gx += r * a;
            gy += r * b;
            double c = p * (1 - p);
            hxx += c * a * a;
            hxy += c * a * b;
            hyy += c * b * b;
        }
        double inv = 1.0 / n;
        put(gradient, gx * inv + RIDGE * wx, gy * inv + RIDGE * wy);
        put(hessian, hxx * inv + RIDGE, hxy * inv, hyy * inv + RIDGE);
        return sum * inv + 0.5 * RIDGE * (wx * wx + wy * wy);
    }

    @Override
    public double infimum() {
        return value(minimumX(0), minimumY(0));
    }
}
