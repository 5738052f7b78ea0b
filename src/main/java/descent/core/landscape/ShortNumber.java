package descent.core.landscape;

/**
 * Numbers for a verdict's line of measurements, to three significant digits: "11.2", "0.00235", "1.7e-5".
 * By hand because String.format is missing from the browser build; a few calls per run, never in a loop.
 */
final class ShortNumber {
    private ShortNumber() {
    }

    static String of(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v - v != 0) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        String sign = v < 0 ? "−" : "";
        double a = Math.abs(v);
        int exponent = (int) Math.floor(Math.log10(a));
        long mantissa = Math.round(a / Math.pow(10, exponent - 2)); // three digits, 100…1000
        if (mantissa >= 1000) {
            exponent++;
            mantissa = Math.round(a / Math.pow(10, exponent - 2));
        } else if (mantissa < 100) {
            exponent--;
            mantissa = Math.round(a / Math.pow(10, exponent - 2));
        }
        String digits = Long.toString(mantissa);
        if (exponent < -4 || exponent > 5) {
            return sign + trim(digits.charAt(0) + "." + digits.substring(1)) + "e" + exponent;
        }
        if (exponent >= 2) {
            StringBuilder s = new StringBuilder(sign).append(digits);
            for (int i = 2; i < exponent; i++) {
                s.append('0');
            }
            return s.toString();
        }
        if (exponent >= 0) {
            return sign + trim(digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1));
        }
        StringBuilder s = new StringBuilder("0.");
        for (int i = -1; i > exponent; i--) {
            s.append('0');
        }
        return sign + trim(s.append(digits).toString());
    }

    /** Drops trailing zeros after the point ("1.00" → "1"), keeping integers as they are. */
    private static String trim(String s) {
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
}
