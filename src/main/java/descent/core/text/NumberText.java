package descent.core.text;

/**
 * Every number a person reads — on the page, in a verdict, in a notice — is written here, so that none can
 * read as garbage ("–e-320", "5.0E-308", "-0", "NaN", a 300-digit integer).
 *
 * <p>The rules, the same in every form:
 * <ul>
 *   <li>NaN reads "–"; +∞ and −∞ read "∞" and "-∞"; 0 and −0 read "0" (and a value that rounds to 0 never
 *       carries a sign: "0.0", not "-0.0").</li>
 *   <li>Negative numbers start with the ASCII hyphen-minus "-", so that the text pastes back as a number.</li>
 *   <li>Plain decimals from 10⁻³ up to below 10⁶ (ticks: below 10⁵); scientific notation outside, written
 *       {@code 6.43e-5}, {@code 2.50e6} — a lower-case e, no "+", no "E", never "1.0E-5".</li>
 *   <li>Rounding is to nearest, halves away from zero, on the value scaled by an exact power of ten: a decimal
 *       tie as written ({@code 9.9995}) rounds up, as a reader expects. A carry moves the exponent
 *       (9.9995 to four digits is {@code 10.00}; 9.9996e-5 to three is {@code 1.00e-4}).</li>
 *   <li>Subnormal numbers (below 2.2e-308, down to 4.9e-324) and the largest doubles (1.8e308) are scaled in
 *       exact steps of 10²², so they print like any other: {@code 4.94e-324}, {@code 1.80e308}.</li>
 * </ul>
 *
 * <p>Written by hand because {@code String.format} is missing from the browser build, and without
 * {@code Double.toString} or {@code long}, which are slow there (a long is emulated in JavaScript). Not for
 * per-element loops: a few calls per drawn text.
 */
public final class NumberText {
    /** What NaN reads as: a value that does not exist, not a number to read. */
    public static final String NOT_A_NUMBER = "–";

    /** 10⁰ … 10²², every one exact in a double, so that scaling by them rounds once. */
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Above this a scaled value has no exact units digit left: fixed() switches to scientific. */
    private static final double EXACT_INTEGERS = 1e15;

    private NumberText() {
    }

    /**
     * x to {@code digits} significant digits (1 … 12), trailing zeros kept: 0.706, 0.0983, 12.3, -0.500,
     * 6.43e-5, 1.00e-4, 2.50e6. Below 10⁶ the integer part is kept whole (12345.6 → "12346").
     */
    public static String significant(double x, int digits) {
        return write(x, digits, 6, false);
    }

    /** A measured number in a verdict or a notice: three significant digits, {@code significant(x, 3)}. */
    public static String of(double x) {
        return significant(x, 3);
    }

    /** As {@link #significant} with trailing zeros of the mantissa dropped: 11.2, 0.00235, 1, 1.7e-5, 0.3. */
    public static String trimmed(double x, int digits) {
        return write(x, digits, 6, true);
    }

    /**
     * An axis tick, as short as it reads: 0.01, 0.25, 250, 1e-4, 2e5, 1.5e6 — three significant digits in
     * plain notation, two in scientific, which starts at 10⁵ so that labels stay narrow.
     */
    public static String tick(double x) {
        if (!finite(x) || x == 0) {
            return special(x);
        }
        int e = exponent(Math.abs(x), 3);
        return e < -3 || e >= 5 ? write(x, 2, 5, true) : write(x, 3, 5, true);
    }

    /**
     * x rounded to {@code decimals} places (0 … 15), trailing zeros kept ("0.50"); no sign when it rounds to 0.
     * Once x·10^decimals reaches 10¹⁵, where its units digit is no longer exact, three significant digits instead
     * (7.35e216, not 217 digits of noise).
     */
    public static String fixed(double x, int decimals) {
        if (!finite(x)) {
            return special(x);
        }
        int d = decimals < 0 ? 0 : decimals > 15 ? 15 : decimals;
        double v = Math.floor(scale(Math.abs(x), d) + 0.5);
        if (v >= EXACT_INTEGERS) {
            return significant(x, 3);
        }
        StringBuilder s = new StringBuilder();
        appendInteger(s, v, d + 1);
        if (d > 0) {
            s.insert(s.length() - d, '.');
        }
        if (x < 0 && v != 0) {
            s.insert(0, '-');
        }
        return s.toString();
    }

