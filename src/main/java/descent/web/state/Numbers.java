package descent.web.state;

/**
 * Numbers in the hash: a strict decimal syntax on the way in, the shortest exact form on the way out.
 *
 * <p>Accepted: {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, at most
 * {@link Limits#MAX_NUMBER_CHARS} characters — e.g. {@code 0.01}, {@code 1e-6}, {@code .5}, {@code -3}.
 * Java's {@code parseDouble} alone would also take {@code NaN}, {@code Infinity}, hex floats, a trailing
 * {@code d} and surrounding spaces, and TeaVM's parser need not agree with the JVM's on those; checking the
 * syntax first makes the page and the JVM tests read exactly the same set of strings.
 */
final class Numbers {
    private Numbers() {
    }

    /**
     * The value of s; NaN when s is not a number in the syntax above, ±Infinity when it is one too large
     * for a double (1e400). Never throws.
     */
    static double parse(String s) {
        if (!isDecimal(s)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN; // not expected after the syntax check; kept so that decoding never throws
        }
    }

    static boolean isDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > Limits.MAX_NUMBER_CHARS) {
            return false;
        }
        int i = 0;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int intDigits = countDigits(s, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracDigits = countDigits(s, i);
            i += fracDigits;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = countDigits(s, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    private static int countDigits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * v in the shortest form that reads back as exactly v: {@code 0.1}, {@code 1e-6}, {@code 100},
     * {@code 0.30000000000000004}. Starts from {@code Double.toString} (shortest round-trip digits on the JVM)
     * with ".0" and the upper-case E tidied away, and checks the tidy form parses back to v; if a platform's
     * toString ever gave digits that do not, its untouched output is used instead.
     */
    static String format(double v) {
        if (v == 0) {
            return "0"; // also −0, which the decoder never produces
        }
        String raw = Double.toString(v);
        String tidy = tidy(raw);
        return parse(tidy) == v ? tidy : raw;
    }

    static String format(int v) {
        return Integer.toString(v);
    }

    /** "1.0E-6" → "1e-6", "100.0" → "100", "0.25" unchanged. */
    private static String tidy(String s) {
        int e = s.indexOf('E');
        if (e < 0) {
            e = s.indexOf('e');
        }
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : "e" + s.substring(e + 1);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + exponent;
    }
}
