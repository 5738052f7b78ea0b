package descent.core.data.table;

import descent.core.math.Rng;

/**
 * A training and a validation split of a real table, standardized with the training split's statistics only
 * (see {@link Standardization}): the form in which a lane trains on real data.
 */
public final class TableSplit {
    private final Table train;
    private final Table validation;
    private final Standardization scaling;

    private TableSplit(Table train, Table validation, Standardization scaling) {
        this.train = train;
        this.validation = validation;
        this.scaling = scaling;
    }

    /**
     * Puts round(fraction · n) examples, at least 1, chosen by {@code rng}, into the training split and the
     * rest into validation, each keeping the table's order; then standardizes both with the training split's μ, σ.
     */
    public static TableSplit of(Table all, double trainFraction, Rng rng) {
        int n = all.size();
        if (n == 0) {
            throw new IllegalArgumentException("cannot split an empty table");
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
        Table rawTrain = all.subset(trainIdx, nTrain);
        Standardization scaling = Standardization.of(rawTrain);
        return new TableSplit(scaling.apply(rawTrain), scaling.apply(all.subset(valIdx, n - nTrain)), scaling);
    }

    /** The standardized training split. */
    public Table train() {
        return train;
    }

    /** The standardized validation split (may be empty when the fraction is 1). */
    public Table validation() {
        return validation;
    }

    /** The μ, σ measured on the training split, e.g. to draw a map in the original units. */
    public Standardization scaling() {
        return scaling;
    }
}
