package descent.core.data;

import descent.core.text.NumberText;

/**
 * Reads a learner's own data: CSV lines {@code x,y,label} (classification, labels 0 or 1; −1 is read as 0)
 * or {@code x,y,target} (regression, any finite number).
 *
 * <p>A header line is optional; its third column's name decides the task ("label"/"class" or
 * "target"/"value"). Without one, the data is a classification set when every third value is 0, 1 or −1,
 * else a regression set. Blank lines and lines starting with {@code #} are skipped; commas, semicolons, tabs
 * or spaces separate fields. Points farther out than the plot's square are scaled in, all by the same factor,
 * and the result says so. Anything malformed rejects the whole file with the line and the problem, so that
 * the data in use never changes half-way.
 */
public final class CsvImport {
    /** More points than this would make the page slow without teaching more. */
    public static final int MAX_POINTS = 2000;
    /** Characters a file may have: 2,000 points of long numbers and comments fit easily; more is not data for here. */
    public static final int MAX_CHARS = 256 * 1024;
    /** Lines a file may have, blank and comment lines included. */
    public static final int MAX_LINES = 5000;
    /** Points are scaled to fit within this radius of the origin when any lies outside the plot. */
    static final double FIT = 5;

    private CsvImport() {
    }

    /** The outcome: a dataset and notes, or an error naming the line and what is wrong with it. */
    public static final class Result {
        private final Dataset dataset;
        private final String error;
        private final String note;

        private Result(Dataset dataset, String error, String note) {
            this.dataset = dataset;
            this.error = error;
            this.note = note;
        }

        public boolean ok() {
            return dataset != null;
        }

        /** The data, or null when {@link #error()} says why not. */
        public Dataset dataset() {
            return dataset;
        }

        /** "line 7: the label must be 0 or 1, not 2" — or "" when the file was read. */
        public String error() {
            return error;
        }

        /** What was done to the data on the way in (scaling), or "". */
        public String note() {
            return note;
        }
    }

    /**
     * Why a file of {@code chars} characters (or bytes, before reading it) is refused unread, or null when it
     * is small enough to read. The page asks this before it shows or parses anything.
     */
    public static String tooLarge(double chars) {
        if (chars <= MAX_CHARS) {
            return null;
        }
        return "the file has " + kilobytes(chars) + "; the limit is " + kilobytes(MAX_CHARS) + " (up to "
                + MAX_POINTS + " points)";
    }

