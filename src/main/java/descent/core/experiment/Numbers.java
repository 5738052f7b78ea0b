package descent.core.experiment;

/**
 * Short numbers for the measured text of a verdict: three significant digits, "0.00822", "12.3", "9.15e-11".
 * String.format is not available in the browser build, hence by hand; not for hot paths.
 */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        if (v != v) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        int digits = (int) Math.floor(a / Math.pow(10, e - 2) + 0.5);
        if (digits < 100) { // log10 rounded up at a power of ten
            e--;
            digits = (int) Math.floor(a / Math.pow(10, e - 2) + 0.5);
        }
        if (digits >= 1000) { // rounding carried into a new digit: 999.7 → 1.00e3
            e++;
            digits = (int) Math.floor(a / Math.pow(10, e - 2) + 0.5);
        }
        String d = Integer.toString(digits);
        if (e < -3 || e > 5) {
            return sign + d.charAt(0) + "." + d.substring(1) + "e" + e;
        }
        if (e >= 2) {
            StringBuilder s = new StringBuilder(sign).append(d);
            for (int i = 2; i < e; i++) {
                s.append('0');
            }
            return s.toString();
        }
        if (e == 1) {
            return sign + d.substring(0, 2) + "." + d.charAt(2);
        }
        if (e == 0) {
            return sign + d.charAt(0) + "." + d.substring(1);
        }
        StringBuilder s = new StringBuilder(sign).append("0.");
        for (int i = -1; i > e; i--) {
            s.append('0');
        }
        return s.append(d).toString();
    }
}
