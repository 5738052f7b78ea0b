package descent.core.data.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The one-time conversion of the shipped datasets from Debian's packages (r-cran-palmerpenguins,
 * python3-sklearn) into webapp/data/. Run {@link #main} after installing both packages; ShippedDataTest checks
 * that the committed files are what this conversion produces whenever the packages are present.
 */
final class ShippedDataSources {
    static final Path PENGUINS = Path.of("/usr/lib/R/site-library/palmerpenguins/extdata/penguins.csv");
    static final Path IRIS = Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/iris.csv");
    static final Path DIGITS = Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz");

    private ShippedDataSources() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "webapp/data");
        Files.createDirectories(out);
        Files.writeString(out.resolve("penguins.csv"), penguins(Files.readAllLines(PENGUINS)));
        Files.writeString(out.resolve("iris.csv"), iris(Files.readAllLines(IRIS)));
        Files.write(out.resolve("digits.bin"), digits(gunzip(DIGITS)));
    }

    /** Species from bill length and depth; the two penguins with neither measured are left out. */
    static String penguins(List<String> lines) {
        String[] header = lines.get(0).split(",");
        int species = indexOf(header, "species");
        int length = indexOf(header, "bill_length_mm");
        int depth = indexOf(header, "bill_depth_mm");
        String[] classes = {"Adelie", "Chinstrap", "Gentoo"};
        StringBuilder b = new StringBuilder()
                .append("# Palmer penguins: bill length and depth (mm) of the penguins of the Palmer Archipelago.\n")
                .append("# Horst, Hill & Gorman (2020), R package palmerpenguins; data by K. Gorman, Palmer Station LTER.\n")
                .append("# Licence: CC0 1.0. Converted from Debian's r-cran-palmerpenguins (extdata/penguins.csv);\n")
                .append("# the 2 of 344 penguins without bill measurements are left out.\n")
                .append("classes: ").append(String.join(",", classes)).append('\n')
                .append("bill_length_mm,bill_depth_mm,label\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[length].equals("NA") || cells[depth].equals("NA")) {
                continue;
            }
            b.append(cells[length]).append(',').append(cells[depth]).append(',')
                    .append(indexOf(classes, cells[species])).append('\n');
        }
        return b.toString();
    }

    /** All four measurements; the source's first line is "150,4,setosa,versicolor,virginica". */
    static String iris(List<String> lines) {
        String[] first = lines.get(0).split(",");
        StringBuilder b = new StringBuilder()
                .append("# Iris: sepal and petal length and width (cm) of 150 irises of three species.\n")
                .append("# R. A. Fisher (1936), UCI Machine Learning Repository. Licence: CC BY 4.0.\n")
                .append("# Converted from Debian's python3-sklearn (sklearn/datasets/data/iris.csv).\n")
                .append("classes: ").append(first[2]).append(',').append(first[3]).append(',').append(first[4]).append('\n')
                .append("sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm,label\n");
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                b.append(line.trim()).append('\n');
            }
        }
        return b.toString();
    }

    /** 65 bytes an image: its 64 pixel counts and its digit. */
    static byte[] digits(String csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : csv.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.trim().split(",");
            if (cells.length != DigitBytes.RECORD) {
                throw new IllegalArgumentException("a digits row has " + cells.length + " cells");
            }
            for (String cell : cells) {
                out.write((int) Double.parseDouble(cell));
            }
        }
        return out.toByteArray();
    }

    static String gunzip(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column or class named " + name);
    }
}
