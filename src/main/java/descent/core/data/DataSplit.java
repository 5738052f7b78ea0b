package descent.core.data;

import descent.core.math.Rng;

/**
 * A training set and a held-out validation set drawn from one generated dataset.
 *
 * <p>The split picks a random subset but keeps the generator's order inside each part: generators emit
 * points grouped by class (and along the spiral), so an unshuffled pass over the training set still shows
 * the correlated ordering the curriculum warns about (§7).
 */
public final class DataSplit {
    private final Dataset train;
    private final Dataset validation;

    public DataSplit(Dataset train, Dataset validation) {
        if (train.isClassification() != validation.isClassification()) {
            throw new IllegalArgumentException("train and validation must be the same kind of task");
        }
        this.train = train;
        this.validation = validation;
    }

    /**
     * Puts round(fraction · n) points, at least 1, into the training set and the rest into validation.
     *
     * @param trainFraction in (0, 1]; values outside are clamped
     */
    public static DataSplit of(Dataset all, double trainFraction, Rng rng) {
        SplitIndices split = SplitIndices.of(all.size(), trainFraction, rng);
        return new DataSplit(all.subset(split.train(), split.train().length),
                all.subset(split.validation(), split.validation().length));
    }

    public Dataset train() {
        return train;
    }

    /** May be empty when the training fraction is 1. */
    public Dataset validation() {
        return validation;
    }

    /**
     * The same points on the plane with each coordinate shifted and scaled by the training set's mean and
     * deviation: x ← (x − μ_train)/σ_train (σ = 1 where a coordinate does not vary), validation included.
     */
    public DataSplit standardized() {
        Dataset train = train();
        double[] mean = new double[2];
        double[] sd = new double[2];
        for (int c = 0; c < 2; c++) {
            double s = 0;
            for (int i = 0; i < train.size(); i++) {
                s += train.points()[2 * i + c];
            }
            mean[c] = s / train.size();
            double v = 0;
            for (int i = 0; i < train.size(); i++) {
                double d = train.points()[2 * i + c] - mean[c];
                v += d * d;
            }
            sd[c] = Math.sqrt(v / train.size());
            if (!(sd[c] > 0)) {
                sd[c] = 1;
            }
        }
        return new DataSplit(scaled(train, mean, sd), scaled(validation(), mean, sd));
    }

    private static Dataset scaled(Dataset d, double[] mean, double[] sd) {
        double[] xy = d.points().clone();
        for (int i = 0; i < d.size(); i++) {
            xy[2 * i] = (xy[2 * i] - mean[0]) / sd[0];
            xy[2 * i + 1] = (xy[2 * i + 1] - mean[1]) / sd[1];
        }
        return new Dataset(xy, d.targets().clone(), d.isClassification());
    }
}
