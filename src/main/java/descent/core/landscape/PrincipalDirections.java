package descent.core.landscape;

import static descent.core.math.Vectors.dot;
import static descent.core.math.Vectors.norm;
import static descent.core.math.Vectors.scale;

import descent.core.math.Rng;

/**
 * The first two principal directions of paths' displacements x = θ_t − θ₀, about θ₀ (uncentred): the top two
 * eigenvectors of Σ x xᵀ over a sample of every path's points. With m samples of n parameters (m ≪ n) they come
 * from the m×m Gram matrix G = X Xᵀ: subspace iteration [u₁ u₂] ← orth(G [u₁ u₂]), a Rayleigh–Ritz rotation,
 * then d_k = Xᵀu_k / ‖Xᵀu_k‖ (d₂ made exactly ⊥ d₁). In small units of work ({@link #advance}) for
 * {@link LossPlane}; nothing is allocated after construction.
 */
final class PrincipalDirections {
    private static final int MAX_ITERATIONS = 300;
    private static final int ITERATIONS_PER_UNIT = 20;

    private final int n;
    private final int m;
    private final Rng rng;
    private final double[] samples;
    private final double[] gram;
    private final double[] q1;
    private final double[] q2;
    private final double[] z;
    private int row;
    private int iterations;

    /** Samples up to {@code perPath} evenly spaced points of each path (always its last), as x = θ − θ₀. */
    PrincipalDirections(double[][] paths, int[] counts, double[] theta0, int perPath, Rng rng) {
        this.rng = rng;
        n = theta0.length;
        int count = 0;
        for (int l = 0; l < paths.length; l++) {
            count += Math.min(counts[l], perPath);
        }
        m = count;
        samples = new double[m * n];
        gram = new double[m * m];
        q1 = new double[m];
        q2 = new double[m];
        z = new double[m];
        int r = 0;
        for (int l = 0; l < paths.length; l++) {
            int take = Math.min(counts[l], perPath);
            for (int s = 0; s < take; s++) {
                int k = take == 1 ? counts[l] - 1 : (int) Math.round((double) s * (counts[l] - 1) / (take - 1));
                for (int p = 0; p < n; p++) {
                    samples[r * n + p] = paths[l][k * n + p] - theta0[p];
                }
                r++;
            }
        }
    }

    /** One unit of work: a row of G, or a few iterations. Returns whether the basis has converged. */
    boolean advance() {
        if (row < m) {
            gramRow();
            return false;
        }
        for (int t = 0; t < ITERATIONS_PER_UNIT && iterations < MAX_ITERATIONS; t++, iterations++) {
            multiply(q1, z);
            System.arraycopy(z, 0, q1, 0, m);
            multiply(q2, z);
            System.arraycopy(z, 0, q2, 0, m);
            orthonormalize();
        }
        return iterations >= MAX_ITERATIONS;
    }

    private void gramRow() {
        int i = row;
        for (int j = i; j < m; j++) {
            double s = 0;
            for (int p = 0, a = i * n, b = j * n; p < n; p++) {
                s += samples[a + p] * samples[b + p];
            }
            gram[i * m + j] = s;
            gram[j * m + i] = s;
        }
        if (++row == m) {
            for (int k = 0; k < m; k++) {
                q1[k] = rng.nextGaussian();
                q2[k] = rng.nextGaussian();
            }
            orthonormalize();
        }
    }

    private void multiply(double[] v, double[] out) {
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0, r = i * m; j < m; j++) {
                s += gram[r + j] * v[j];
            }
            out[i] = s;
        }
    }

    private void orthonormalize() {
        scale(q1, 1 / norm(q1));
        double c = dot(q1, q2);
        for (int k = 0; k < m; k++) {
            q2[k] -= c * q1[k];
        }
        double n2 = norm(q2);
        scale(q2, n2 > 0 ? 1 / n2 : 0);
    }

    /**
     * Writes d₁, d₂ (orthonormal) once {@link #advance} is done. Returns null when no path has left θ₀ (no
     * principal direction exists), a note when the paths lie on one line (d₂ is then random, ⊥ d₁), else "".
     */
    String write(double[] d1, double[] d2) {
        double trace = 0;
        for (int i = 0; i < m; i++) {
            trace += gram[i * m + i];
        }
        if (!(trace > 0)) {
            return null;
        }
        // Rayleigh–Ritz on span{q1, q2}: rotate the basis to the eigenvectors of the 2×2 matrix [qᵢᵀ G qⱼ]
        multiply(q1, z);
        double t11 = dot(q1, z);
        double t12 = dot(q2, z);
        multiply(q2, z);
        double t22 = dot(q2, z);
        double phi = 0.5 * Math.atan2(2 * t12, t11 - t22);
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        for (int k = 0; k < m; k++) {
            double a = q1[k];
            double b = q2[k];
            q1[k] = c * a + s * b;
            q2[k] = c * b - s * a;
        }
        combine(q1, d1);
        scale(d1, 1 / norm(d1));
        combine(q2, d2);
        String note = "";
        double along = dot(d1, d2);
        for (int p = 0; p < n; p++) {
            d2[p] -= along * d1[p];
        }
        double n2 = norm(d2);
        if (!(n2 > 1e-9 * Math.sqrt(trace))) {
            // the paths lie on one line: any second direction shows the same; take a random one ⊥ d₁
            for (int p = 0; p < n; p++) {
                d2[p] = rng.nextGaussian();
            }
            along = dot(d1, d2);
            for (int p = 0; p < n; p++) {
                d2[p] -= along * d1[p];
            }
            n2 = norm(d2);
            note = "The paths lie on one line: the second direction is random, at right angles to it.";
        }
        scale(d2, 1 / n2);
        return note;
    }

    /** out = Xᵀ u: a combination of the sampled displacements. */
    private void combine(double[] u, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < m; i++) {
            double w = u[i];
            for (int p = 0, r = i * n; p < n; p++) {
                out[p] += w * samples[r + p];
            }
        }
    }
}
