package descent.core.data.table;

/**
 * Per-feature standardization z_j = (x_j − μ_j) / σ_j with μ and σ measured on the training split only, so
 * that nothing about the validation examples leaks into training (the validation set is scaled with the
 * training set's numbers, as new data would be).
 *
 * <p>σ_j is the population standard deviation √(1/n Σᵢ (x_ij − μ_j)²). A feature that is constant on the
 * training split (σ_j = 0, e.g. a digit pixel that is always blank) is only centred: σ_j is taken as 1.
 */
public final class Standardization {
    private final double[] mean;
    private final double[] scale;

    private Standardization(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Measures μ and σ of every feature of {@code train}. */
    public static Standardization of(Table train) {
        int d = train.dimension();
        int n = train.size();
        if (n == 0) {
            throw new IllegalArgumentException("cannot standardize with an empty training split");
        }
        double[] x = train.rows();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] scale = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = x[i * d + j] - mean[j];
                scale[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / n);
            scale[j] = sd > 0 ? sd : 1;
        }
        return new Standardization(mean, scale);
    }

    /** μ_j. */
    public double mean(int j) {
        return mean[j];
    }

    /** σ_j (1 for a feature constant on the training split). */
    public double scale(int j) {
        return scale[j];
    }

    /** The table with every feature replaced by z_j = (x_j − μ_j) / σ_j. */
    public Table apply(Table t) {
        int d = mean.length;
        if (t.dimension() != d) {
            throw new IllegalArgumentException("measured on " + d + " features, applied to " + t.dimension());
        }
        double[] x = t.rows();
        double[] z = new double[x.length];
        for (int i = 0; i < t.size(); i++) {
            for (int j = 0; j < d; j++) {
                z[i * d + j] = (x[i * d + j] - mean[j]) / scale[j];
            }
        }
        return t.withRows(z);
    }
}
