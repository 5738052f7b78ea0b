package descent.core.data;

/**
 * The cells of a CSV line as the learner's files write them: fields split on commas, semicolons, tabs or
 * spaces; numbers read strictly (no "NaN", hex or suffixes) and, when they do not read, the reason in words;
 * input quoted short and without control characters for messages.
 */
final class CsvCells {
    private CsvCells() {
    }

    static String[] splitLines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        String[] out = new String[lines];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out[k++] = text.substring(start, Math.max(start, end));
                start = i + 1;
            }
        }
        return out;
    }

    /** Splits on commas, semicolons, tabs or runs of spaces; returns the field count (fills at most 3). */
    static int split(String line, String[] fields) {
        int count = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && !separator(line.charAt(i))) {
                i++;
            }
            String field = line.substring(start, i).trim();
            if (count < fields.length) {
                fields[count] = field;
            }
            count++;
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && separator(line.charAt(i))) {
                i++;
                if (i == n) {
                    count++; // a trailing separator leaves an empty last field
                    if (count <= fields.length) {
                        fields[count - 1] = "";
                    }
                }
            }
        }
        return count;
    }

    private static boolean separator(char c) {
        return c == ',' || c == ';' || c == '\t' || c == ' ';
    }

    /**
     * A first line is a header when its first field is a word, not an attempt at a number: "x" or "\"x\"" is a
     * header; "1e309", "1.2.3", "−1" (U+2212) or full-width "１" are numbers gone wrong, to be named as such.
     */
    static boolean looksLikeHeader(String[] fields) {
        String first = unquoted(fields[0]);
        if (first.isEmpty()) {
            return false;
        }
        char c = first.charAt(0);
        boolean numberAttempt = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == '\u2212'
                || (c >= '\uff10' && c <= '\uff19') || c == '\uff0d' || c == '\uff0b';
        return !numberAttempt;
    }

    static String unquoted(String s) {
        int n = s.length();
        if (n >= 2 && (s.charAt(0) == '"' && s.charAt(n - 1) == '"' || s.charAt(0) == '\'' && s.charAt(n - 1) == '\'')) {
            return s.substring(1, n - 1).trim();
        }
        return s;
    }

    /** What is wrong with a field that did not read as a finite number, in words. */
    static String numberProblem(String what, String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\u2212' || c == '\u2013' || c == '\uff0d') {
                return what + " uses the dash " + quote(String.valueOf(c)) + " as a minus sign: write '-' instead, in "
                        + quote(field);
            }
            if (c >= '\uff01' && c <= '\uff5e') {
                return what + " uses full-width characters: write digits 0–9 and '.', in " + quote(field);
            }
        }
        double parsed = lenient(field);
        if (parsed == Double.POSITIVE_INFINITY || parsed == Double.NEGATIVE_INFINITY) {
            return what + " is too large for a number: " + quote(field) + " (the largest is about 1.8e308)";
        }
        return what + " is not a number: " + quote(field);
    }

    /** Double.parseDouble of a string of digits, signs, '.', 'e': to tell an overflow from garbage. */
    private static double lenient(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static double number(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                return Double.NaN; // rejects "NaN", "Infinity", hex and Java's "1d" suffixes
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean finite(double v) {
        return v - v == 0;
    }

    /** Input quoted for a message: short, printable, never markup the page would parse (it sets text only). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < 24; i++) {
            char c = s.charAt(i);
            out.append(c < ' ' || c == 0x7f ? '?' : c);
        }
        if (s.length() > 24) {
            out.append('…');
        }
        return out.append('"').toString();
    }

}
