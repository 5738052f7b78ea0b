package descent.engine;

import descent.core.experiment.Series;
import descent.core.experiment.Status;

/**
 * The page's copy of one lane's numbers, as the engine's snapshots told them: the latest values, the
 * histories (the same points the engine's run holds, in series of the same capacity) and the decision map.
 */
public final class LaneMirror {
    private final double[] values = new double[EngineProtocol.LANE_VALUES];
    private final String[] texts = new String[EngineProtocol.LANE_TEXTS];
    private final Series[] series = new Series[EngineProtocol.SERIES];
    private final double[] map = new double[DecisionMap.CELLS];
    private boolean hasMap;
    private int capacity;

    LaneMirror() {
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "";
        }
    }

    /** Reads this lane's part of a snapshot's numbers from {@code at}; returns where the next lane begins. */
    int read(double[] numbers, int at) {
        System.arraycopy(numbers, at, values, 0, values.length);
        int wanted = (int) values[EngineProtocol.SERIES_CAPACITY];
        boolean fresh = values[EngineProtocol.FRESH] == 1;
        if (wanted != capacity) {
            capacity = wanted;
            for (int s = 0; s < series.length; s++) {
                series[s] = new Series(Math.max(3, capacity));
            }
        } else if (fresh) {
            for (Series s : series) {
                s.clear();
            }
        }
        if (fresh) {
            hasMap = false;
        }
        int i = at + values.length;
        for (Series s : series) {
            int count = (int) numbers[i++];
            for (int k = 0; k < count; k++) {
                s.add((int) numbers[i], numbers[i + 1]);
                i += 2;
            }
        }
        return i;
    }

    void readTexts(String[] all, int from) {
        for (int i = 0; i < texts.length; i++) {
            texts[i] = from + i < all.length ? all[from + i] : "";
        }
    }

    void readMap(byte[] images, int at) {
        double lo = values[EngineProtocol.MAP_LO];
        double hi = values[EngineProtocol.MAP_HI];
        for (int i = 0; i < map.length; i++) {
            map[i] = DecisionMap.value(images[at + i], lo, hi);
        }
        hasMap = true;
    }

    /** A value by its index in {@link EngineProtocol} (STEP_COUNT, TRAIN_LOSS, …). */
    public double value(int index) {
        return values[index];
    }

    /** A text by its index in {@link EngineProtocol} (DIVERGENCE_REASON, …). */
    public String text(int index) {
        return texts[index];
    }

    /** A history by its index in {@link EngineProtocol} (TRAIN_LOSS_SERIES, …). */
    public Series series(int index) {
        return series[index];
    }

    public int stepCount() {
        return (int) values[EngineProtocol.STEP_COUNT];
    }

    public Status status() {
        double s = values[EngineProtocol.STATUS];
        return s == 2 ? Status.DIVERGED : s == 1 ? Status.CONVERGED : Status.RUNNING;
    }

    /** The decision map (resolution² outputs), or null before the engine sent one. */
    public double[] map() {
        return hasMap ? map : null;
    }
}
