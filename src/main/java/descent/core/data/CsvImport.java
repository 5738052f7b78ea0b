package descent.core.data;

import descent.core.data.table.Table;
import descent.core.text.NumberText;

import static descent.core.data.CsvCells.finite;
import static descent.core.data.CsvCells.looksLikeHeader;
import static descent.core.data.CsvCells.number;
import static descent.core.data.CsvCells.numberProblem;
import static descent.core.data.CsvCells.quote;
import static descent.core.data.CsvCells.split;
import static descent.core.data.CsvCells.splitLines;
import static descent.core.data.CsvCells.unquoted;

/**
 * Reads a learner's own data: CSV lines {@code x,y,label} (classification, labels 0 or 1; −1 is read as 0),
 * {@code x,y,target} (regression, any finite number), or {@code x1,…,xd,label} with labels 0…K−1, K ≤ 10
 * (a table of d inputs and K classes, read by {@link CsvTable}; also {@code x,y,label} once a label is 2 or more).
 *
 * <p>A header line is optional; its last column's name decides the task ("label"/"class" or
 * "target"/"value", the latter on two inputs only). Without one, three columns are a two-class set when every
 * third value is 0, 1 or −1, K classes when every one is a whole number 0…9, else a regression set, and the note
 * says which was guessed. Blank lines and lines starting with {@code #} are skipped; commas, semicolons, tabs
 * or spaces separate fields. Plane points farther out than the plot's square are scaled in, all by the same
 * factor, and the result says so (a table is standardized by the race instead). Anything malformed rejects the
 * whole file with the line and the problem, so that the data in use never changes half-way.
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

    /**
     * The outcome: points on the plane (two inputs, two classes or a target), or a table (d inputs, K classes),
     * with notes; or an error naming the line and what is wrong with it.
     */
    public static final class Result {
        private final Dataset dataset;
        private final Table table;
        private final String error;
        private final String note;

        Result(Dataset dataset, Table table, String error, String note) {
            this.dataset = dataset;
            this.table = table;
            this.error = error;
            this.note = note;
        }

        public boolean ok() {
            return dataset != null || table != null;
        }

        /** The plane data (x,y,label with labels 0/1, or x,y,target), or null (a table, or an error). */
        public Dataset dataset() {
            return dataset;
        }

        /** The K-class table (x1,…,xd,label with K &gt; 2 or d ≠ 2), or null (plane data, or an error). */
        public Table table() {
            return table;
        }

        /** Rows read: points or table examples. */
        public int size() {
            return dataset != null ? dataset.size() : table != null ? table.size() : 0;
        }

        /** "line 7: the label must be a whole number 0…9, not 0.5" — or "" when the file was read. */
        public String error() {
            return error;
        }

        /** What was done to the data on the way in (scaling, the task read from it), or "". */
        public String note() {
            return note;
        }

        Result withNote(String more) {
            return more.isEmpty() || !ok() ? this
                    : new Result(dataset, table, error, note.isEmpty() ? more : more + "; " + note);
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
        if (CsvTable.columns(lines) != 3) {
            return CsvTable.read(lines); // x1,…,xd,label: a table of d inputs
        }
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
            if (task == 1 && !CsvTable.isLabel(t) && t != -1) {
                return fail("line " + lineNo + ": the label must be a whole number 0…" + (CsvTable.MAX_CLASSES - 1)
                        + ", not " + quote(fields[2]));
            }
            xs[2 * n] = x;
            xs[2 * n + 1] = y;
            ts[n] = t;
            n++;
        }
        if (n < 4) {
            return fail("only " + n + " point" + (n == 1 ? "" : "s") + ": at least 4 are needed to train and validate");
        }
        if ((task == 1 || task == 0 && allClasses(ts, n)) && !allLabels(ts, n)) {
            Result classes = CsvTable.read(lines); // labels 2 or more: K classes on the plane
            return task == 1 ? classes : classes.withNote("read as " + (classes.ok() ? classes.table().classCount() : "")
                    + " classes, since the third column holds whole numbers 0…K−1; a header x,y,target makes it "
                    + "regression");
        }
        boolean classification = task == 1 || (task == 0 && allLabels(ts, n));
        String inferred = task == 0 && !classification
                ? "read as regression, since the third column holds values that are not class labels 0…9 (first: "
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
        return new Result(new Dataset(x, t, classification), null, "", note);
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
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                boolean odd = pass == 0 ? !CsvTable.isLabel(t[i]) && t[i] != -1 : t[i] != 0 && t[i] != 1 && t[i] != -1;
                if (odd) {
                    double r = Math.rint(t[i] * 1000) / 1000;
                    return r == t[i] && Math.abs(r) < 1e6 ? NumberText.shortest(r)
                            : "a value near " + NumberText.trimmed(t[i], 3);
                }
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

    private static boolean allClasses(double[] t, int n) {
        for (int i = 0; i < n; i++) {
            if (!CsvTable.isLabel(t[i])) {
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

    private static Result fail(String error) {
        return new Result(null, null, error, "");
    }
}
