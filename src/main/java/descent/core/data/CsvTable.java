package descent.core.data;

import descent.core.data.table.Table;

import static descent.core.data.CsvCells.finite;
import static descent.core.data.CsvCells.looksLikeHeader;
import static descent.core.data.CsvCells.number;
import static descent.core.data.CsvCells.numberProblem;
import static descent.core.data.CsvCells.quote;
import static descent.core.data.CsvCells.split;
import static descent.core.data.CsvCells.unquoted;

/**
 * Reads {@code x1,…,xd,label} lines into a {@link Table}: d features (1 ≤ d ≤ 64, the digits' size) and a
 * class label 0…K−1 with 2 ≤ K ≤ 10, every class used. Every line has the first line's number of fields; an
 * optional header names the features and ends in "label" or "class". Features are kept as written: the race
 * standardizes them with the training split's statistics.
 */
final class CsvTable {
    /** At most this many features: the 8×8 digits' 64; wider data is not for a page this size. */
    static final int MAX_FEATURES = 64;
    /** Labels 0…9: more classes than ten colours can tell apart on a map or a confusion matrix can show. */
    static final int MAX_CLASSES = 10;

    private CsvTable() {
    }

    /** Whether v is a class label: a whole number 0…{@link #MAX_CLASSES}−1. */
    static boolean isLabel(double v) {
        return v >= 0 && v < MAX_CLASSES && v == Math.rint(v);
    }

    /** The number of fields on the first line that is neither blank nor a comment (0 when there is none). */
    static int columns(String[] lines) {
        String[] none = new String[0];
        for (String raw : lines) {
            String line = raw.trim();
            if (!line.isEmpty() && line.charAt(0) != '#') {
                return split(line, none);
            }
        }
        return 0;
    }

    static CsvImport.Result read(String[] lines) {
        int rows = Math.min(lines.length, CsvImport.MAX_POINTS);
        int[] labels = new int[rows];
        double[] x = null;
        String[] names = null;
        String[] fields = new String[MAX_FEATURES + 2];
        int columns = -1;
        int firstLine = 0;
        int n = 0;
        int classes = 0;
        for (int lineNo = 1; lineNo <= lines.length; lineNo++) {
            String line = lines[lineNo - 1].trim();
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int count = split(line, fields);
            if (columns < 0) {
                if (count < 2) {
                    return fail("line " + lineNo + ": expected features and a label (x1,…,xd,label), found one field");
                }
                if (count > MAX_FEATURES + 1) {
                    return fail("line " + lineNo + ": " + count + " fields; at most " + MAX_FEATURES
                            + " features and a label");
                }
                columns = count;
                firstLine = lineNo;
                x = new double[rows * (columns - 1)];
                if (looksLikeHeader(fields)) {
                    String last = unquoted(fields[columns - 1]).toLowerCase();
                    if (!last.equals("label") && !last.equals("class")) {
                        return fail("line " + lineNo + ": the header's last column must be label or class, not "
                                + quote(fields[columns - 1]) + (columns == 3 ? "" : " (a target needs two inputs: x,y,target)"));
                    }
                    names = new String[columns - 1];
                    for (int j = 0; j < columns - 1; j++) {
                        String name = unquoted(fields[j]);
                        names[j] = name.isEmpty() ? "x" + (j + 1) : name;
                    }
                    continue;
                }
            } else if (count != columns) {
                return fail("line " + lineNo + ": expected " + columns + " fields, as on line " + firstLine
                        + ", found " + count);
            }
            if (n == CsvImport.MAX_POINTS) {
                return fail("line " + lineNo + ": more than " + CsvImport.MAX_POINTS + " rows");
            }
            int d = columns - 1;
            for (int j = 0; j < d; j++) {
                double v = number(unquoted(fields[j]));
                if (!finite(v)) {
                    return fail("line " + lineNo + ": " + numberProblem("x" + (j + 1), fields[j]));
                }
                x[n * d + j] = v;
            }
            double label = number(unquoted(fields[d]));
            if (!finite(label)) {
                return fail("line " + lineNo + ": " + numberProblem("the label", fields[d]));
            }
            if (label >= MAX_CLASSES && label == Math.rint(label)) {
                return fail("line " + lineNo + ": label " + quote(fields[d]) + ": at most " + MAX_CLASSES
                        + " classes, labelled 0…" + (MAX_CLASSES - 1));
            }
            if (!isLabel(label)) {
                return fail("line " + lineNo + ": the label must be a whole number 0…" + (MAX_CLASSES - 1)
                        + " (the class), not " + quote(fields[d]));
            }
            labels[n] = (int) label;
            classes = Math.max(classes, labels[n] + 1);
            n++;
        }
        if (n < 4) {
            return fail("only " + n + " row" + (n == 1 ? "" : "s") + ": at least 4 are needed to train and validate");
        }
        int[] counts = new int[classes];
        for (int i = 0; i < n; i++) {
            counts[labels[i]]++;
        }
        if (classes < 2) {
            return fail("every row has label 0: a classifier needs at least two classes");
        }
        for (int k = 0; k < classes; k++) {
            if (counts[k] == 0) {
                return fail("no row has label " + k + ": the labels must be 0…" + (classes - 1)
                        + ", each used at least once");
            }
        }
        int d = columns - 1;
        if (names == null) {
            names = new String[d];
            for (int j = 0; j < d; j++) {
                names[j] = "x" + (j + 1);
            }
        }
        String[] classNames = new String[classes];
        for (int k = 0; k < classes; k++) {
            classNames[k] = Integer.toString(k);
        }
        double[] kept = new double[n * d];
        System.arraycopy(x, 0, kept, 0, n * d);
        int[] keptLabels = new int[n];
        System.arraycopy(labels, 0, keptLabels, 0, n);
        return new CsvImport.Result(null, new Table(names, classNames, kept, keptLabels), "", "");
    }

    private static CsvImport.Result fail(String error) {
        return new CsvImport.Result(null, null, error, "");
    }
}
