package descent.core.data.table;

/**
 * Reads the shipped 8×8 digits: one record of 65 bytes per image, 64 pixel counts in 0…16 row by row
 * (top-left first) followed by the digit 0…9. 1,797 images make 116,805 bytes, a third of the same numbers
 * as text.
 */
public final class DigitBytes {
    /** Bytes of one record: 8 × 8 pixels and the label. */
    public static final int RECORD = 65;
    /** Pixels of one image. */
    public static final int PIXELS = 64;
    /** The largest pixel value: how many of a 4×4 block's 16 pixels were on. */
    public static final int MAX_PIXEL = 16;

    private DigitBytes() {
    }

    /** The images as a table of 64 features named "r,c" (row, column) and classes "0"…"9". */
    public static Table parse(byte[] bytes) {
        if (bytes.length == 0 || bytes.length % RECORD != 0) {
            throw new IllegalArgumentException(bytes.length + " bytes is not a whole number of " + RECORD + "-byte records");
        }
        int n = bytes.length / RECORD;
        double[] x = new double[n * PIXELS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int base = i * RECORD;
            for (int p = 0; p < PIXELS; p++) {
                int v = bytes[base + p] & 0xff;
                if (v > MAX_PIXEL) {
                    throw new IllegalArgumentException("image " + i + ", pixel " + p + ": " + v + " is over " + MAX_PIXEL);
                }
                x[i * PIXELS + p] = v;
            }
            int label = bytes[base + PIXELS] & 0xff;
            if (label > 9) {
                throw new IllegalArgumentException("image " + i + ": label " + label + " is not a digit");
            }
            labels[i] = label;
        }
        String[] features = new String[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            features[p] = (p / 8) + "," + (p % 8);
        }
        String[] classes = new String[10];
        for (int k = 0; k < 10; k++) {
            classes[k] = String.valueOf(k);
        }
        return new Table(features, classes, x, labels);
    }
}
