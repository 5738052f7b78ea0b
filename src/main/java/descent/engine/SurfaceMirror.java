package descent.engine;

import descent.core.experiment.SurfacePicture;
import descent.core.landscape.LossPlane;

/**
 * The page's copy of the loss surface the engine computed: its state and progress from every snapshot, the
 * picture from the one that finished it, and the lanes' live positions from each later one.
 */
public final class SurfaceMirror implements SurfacePicture {
    private int state;
    private double progress;
    private int build = -1;
    private int grid;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;
    private double[] values = new double[0];
    private boolean principal = true;
    private double captured;
    private int builtAt;
    private int[] lanes = new int[0];
    private double[] endLosses = new double[0];
    private double[] planeEndLosses = new double[0];
    private int[][] steps = new int[0][];
    private double[][] pathA = new double[0][];
    private double[][] pathB = new double[0][];
    private double[] live = new double[0];
    private int liveCount;
    private String failure = "";
    private String leftOut = "";
    private String note = "";

    /** Reads the surface section at {@code at}; returns where it ends. */
    int read(double[] n, int at) {
        state = (int) n[at++];
        progress = n[at++];
        int nextBuild = (int) n[at++];
        int full = (int) n[at++];
        if (full > 0) {
            readFull(n, at);
            build = nextBuild;
            at += full;
        }
        liveCount = (int) n[at++];
        if (live.length < 2 * liveCount) {
            live = new double[2 * liveCount];
        }
        System.arraycopy(n, at, live, 0, 2 * liveCount);
        return at + 2 * liveCount;
    }

    private void readFull(double[] n, int at) {
        grid = (int) n[at++];
        xMin = n[at++];
        xMax = n[at++];
        yMin = n[at++];
        yMax = n[at++];
        values = new double[grid * grid];
        System.arraycopy(n, at, values, 0, values.length);
        at += values.length;
        principal = n[at++] == 0;
        captured = n[at++];
        builtAt = (int) n[at++];
        int count = (int) n[at++];
        lanes = new int[count];
        endLosses = new double[count];
        planeEndLosses = new double[count];
        steps = new int[count][];
        pathA = new double[count][];
        pathB = new double[count][];
        for (int j = 0; j < count; j++) {
            lanes[j] = (int) n[at++];
            endLosses[j] = n[at++];
            planeEndLosses[j] = n[at++];
            int m = (int) n[at++];
            steps[j] = new int[m];
            pathA[j] = new double[m];
            pathB[j] = new double[m];
            for (int k = 0; k < m; k++) {
                steps[j][k] = (int) n[at++];
                pathA[j][k] = n[at++];
                pathB[j][k] = n[at++];
            }
        }
    }

    void readTexts(String[] texts, int from) {
        failure = from < texts.length ? texts[from] : "";
        leftOut = from + 1 < texts.length ? texts[from + 1] : "";
        note = from + 2 < texts.length ? texts[from + 2] : "";
    }

    /** "off", "computing", "done" or "failed", as the engine last said. */
    public String state() {
        switch (state) {
            case SurfaceWork.COMPUTING:
                return "computing";
            case SurfaceWork.DONE:
                return "done";
            case SurfaceWork.FAILED:
                return "failed";
            default:
                return "off";
        }
    }

    public double progress() {
        return progress;
    }

    /** The number of the last finished build (a new one means a new picture), −1 before any. */
    public int build() {
        return build;
    }

    /** Why there is no surface, when {@link #state} is "failed". */
    public String failure() {
        return failure;
    }

    /** Lane j's position (a, b) now, as the last snapshot projected it; false when none was sent. */
    public boolean livePosition(int j, double[] out) {
        if (j >= liveCount) {
            return false;
        }
        out[0] = live[2 * j];
        out[1] = live[2 * j + 1];
        return true;
    }

    @Override
    public int size() {
        return lanes.length;
    }

    @Override
    public int lane(int j) {
        return lanes[j];
    }

    @Override
    public int step(int j, int k) {
        return steps[j][k];
    }

    @Override
    public double endLoss(int j) {
        return endLosses[j];
    }

    @Override
    public double planeEndLoss(int j) {
        return planeEndLosses[j];
    }

    @Override
    public String leftOut() {
        return leftOut;
    }

    @Override
    public int builtAtStep() {
        return builtAt;
    }

    @Override
    public double[] values() {
        return values;
    }

    @Override
    public double xMin() {
        return xMin;
    }

    @Override
    public double xMax() {
        return xMax;
    }

    @Override
    public double yMin() {
        return yMin;
    }

    @Override
    public double yMax() {
        return yMax;
    }

    @Override
    public LossPlane.Directions directions() {
        return principal ? LossPlane.Directions.PRINCIPAL : LossPlane.Directions.RANDOM;
    }

    @Override
    public double captured() {
        return captured;
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public int pathLength(int j) {
        return steps[j].length;
    }

    @Override
    public double pathX(int j, int k) {
        return pathA[j][k];
    }

    @Override
    public double pathY(int j, int k) {
        return pathB[j][k];
    }
}
