package descent.core.data.table;

import descent.core.math.Rng;

/**
 * The K-class problems a comparison can train on: the shipped real sets (loaded by the page from data/, read
 * from webapp/data/ on the JVM) and generated plane sets with K &gt; 2 classes. Each knows its d and K before
 * any data exists, so the lanes' networks can be shaped and checked while the file is still loading.
 */
public enum TableKind {
    PENGUINS("penguins", ShippedData.PENGUINS, 2, 3, 342, "Palmer penguins: bill length and depth → 3 species"),
    /** Petal length and width: the two features where the three species separate. */
    IRIS("iris", ShippedData.IRIS, 2, 3, 150, "Iris: petal length and width → 3 species"),
    DIGITS("digits", ShippedData.DIGITS, 64, 10, 1797, "Digits: 8×8 images → 0…9"),
    SPIRAL3("spiral3", null, 2, 3, 0, "Spiral with 3 arms"),
    GAUSSIANS4("gaussians4", null, 2, 4, 0, "4 gaussian clusters");

    private final String id;
    private final ShippedData shipped;
    private final int inputs;
    private final int classes;
    private final int rows;
    private final String title;

    TableKind(String id, ShippedData shipped, int inputs, int classes, int rows, String title) {
        this.rows = rows;
        this.id = id;
        this.shipped = shipped;
        this.inputs = inputs;
        this.classes = classes;
        this.title = title;
    }

    /** The name in links and menus (the value of data=…). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** d, the inputs of a lane's network. */
    public int inputs() {
        return inputs;
    }

    /** K, the logits of a lane's network. */
    public int classes() {
        return classes;
    }

    /** n before the split: the shipped file's rows (checked by a test), or the generated {@code points}. */
    public int rows(int points) {
        return shipped != null ? rows : points;
    }

    /** The shipped file this set comes from, or null for a generated set. */
    public ShippedData shipped() {
        return shipped;
    }

    public boolean isShipped() {
        return shipped != null;
    }

    /** The kind whose id is {@code id}, or null (no Enum.valueOf: TeaVM cannot compile it). */
    public static TableKind byId(String id) {
        for (TableKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The table the lanes train on: the shipped file's table ({@code loaded}, with iris cut to its petal
     * columns), or {@code points} generated points with noise level ν (σ = 3ν, as on the plane) from {@code rng}.
     */
    public Table table(Table loaded, int points, double noise, Rng rng) {
        switch (this) {
            case SPIRAL3:
                return ManyClasses.spiral(3, points, 0.1 + 3 * noise, rng);
            case GAUSSIANS4:
                return ManyClasses.gaussians(4, points, 0.7 + 3 * noise, rng);
            case IRIS:
                return requireLoaded(loaded).columns(2, 3);
            default:
                return requireLoaded(loaded);
        }
    }

    private Table requireLoaded(Table loaded) {
        if (loaded == null) {
            throw new IllegalStateException(title + " is not loaded yet");
        }
        if (loaded.dimension() < inputs || loaded.classCount() != classes) {
            throw new IllegalArgumentException("the loaded table has " + loaded.dimension() + " features and "
                    + loaded.classCount() + " classes, not " + inputs + " and " + classes);
        }
        return loaded;
    }
}
