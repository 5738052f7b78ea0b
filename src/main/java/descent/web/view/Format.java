package descent.web.view;

/**
 * Numbers as the page shows them. Written out by hand because TeaVM's {@code String.format} does not
 * support every conversion, and because the page must never print "NaN": non-finite values read "–".
 */
public final class Format {
    private static final String DASH = "–";

    private Format() {
    }

    /** x with {@code digits} significant digits; scientific notation below 1e-3 and from 1e6 on. */
    public static String significant(double x, int digits) {
        if (!isFinite(x)) {
            return DASH;
        }
        if (x == 0) {
            return "0";
        }
        int exponent = decimalExponent(Math.abs(x));
        if (exponent < -3 || exponent >= 6) {
            double mantissa = x / pow10(exponent);
            String m = fixed(mantissa, digits - 1);
            if (m.startsWith("10") || m.startsWith("-10")) { // rounding carried into a new digit
                mantissa /= 10;
                exponent++;
                m = fixed(mantissa, digits - 1);
            }
            return m + "e" + exponent;
        }
        return fixed(x, Math.max(0, digits - 1 - exponent));
    }

    /** x rounded to {@code decimals} places, with trailing zeros kept ("0.50"). */
    public static String fixed(double x, int decimals) {
        if (!isFinite(x)) {
            return DASH;
        }
        double scale = pow10(decimals);
        double rounded = Math.rint(Math.abs(x) * scale);
        StringBuilder digits = new StringBuilder();
        double rest = rounded;
        do {
            digits.append((char) ('0' + (int) (rest % 10)));
            rest = Math.floor(rest / 10);
        } while (rest > 0);
        while (digits.length() <= decimals) {
            digits.append('0');
        }
        digits.reverse();
        if (decimals > 0) {
            digits.insert(digits.length() - decimals, '.');
        }
        if (x < 0 && rounded != 0) {
            digits.insert(0, '-');
        }
        return digits.toString();
    }

    /** The shortest readable form for a setting: 10 → "10", 0.001 → "0.001", 1e-5 → "1.0e-5". */
    public static String shortest(double x) {
        if (isFinite(x) && x == Math.rint(x) && Math.abs(x) < 1e6) {
            return Integer.toString((int) x);
        }
        if (isFinite(x) && Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) {
            String plain = Double.toString(x);
            if (plain.indexOf('E') < 0 && plain.length() <= 8) {
                return plain;
            }
        }
        return significant(x, 3);
    }

    /** A percentage with one decimal: 0.9731 → "97.3%". */
    public static String percent(double fraction) {
        return isFinite(fraction) ? fixed(100 * fraction, 1) + "%" : DASH;
    }

    /** A whole number with thin grouping for readability: 12345 → "12 345". */
    public static String count(int n) {
        String s = Integer.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                out.append('\u2009');
            }
            out.append(s.charAt(i));
        }
        return n < 0 ? "-" + out : out.toString();
    }

    static int decimalExponent(double ax) {
        int e = (int) Math.floor(Math.log(ax) / Math.log(10));
        // log/log can be off by one at exact powers of ten; settle it by comparison.
        if (pow10(e) > ax) {
            e--;
        } else if (pow10(e + 1) <= ax) {
            e++;
        }
        return e;
    }

    static double pow10(int e) {
        double p = 1;
        double base = e < 0 ? 0.1 : 10;
        for (int i = 0; i < Math.abs(e); i++) {
            p *= base;
        }
        return e < 0 ? 1 / pow10(-e) : p;
    }

    private static boolean isFinite(double x) {
        return x - x == 0;
    }
}