    /** As {@link #tooLarge(double)}, and also refuses more than {@link #MAX_LINES} lines; reads at most that far. */
    public static String tooLarge(String text) {
        String size = tooLarge(text.length());
        if (size != null) {
            return size;
        }
        int lines = 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '\n' && ++lines > MAX_LINES) {
                return "the file has more than " + MAX_LINES + " lines; the limit is " + MAX_LINES + " (up to "
                        + MAX_POINTS + " points)";
            }
        }
        return null;
    }

    private static String kilobytes(double chars) {
        double kb = chars / 1024;
        if (kb < 1024) {
            return (int) Math.ceil(kb) + " KB";
        }
        int tenths = (int) Math.rint(kb / 1024 * 10);
        return (tenths % 10 == 0 ? Integer.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
    }

    public static Result parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            return fail("the file is empty: expected lines of x,y,label");
        }
        String large = tooLarge(text);
        if (large != null) {
            return fail(large);
        }
        String[] lines = splitLines(text);
        double[] xs = new double[2 * Math.min(lines.length, MAX_POINTS)];
        double[] ts = new double[Math.min(lines.length, MAX_POINTS)];
        int n = 0;
        int task = 0; // 0 = unknown, 1 = classification, 2 = regression (from the header)
        boolean headerSeen = false;
        String[] fields = new String[3];
        for (int lineNo = 1; lineNo <= lines.length; lineNo++) {
            String line = lines[lineNo - 1].trim();
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int count = split(line, fields);
            if (count != 3) {
                return fail("line " + lineNo + ": expected 3 fields (x,y,label), found " + count);
            }
            if (!headerSeen && n == 0 && looksLikeHeader(fields)) {
                headerSeen = true;
                String third = unquoted(fields[2]).toLowerCase();
                if (third.equals("label") || third.equals("class") || third.equals("y_class")) {
                    task = 1;
                } else if (third.equals("target") || third.equals("value")) {
                    task = 2;
                } else {
                    return fail("line " + lineNo + ": the header's third column must be label or target, not "
                            + quote(fields[2]));
                }
                continue;
            }
            if (n == MAX_POINTS) {
                return fail("line " + lineNo + ": more than " + MAX_POINTS + " points");
            }
            double x = number(unquoted(fields[0]));
            double y = number(unquoted(fields[1]));
            double t = number(unquoted(fields[2]));
            String problem = !finite(x) ? numberProblem("x", fields[0])
                    : !finite(y) ? numberProblem("y", fields[1])
                    : !finite(t) ? numberProblem("the third value", fields[2]) : null;
            if (problem != null) {
                return fail("line " + lineNo + ": " + problem);
            }
            if (task == 1 && t != 0 && t != 1 && t != -1) {
                return fail("line " + lineNo + ": the label must be 0 or 1, not " + quote(fields[2]));
            }
            xs[2 * n] = x;
            xs[2 * n + 1] = y;
            ts[n] = t;
            n++;
        }
        if (n < 4) {
            return fail("only " + n + " point" + (n == 1 ? "" : "s") + ": at least 4 are needed to train and validate");
        }
        boolean classification = task == 1 || (task == 0 && allLabels(ts, n));
        String inferred = task == 0 && !classification
                ? "read as regression, since the third column holds values other than 0 and 1 (first: "
                + firstNonLabel(ts, n) + "); a header x,y,label makes it classification and names a bad label" : "";
        double[] x = new double[2 * n];
        double[] t = new double[n];
        System.arraycopy(xs, 0, x, 0, 2 * n);
        for (int i = 0; i < n; i++) {
            t[i] = classification && ts[i] == -1 ? 0 : ts[i];
        }
        if (classification && (count(t, 1) == 0 || count(t, 0) == 0)) {
            return fail("every point has the same label: a classifier needs both 0 and 1");
        }
        String note = fitIntoPlot(x);
        note = note.isEmpty() ? inferred : inferred.isEmpty() ? note : inferred + "; " + note;
        return new Result(new Dataset(x, t, classification), "", note);
    }

    private static String fitIntoPlot(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        if (max <= Dataset.EXTENT) {
            return "";
        }
        double factor = FIT / max;
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return "points scaled by " + NumberText.trimmed(factor, 3) + " to fit the plot";
    }

    private static String firstNonLabel(double[] t, int n) {
        for (int i = 0; i < n; i++) {
            if (t[i] != 0 && t[i] != 1 && t[i] != -1) {
                double r = Math.rint(t[i] * 1000) / 1000;
                return r == t[i] && Math.abs(r) < 1e6 ? NumberText.shortest(r)
                        : "a value near " + NumberText.trimmed(t[i], 3);
            }
        }
        return "";
    }

    private static boolean allLabels(double[] t, int n) {
        for (int i = 0; i < n; i++) {
            if (t[i] != 0 && t[i] != 1 && t[i] != -1) {
                return false;
            }
        }
        return true;
    }

    private static int count(double[] t, double label) {
        int c = 0;
        for (double v : t) {
            if (v == label) {
                c++;
            }
        }
        return c;
    }

    private static String[] splitLines(String text) {
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
    private static int split(String line, String[] fields) {
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
    private static boolean looksLikeHeader(String[] fields) {
        String first = unquoted(fields[0]);
        if (first.isEmpty()) {
            return false;
        }
        char c = first.charAt(0);
        boolean numberAttempt = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == '\u2212'
                || (c >= '\uff10' && c <= '\uff19') || c == '\uff0d' || c == '\uff0b';
        return !numberAttempt;
    }

    private static String unquoted(String s) {
        int n = s.length();
        if (n >= 2 && (s.charAt(0) == '"' && s.charAt(n - 1) == '"' || s.charAt(0) == '\'' && s.charAt(n - 1) == '\'')) {
            return s.substring(1, n - 1).trim();
        }
        return s;
    }

    /** What is wrong with a field that did not read as a finite number, in words. */
    private static String numberProblem(String what, String field) {
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

    private static double number(String s) {
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

    private static boolean finite(double v) {
        return v - v == 0;
    }

    /** Input quoted for a message: short, printable, never markup the page would parse (it sets text only). */
    private static String quote(String s) {
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

    private static Result fail(String error) {
        return new Result(null, error, "");
    }
}
