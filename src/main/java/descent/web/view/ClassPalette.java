package descent.web.view;

import descent.web.dom.Dom;

/**
 * The colours of K classes: the theme's two class colours first (so a two-class set looks as it always did),
 * then the Okabe–Ito colours chosen to stay apart for the common colour-vision deficiencies. Read from the
 * stylesheet once per view, so the dark theme's class colours apply.
 */
public final class ClassPalette {
    private static final String[] MORE = {"#009e73", "#cc79a7", "#56b4e9", "#e69f00", "#d55e00", "#0072b2",
        "#f0e442", "#999999"};
    /** What a student calls each colour, in the order of the palette. */
    private static final String[] NAMES = {"orange", "blue", "green", "pink", "sky blue", "amber", "red",
        "dark blue", "yellow", "grey"};
    private final String[] css;
    private final int[] rgb;

    public ClassPalette() {
        css = new String[2 + MORE.length];
        css[0] = Dom.cssVariable("--class0");
        css[1] = Dom.cssVariable("--class1");
        System.arraycopy(MORE, 0, css, 2, MORE.length);
        rgb = new int[css.length];
        rgb[0] = ColorRamp.parse(css[0], 0xd9730d);
        rgb[1] = ColorRamp.parse(css[1], 0x1f6fb2);
        for (int i = 2; i < css.length; i++) {
            rgb[i] = ColorRamp.parse(css[i], 0x999999);
            css[i] = MORE[i - 2];
        }
        css[0] = hex(rgb[0]);
        css[1] = hex(rgb[1]);
    }

    /** Up to this many classes get colours of their own. */
    public int size() {
        return css.length;
    }

    /** "#rrggbb" of class k. */
    public String css(int k) {
        return css[k % css.length];
    }

    /** The colour of class k in words ("orange", "green"). */
    public static String name(int k) {
        return NAMES[k % NAMES.length];
    }

    /** 0xrrggbb of class k. */
    public int rgb(int k) {
        return rgb[k % rgb.length];
    }

    private static String hex(int v) {
        String h = Integer.toHexString(v & 0xffffff);
        while (h.length() < 6) {
            h = "0" + h;
        }
        return "#" + h;
    }
}
