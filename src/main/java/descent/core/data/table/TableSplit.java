package descent.core.data.table;

import descent.core.data.SplitIndices;
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
        SplitIndices split = SplitIndices.of(all.size(), trainFraction, rng);
        Table rawTrain = all.subset(split.train(), split.train().length);
        Standardization scaling = Standardization.of(rawTrain);
        Table rawValidation = all.subset(split.validation(), split.validation().length);
        return new TableSplit(scaling.apply(rawTrain), scaling.apply(rawValidation), scaling);
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
