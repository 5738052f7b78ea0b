package descent.web.view;

import descent.core.text.NumberText;

/**
 * Numbers as the page shows them: the page's names for {@link NumberText}, where every rule lives (the core
 * writes its verdicts with the same rules), so that no text on the page can print "NaN", "-0" or "–e-320".
 */
public final class Format {
    private Format() {
    }

    /** x with {@code digits} significant digits; scientific notation below 1e-3 and from 1e6 on. */
    public static String significant(double x, int digits) {
        return NumberText.significant(x, digits);
    }

    /** x rounded to {@code decimals} places, with trailing zeros kept ("0.50"). */
    public static String fixed(double x, int decimals) {
        return NumberText.fixed(x, decimals);
    }

    /** The shortest readable form for a setting: 10 → "10", 0.001 → "0.001", 1e-5 → "1.00e-5". */
    public static String shortest(double x) {
        return NumberText.shortest(x);
    }

    /** A round axis tick as short as it reads: 0.01, 0.25, 250, 1e-4, 2e5, 1.5e6. */
    public static String tick(double x) {
        return NumberText.tick(x);
    }

    /** A percentage with one decimal: 0.9731 → "97.3%". */
    /** A tick value on an axis whose ticks are {@code step} apart: as many decimals as the step needs, no more. */
    public static String tickAtStep(double t, double step) {
        if (Math.abs(t - Math.rint(t)) < 1e-9 * Math.max(1, step) && Math.abs(t) < 1e9) {
            return Integer.toString((int) Math.rint(t));
        }
        int decimals = (int) Math.max(0, Math.min(10, Math.ceil(-Math.log10(step) - 1e-9)));
        if (step * Math.pow(10, decimals) % 1 > 1e-6) {
            decimals++; // 0.25 steps need two decimals
        }
        return fixed(t, decimals);
    }

    public static String percent(double fraction) {
        return NumberText.percent(fraction);
    }

    /** A whole number with thin grouping for readability: 12345 → "12 345". */
    public static String count(int n) {
        return NumberText.count(n);
    }

    /** The e with 10^e ≤ ax &lt; 10^(e+1), for the axes' tick steps. */
    static int decimalExponent(double ax) {
        return NumberText.decimalExponent(ax);
    }

    static double pow10(int e) {
        double p = 1;
        double base = e < 0 ? 0.1 : 10;
        for (int i = 0; i < Math.abs(e); i++) {
            p *= base;
        }
        return e < 0 ? 1 / pow10(-e) : p;
    }
}
