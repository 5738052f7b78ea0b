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
        int n = all.size();
        if (n == 0) {
            throw new IllegalArgumentException("cannot split an empty dataset");
        }
        double f = trainFraction < 0 ? 0 : trainFraction > 1 ? 1 : trainFraction;
        int nTrain = (int) Math.round(f * n);
        if (nTrain < 1) {
            nTrain = 1;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffle(order, n);
        boolean[] inTrain = new boolean[n];
        for (int k = 0; k < nTrain; k++) {
            inTrain[order[k]] = true;
        }
        int[] trainIdx = new int[nTrain];
        int[] valIdx = new int[n - nTrain];
        int t = 0;
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (inTrain[i]) {
                trainIdx[t++] = i;
            } else {
                valIdx[v++] = i;
            }
        }
        return new DataSplit(all.subset(trainIdx, nTrain), all.subset(valIdx, n - nTrain));
    }

    public Dataset train() {
        return train;
    }

    /** May be empty when the training fraction is 1. */
    public Dataset validation() {
        return validation;
    }
}
