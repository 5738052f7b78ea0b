package descent.core.data;

import descent.core.math.Rng;

/**
 * Which examples of n go to training and which to validation: round(fraction · n), at least 1, chosen by the
 * generator, and each part in the examples' own order (generators emit points grouped by class, so an unshuffled
 * pass over the training part still shows the correlated ordering the curriculum warns about, §7).
 */
public final class SplitIndices {
    private final int[] train;
    private final int[] validation;

    private SplitIndices(int[] train, int[] validation) {
        this.train = train;
        this.validation = validation;
    }

    /** @param trainFraction in (0, 1]; values outside are clamped */
    public static SplitIndices of(int n, double trainFraction, Rng rng) {
        if (n == 0) {
            throw new IllegalArgumentException("cannot split an empty dataset");
        }
        double f = trainFraction < 0 ? 0 : trainFraction > 1 ? 1 : trainFraction;
        int nTrain = Math.max(1, (int) Math.round(f * n));
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
        return new SplitIndices(trainIdx, valIdx);
    }

    /** The training examples' indices, ascending. */
    public int[] train() {
        return train;
    }

    /** The validation examples' indices, ascending (empty when the fraction is 1). */
    public int[] validation() {
        return validation;
    }
}
