package descent.web.lanes;

/**
 * How lane i is drawn: a colour from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies) and a dash pattern with a name, so that lanes are told apart without colour too.
 */
public final class LaneStyle {
    private static final String[] COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9"};
    private static final String[] DASHES = {"", "9 4", "2 3", "12 3 2 3", "6 6", "1 2 6 2"};
    private static final String[] DASH_NAMES = {"solid", "dashed", "dotted", "dash-dot", "long dash", "dot-dash"};

    private LaneStyle() {
    }

    public static String colour(int lane) {
        return COLOURS[lane % COLOURS.length];
    }

    /** A canvas dash pattern ("" = solid). */
    public static String dash(int lane) {
        return DASHES[lane % DASHES.length];
    }

    /** The pattern's name, for legends and screen readers. */
    public static String dashName(int lane) {
        return DASH_NAMES[lane % DASH_NAMES.length];
    }
}
