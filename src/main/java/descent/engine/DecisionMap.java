package descent.engine;

import descent.core.data.Dataset;
import descent.core.experiment.Run;

/**
 * A lane's decision map as a byte image: the network's output on the lane cards' grid, quantized to 256
 * levels between the output's range, so that a map crosses the thread boundary as 2.3 kB, not 18 kB of doubles.
 */
final class DecisionMap {
    static final int CELLS = EngineProtocol.MAP_RESOLUTION * EngineProtocol.MAP_RESOLUTION;
    private static final double[] FIELD = new double[CELLS];

    private DecisionMap() {
    }

    /** [lo, hi] of the output: p(y = 1) ∈ [0, 1] for classification, the targets' range for regression. */
    static double[] range(Dataset train) {
        if (train.isClassification()) {
            return new double[] {0, 1};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] t = train.targets();
        for (int i = 0; i < train.size(); i++) {
            lo = Math.min(lo, t[i]);
            hi = Math.max(hi, t[i]);
        }
        return new double[] {lo, hi};
    }

    /** Writes the map of run at θ (at the averaged weights θ̂ when {@code averaged}) into out[at, at + CELLS). */
    static void draw(Run run, double[] range, boolean averaged, byte[] out, int at) {
        double e = Dataset.EXTENT;
        run.predictGrid(-e, e, -e, e, EngineProtocol.MAP_RESOLUTION, FIELD, averaged);
        double lo = range[0];
        double span = range[1] - lo;
        for (int i = 0; i < CELLS; i++) {
            double level = span > 0 ? (FIELD[i] - lo) / span * 255 : 0;
            // (int) (x + 0.5), not Math.round: a long is slow in the JS build.
            int b = level - level == 0 ? (int) (Math.max(0, Math.min(255, level)) + 0.5) : 0;
            out[at + i] = (byte) b;
        }
    }

    /** The output value of level b (a byte read as unsigned). */
    static double value(byte b, double lo, double hi) {
        return lo + (hi - lo) * ((b & 0xFF) / 255.0);
    }
}
