package descent.engine;

import descent.core.experiment.TableReadout;

/**
 * A table lane's K-class map as bytes (d = 2 only): per cell the class the network picks, then its confidence
 * softmax(z)_max as a level 0…255 of [0, 1], over the square ±{@code TableReadout.mapExtent}.
 */
final class ClassMap {
    static final int BYTES = 2 * DecisionMap.CELLS;
    private static final int[] CLASSES = new int[DecisionMap.CELLS];
    private static final double[] CONFIDENCE = new double[DecisionMap.CELLS];

    private ClassMap() {
    }

    /** Writes the map of {@code table} over ±extent into out[at, at + BYTES). */
    static void draw(TableReadout table, double extent, byte[] out, int at) {
        table.predictClasses(-extent, extent, -extent, extent, EngineProtocol.MAP_RESOLUTION, CLASSES, CONFIDENCE);
        int cells = DecisionMap.CELLS;
        for (int i = 0; i < cells; i++) {
            out[at + i] = (byte) CLASSES[i];
            double level = CONFIDENCE[i] * 255;
            // (int) (x + 0.5), not Math.round: a long is slow in the JS build; NaN reads as level 0.
            out[at + cells + i] = (byte) (level - level == 0 ? (int) (Math.max(0, Math.min(255, level)) + 0.5) : 0);
        }
    }

    /** Reads a map written by {@link #draw} into classes and confidences (each of CELLS entries). */
    static void read(byte[] in, int at, int[] classes, double[] confidence) {
        int cells = DecisionMap.CELLS;
        for (int i = 0; i < cells; i++) {
            classes[i] = in[at + i] & 0xFF;
            confidence[i] = (in[at + cells + i] & 0xFF) / 255.0;
        }
    }
}
