package descent.core.data.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text form of a shipped table, made to be read and checked by a person:
 *
 * <pre>
 * # any number of comment lines: source, licence, how it was converted
 * classes: Adelie,Chinstrap,Gentoo
 * bill_length_mm,bill_depth_mm,label
 * 39.1,18.7,0
 * </pre>
 *
 * The header names the d features and ends with {@code label}; every row has d numbers and a label in 0…K−1.
 * The files are ours and small, so any flaw is a build mistake: it is reported with its line, not repaired.
 */
public final class TableText {
    private TableText() {
    }

    /** Parses the whole text; throws IllegalArgumentException naming the first line that is wrong. */
    public static Table parse(String text) {
        String[] lines = text.split("\n", -1);
        int at = 0;
        while (at < lines.length && lines[at].startsWith("#")) {
            at++;
        }
        String[] classes = classesOf(line(lines, at), at + 1);
        at++;
        String[] header = line(lines, at).split(",", -1);
        if (header.length < 2 || !header[header.length - 1].equals("label")) {
            throw new IllegalArgumentException("line " + (at + 1) + ": the header must name the features and end with label");
        }
        int d = header.length - 1;
        String[] features = new String[d];
        System.arraycopy(header, 0, features, 0, d);
        at++;
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (; at < lines.length; at++) {
            String row = lines[at].endsWith("\r") ? lines[at].substring(0, lines[at].length() - 1) : lines[at];
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split(",", -1);
            if (cells.length != d + 1) {
                throw new IllegalArgumentException("line " + (at + 1) + ": " + cells.length + " cells where the header has " + (d + 1));
            }
            double[] values = new double[d];
            for (int j = 0; j < d; j++) {
                values[j] = number(cells[j], at + 1);
            }
            int label = labelOf(cells[d], classes.length, at + 1);
            rows.add(values);
            labels.add(label);
        }
        double[] x = new double[rows.size() * d];
        int[] y = new int[rows.size()];
        for (int i = 0; i < y.length; i++) {
            System.arraycopy(rows.get(i), 0, x, i * d, d);
            y[i] = labels.get(i);
        }
        return new Table(features, classes, x, y);
    }

    private static String line(String[] lines, int at) {
        if (at >= lines.length) {
            throw new IllegalArgumentException("line " + (at + 1) + ": the table ends before its header");
        }
        String s = lines[at];
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String[] classesOf(String line, int lineNumber) {
        String prefix = "classes:";
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected \"classes: name,name,…\"");
        }
        String[] names = line.substring(prefix.length()).trim().split(",", -1);
        for (String name : names) {
            if (name.trim().isEmpty()) {
                throw new IllegalArgumentException("line " + lineNumber + ": a class has no name");
            }
        }
        for (int k = 0; k < names.length; k++) {
            names[k] = names[k].trim();
        }
        return names;
    }

    private static double number(String cell, int lineNumber) {
        try {
            double v = Double.parseDouble(cell.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": \"" + cell + "\" is not a finite number");
        }
    }

    private static int labelOf(String cell, int classCount, int lineNumber) {
        String s = cell.trim();
        int label = -1;
        if (!s.isEmpty() && s.length() <= 2) {
            label = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    label = -1;
                    break;
                }
                label = label * 10 + (c - '0');
            }
        }
        if (label < 0 || label >= classCount) {
            throw new IllegalArgumentException("line " + lineNumber + ": label \"" + cell + "\" is not a class in 0…" + (classCount - 1));
        }
        return label;
    }
}
