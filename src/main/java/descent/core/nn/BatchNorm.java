package descent.core.nn;

/**
 * Batch normalization of one hidden layer of k units (CURRICULUM §5), with γ and β read from θ.
 *
 * <p><b>Training mode</b> (batch statistics), for a batch of n rows X (n × k):
 * <pre>
 *   μ_j = (1/n) Σ_i X_ij,   σ_j = √(δ + (1/n) Σ_i (X_ij − μ_j)²),
 *   X̂_ij = (X_ij − μ_j) / σ_j,   Y_ij = γ_j X̂_ij + β_j.
 * </pre>
 * The backward pass goes through μ and σ, which depend on every row: with dY = ∂L/∂Y,
 * <pre>
 *   ∂L/∂γ_j = Σ_i dY_ij X̂_ij,   ∂L/∂β_j = Σ_i dY_ij,
 *   ∂L/∂X_ij = (γ_j / σ_j) · (dY_ij − (1/n) Σ_r dY_rj − X̂_ij · (1/n) Σ_r dY_rj X̂_rj).
 * </pre>
 * (From ∂σ_j/∂X_rj = X̂_rj / n and Σ_r (X_rj − μ_j) = 0; exact with δ inside the root.) A batch of one row
 * has σ = √δ, X̂ = 0 and Y = β, and passes no gradient back: nothing to normalize against, but no crash.
 *
 * <p><b>Evaluation mode</b> uses the running averages μ̄, σ̄ instead, which are constants:
 * Y = γ (X − μ̄)/σ̄ + β and ∂L/∂X = γ dY / σ̄.
 *
 * <p><b>Running averages</b> (momentum form, like Adam's moments without bias correction): after a
 * training-mode gradient evaluation, μ̄ ← (1 − η) μ̄ + η μ and σ̄ ← (1 − η) σ̄ + η σ, with η the network's
 * {@link RunningStatistics#momentum()} (0.1 by default: about the last 10 batches count). They start at μ̄ = 0,
 * σ̄ = 1, so evaluation mode before any training normalizes nothing.
 */
public final class BatchNorm {
    /** δ inside the square root: keeps σ ≥ √δ for a constant column and a batch of one. */
    public static final double DELTA = 1e-5;

    private final int k;
    private final double[] batchMean;
    private final double[] batchSigma;
    private final double[] runningMean;
    private final double[] runningSigma;
    private final double[] sumDy;
    private final double[] sumDyXhat;
    private double[] xhat = new double[0];

    BatchNorm(int units) {
        k = units;
        batchMean = new double[k];
        batchSigma = new double[k];
        runningMean = new double[k];
        runningSigma = new double[k];
        sumDy = new double[k];
        sumDyXhat = new double[k];
        resetRunningStatistics();
    }

    /** k, the number of units normalized. */
    public int units() {
        return k;
    }

    /** μ of the last training-mode forward pass, per unit (live array, read-only). */
    public double[] batchMean() {
        return batchMean;
    }

    /** σ = √(δ + variance) of the last training-mode forward pass, per unit (live array, read-only). */
    public double[] batchSigma() {
        return batchSigma;
    }

    /** μ̄, the running average of μ used in evaluation mode (live array, read-only). */
    public double[] runningMean() {
        return runningMean;
    }

    /** σ̄, the running average of σ used in evaluation mode (live array, read-only). */
    public double[] runningSigma() {
        return runningSigma;
    }

    /** X̂ of the last forward pass (rows × k, row-major; live, read-only). */
    public double[] normalized() {
        return xhat;
    }

    void ensureCapacity(int rows) {
        if (xhat.length < rows * k) {
            xhat = new double[rows * k];
        }
    }

    /** μ̄ = 0, σ̄ = 1. */
    void resetRunningStatistics() {
        for (int j = 0; j < k; j++) {
            runningMean[j] = 0;
            runningSigma[j] = 1;
        }
    }

    /** μ̄ ← (1 − η) μ̄ + η μ, σ̄ ← (1 − η) σ̄ + η σ from the last training-mode pass. */
    void updateRunningStatistics(double eta) {
        for (int j = 0; j < k; j++) {
            runningMean[j] = (1 - eta) * runningMean[j] + eta * batchMean[j];
            runningSigma[j] = (1 - eta) * runningSigma[j] + eta * batchSigma[j];
        }
    }

    /**
     * Y = γ X̂ + β for n rows of {@code in} into {@code out} (which may be {@code in}), with the batch's
     * statistics ({@code training}) or the running ones.
     */
    void forward(double[] in, double[] out, int n, double[] theta, int gammaOffset, int betaOffset,
                 boolean training) {
        double[] mean = runningMean;
        double[] sigma = runningSigma;
        if (training) {
            mean = batchMean;
            sigma = batchSigma;
            for (int j = 0; j < k; j++) {
                mean[j] = 0;
                sigma[j] = 0;
            }
            for (int b = 0; b < n; b++) {
                int r = b * k;
                for (int j = 0; j < k; j++) {
                    mean[j] += in[r + j];
                }
            }
            for (int j = 0; j < k; j++) {
                mean[j] /= n;
            }
            for (int b = 0; b < n; b++) {
                int r = b * k;
                for (int j = 0; j < k; j++) {
                    double d = in[r + j] - mean[j];
                    sigma[j] += d * d;
                }
            }
            for (int j = 0; j < k; j++) {
                sigma[j] = Math.sqrt(DELTA + sigma[j] / n);
            }
        }
        for (int b = 0; b < n; b++) {
            int r = b * k;
            for (int j = 0; j < k; j++) {
                double x = (in[r + j] - mean[j]) / sigma[j];
                xhat[r + j] = x;
                out[r + j] = theta[gammaOffset + j] * x + theta[betaOffset + j];
            }
        }
    }

    /**
     * Given dY (n × k) in {@code dOut}, writes ∂L/∂γ and ∂L/∂β into {@code gradient} and ∂L/∂X into
     * {@code dIn} (which may be {@code dOut}), for a forward pass in the given mode.
     */
    void backward(double[] dOut, double[] dIn, int n, double[] theta, int gammaOffset, int betaOffset,
                  double[] gradient, boolean training) {
        for (int j = 0; j < k; j++) {
            sumDy[j] = 0;
            sumDyXhat[j] = 0;
        }
        for (int b = 0; b < n; b++) {
            int r = b * k;
            for (int j = 0; j < k; j++) {
                double dy = dOut[r + j];
                sumDy[j] += dy;
                sumDyXhat[j] += dy * xhat[r + j];
            }
        }
        for (int j = 0; j < k; j++) {
            gradient[gammaOffset + j] = sumDyXhat[j];
            gradient[betaOffset + j] = sumDy[j];
        }
        if (training) {
            for (int j = 0; j < k; j++) {
                sumDy[j] /= n;
                sumDyXhat[j] /= n;
            }
            for (int b = 0; b < n; b++) {
                int r = b * k;
                for (int j = 0; j < k; j++) {
                    double scale = theta[gammaOffset + j] / batchSigma[j];
                    dIn[r + j] = scale * (dOut[r + j] - sumDy[j] - xhat[r + j] * sumDyXhat[j]);
                }
            }
        } else {
            for (int b = 0; b < n; b++) {
                int r = b * k;
                for (int j = 0; j < k; j++) {
                    dIn[r + j] = theta[gammaOffset + j] / runningSigma[j] * dOut[r + j];
                }
            }
        }
    }
}
