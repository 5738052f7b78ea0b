package descent.web.view;

/**
 * A round tick value as short as it reads: 0.01, 0.25, 250, 1e-4, 2e5, 1.5e6. Ticks are round numbers, so
 * two significant digits always suffice; trailing zeros are dropped.
 */
final class TickLabel {
    private TickLabel() {
    }

    static String of(double v) {
        if (v == 0 || !(v - v == 0)) {
            return v == 0 ? "0" : "–";
        }
        int e = Format.decimalExponent(Math.abs(v));
        if (e < -3 || e >= 5) {
            String mantissa = trim(Format.fixed(v / Format.pow10(e), 1));
            if (mantissa.equals("10") || mantissa.equals("-10")) { // rounding carried into a new digit
                mantissa = mantissa.startsWith("-") ? "-1" : "1";
                e++;
            }
            return mantissa + "e" + e;
        }
        return trim(Format.fixed(v, Math.max(0, Math.min(8, 2 - e))));
    }

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