    /**
     * A setting as one would type it: whole numbers below 10⁶ as integers (10), decimals from 10⁻³ that need
     * at most seven places and eight characters exactly (0.001, 0.3, 0.999), anything else to three
     * significant digits (1.00e-5).
     */
    public static String shortest(double x) {
        if (!finite(x) || x == 0) {
            return special(x);
        }
        double a = Math.abs(x);
        if (a < 1e6 && x == Math.rint(x)) {
            return fixed(x, 0);
        }
        if (a >= 1e-3 && a < 1e6) {
            for (int k = 1; k <= 7; k++) {
                double v = Math.floor(a * POWERS[k] + 0.5);
                if (v / POWERS[k] == a) { // the k-place decimal is the one x was read from
                    String plain = fixed(x, k);
                    if (plain.length() <= 8) {
                        return plain;
                    }
                    break;
                }
            }
        }
        return significant(x, 3);
    }

    /** A fraction as a percentage with one decimal: 0.9731 → "97.3%"; NaN and ∞ as {@link #fixed} writes them. */
    public static String percent(double fraction) {
        return finite(fraction) ? fixed(100 * fraction, 1) + "%" : special(fraction);
    }

    /** A whole number with thin spaces between groups of three digits: 12345 → "12 345". */
    public static String count(int n) {
        String all = Integer.toString(n);
        String s = n < 0 ? all.substring(1) : all; // not Math.abs: it keeps Integer.MIN_VALUE negative
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                out.append('\u2009');
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }

    /**
     * The decimal exponent of a > 0 (finite): the e with 10^e ≤ a &lt; 10^(e+1), so 0.001 → −3, 5e-320 → −320.
     * log10 gives it up to one either way at powers of ten; scaling settles it, allowing for the few ulps
     * the scaling steps can lose (a value that close under a power of ten prints as that power anyway).
     */
    public static int decimalExponent(double a) {
        int e = (int) Math.floor(Math.log10(a));
        double m = scale(a, -e);
        if (m < 1 - 1e-14) {
            e--;
        } else if (m >= 10) {
            e++;
        }
        return e;
    }

    private static String write(double x, int digits, int scientificFrom, boolean trim) {
        if (!finite(x) || x == 0) {
            return special(x);
        }
        int d = digits < 1 ? 1 : digits > 12 ? 12 : digits; // 12: the plain form's digits stay exact
        double a = Math.abs(x);
        int e = exponent(a, d);
        String sign = x < 0 ? "-" : "";
        if (e < -3 || e >= scientificFrom) {
            StringBuilder m = new StringBuilder();
            appendInteger(m, Math.floor(scale(a, d - 1 - e) + 0.5), d);
            if (d > 1) {
                m.insert(1, '.');
            }
            return sign + (trim ? trimZeros(m.toString()) : m.toString()) + "e" + e;
        }
        String plain = fixed(a, Math.max(0, d - 1 - e));
        return sign + (trim ? trimZeros(plain) : plain);
    }

    /** The exponent of a's leading digit once a is rounded to d significant digits (9.9995, 4 → 1). */
    private static int exponent(double a, int d) {
        int e = decimalExponent(a);
        return Math.floor(scale(a, d - 1 - e) + 0.5) >= POWERS[d] ? e + 1 : e;
    }

    /** a·10^k in steps of 10²², so that neither a subnormal nor 1.8e308 leaves the range on the way. */
    private static double scale(double a, int k) {
        double v = a;
        int rest = k;
        while (rest > 22) {
            v *= POWERS[22];
            rest -= 22;
        }
        while (rest < -22) {
            v /= POWERS[22];
            rest += 22;
        }
        return rest >= 0 ? v * POWERS[rest] : v / POWERS[-rest];
    }

    /** The digits of the whole number v (0 ≤ v &lt; 10¹⁵), left-padded with zeros to at least width. */
    private static void appendInteger(StringBuilder out, double v, int width) {
        int start = out.length();
        double rest = v;
        do {
            double digit = rest % 10;
            out.insert(start, (char) ('0' + (int) digit));
            rest = (rest - digit) / 10; // exact: a multiple of ten divided by ten
        } while (rest > 0);
        while (out.length() - start < width) {
            out.insert(start, '0');
        }
    }

    /** "1.500" → "1.5", "1.00" → "1", "250" unchanged. */
    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String special(double x) {
        if (x != x) {
            return NOT_A_NUMBER;
        }
        if (x == 0) {
            return "0";
        }
        return x > 0 ? "∞" : "-∞";
    }

    private static boolean finite(double x) {
        return x - x == 0;
    }
}
