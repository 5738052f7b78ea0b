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
}
