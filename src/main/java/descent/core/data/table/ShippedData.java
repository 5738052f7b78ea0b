package descent.core.data.table;

/**
 * The real datasets shipped with the site, in webapp/data/: converted once from Debian's packages and committed,
 * never fetched from their sources at run time. Each names its file, where it came from and its licence, which
 * the page shows beside the data.
 */
public enum ShippedData {
    /** Bill length and depth (mm) of 342 penguins (the 344 less 2 unmeasured) → Adelie, Chinstrap, Gentoo. */
    PENGUINS("penguins", "penguins.csv", "Palmer penguins",
            "Horst, Hill & Gorman (2020), palmerpenguins, data collected by K. Gorman at Palmer Station LTER",
            "CC0 1.0"),
    /** Fisher's 150 irises, four measurements (cm) → setosa, versicolor, virginica. */
    IRIS("iris", "iris.csv", "Iris",
            "R. A. Fisher (1936), via the UCI Machine Learning Repository (as shipped by scikit-learn)",
            "CC BY 4.0"),
    /** 1,797 handwritten digits, 8×8 pixel counts 0…16 → 0…9 (the UCI optical digits' test set). */
    DIGITS("digits", "digits.bin", "Optical digits 8×8",
            "E. Alpaydin & C. Kaynak (1998), UCI Machine Learning Repository (as shipped by scikit-learn)",
            "CC BY 4.0");

    private final String id;
    private final String file;
    private final String title;
    private final String source;
    private final String licence;

    ShippedData(String id, String file, String title, String source, String licence) {
        this.id = id;
        this.file = file;
        this.title = title;
        this.source = source;
        this.licence = licence;
    }

    /** The name in links and menus. */
    public String id() {
        return id;
    }

    /** The file name under the site's data/ folder. */
    public String file() {
        return file;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String licence() {
        return licence;
    }

    /** The set whose id is {@code id}, or null (no Enum.valueOf: TeaVM cannot compile it). */
    public static ShippedData byId(String id) {
        for (ShippedData d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }

    /** Reads this set's file content (text for the .csv sets, bytes for the digits). */
    public Table parse(byte[] content) {
        if (this == DIGITS) {
            return DigitBytes.parse(content);
        }
        return TableText.parse(new String(content, java.nio.charset.StandardCharsets.UTF_8));
    }
}
