package descent.core.experiment;

import descent.core.landscape.LossPlane;
import descent.core.math.Rng;

/**
 * The lanes of a race on one loss surface: which lanes can share it, their paths (each lane's
 * {@link Trajectory} and its current θ, with the step of every point), and the {@link LossPlane} through θ₀
 * with the training loss J over it (the data loss, without weight decay: the same function for every lane).
 *
 * <p>A batch-norm lane is left out: its loss at a θ depends on running statistics gathered along its own path,
 * so it has no point on a surface shared with others (and its θ holds γ and β besides). Lanes whose θ₀ differs
 * (another initialization) are drawn from where they start; the plane passes through the first lane's θ₀.
 *
 * <p>Built from the paths as they are: lanes that go on training later move on as live positions
 * ({@link LossPlane#project}) until the surface is built again.
 */
public final class RaceSurface implements SurfacePicture {
    /** Grid points per side of the surface. */
    public static final int GRID = 31;
    /** The most points of each path the principal directions are computed from. */
    static final int SAMPLES_PER_PATH = 40;

    private final int[] lanes;
    private final int[][] steps;
    private final LossPlane plane;
    private final String leftOut;
    private final int builtAtStep;
    private final double[] endLosses;

    private RaceSurface(int[] lanes, int[][] steps, LossPlane plane, String leftOut, int builtAtStep,
            double[] endLosses) {
        this.endLosses = endLosses;
        this.lanes = lanes;
        this.steps = steps;
        this.plane = plane;
        this.leftOut = leftOut;
        this.builtAtStep = builtAtStep;
    }

    /**
     * The surface for the race's lanes as they are now (its plane still to be computed by
     * {@link LossPlane#advance}). Throws IllegalArgumentException with the reason when no lane can have one.
     */
    public static RaceSurface of(Race race, LossPlane.Directions directions) {
        int count = race.laneCount();
        int[] included = new int[count];
        int k = 0;
        StringBuilder left = new StringBuilder();
        int leftCount = 0;
        for (int i = 0; i < count; i++) {
            if (!canShare(race.run(i))) {
                left.append(leftCount++ == 0 ? "" : ", ").append(i + 1);
            } else {
                included[k++] = i;
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("Every lane uses batch norm, whose loss depends on running statistics "
                    + "gathered along its own path: there is no surface they share.");
        }
        String leftOut = leftCount == 0 ? ""
                : (leftCount == 1 ? "Lane " : "Lanes ") + left + (leftCount == 1 ? " uses" : " use")
                + " batch norm, whose loss depends on its own running statistics: left out.";
        int[] lanes = java.util.Arrays.copyOf(included, k);
        Run reference = race.run(lanes[0]);
        int n = reference.parameters().length;
        double[][] paths = new double[k][];
        int[] counts = new int[k];
        int[][] steps = new int[k][];
        int furthest = 0;
        double[] endLosses = new double[k];
        for (int j = 0; j < k; j++) {
            Run run = race.run(lanes[j]);
            Trajectory t = run.trajectory();
            int kept = t.size();
            boolean current = kept == 0 || run.stepCount() > t.step(kept - 1);
            int points = kept + (current ? 1 : 0);
            paths[j] = new double[points * n];
            steps[j] = new int[points];
            for (int s = 0; s < kept; s++) {
                t.copy(s, paths[j], s * n);
                steps[j][s] = t.step(s);
            }
            if (current) {
                System.arraycopy(run.parameters(), 0, paths[j], kept * n, n);
                steps[j][kept] = run.stepCount();
            }
            counts[j] = points;
            endLosses[j] = reference.trainingLossAt(java.util.Arrays.copyOfRange(paths[j], (points - 1) * n, points * n));
            furthest = Math.max(furthest, run.stepCount());
        }
        LossPlane plane = new LossPlane(reference::trainingLossAt, reference.network(),
                reference.initialParameters(), paths, counts, directions,
                new Rng(race.config().seed * 7919 + 29), SAMPLES_PER_PATH, GRID);
        return new RaceSurface(lanes, steps, plane, leftOut, furthest, endLosses);
    }

    /** Whether a lane's run can be drawn on a surface shared with others (not with batch norm). */
    public static boolean canShare(Run run) {
        return !run.network().hasBatchNorm();
    }

    public LossPlane plane() {
        return plane;
    }

    @Override
    public int size() {
        return lanes.length;
    }

    @Override
    public int lane(int j) {
        return lanes[j];
    }

    /** The surface's index of race lane i, or −1 when it is left out. */
    public int indexOf(int laneIndex) {
        for (int j = 0; j < lanes.length; j++) {
            if (lanes[j] == laneIndex) {
                return j;
            }
        }
        return -1;
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
    public String leftOut() {
        return leftOut;
    }

    @Override
    public int builtAtStep() {
        return builtAtStep;
    }

    /** A full-batch loss at the point: computed when asked (the page asks once per lane per build). */
    @Override
    public double planeEndLoss(int j) {
        int last = plane.pathLength(j) - 1;
        return plane.lossAt(plane.pathX(j, last), plane.pathY(j, last));
    }

    @Override
    public double[] values() {
        return plane.values();
    }

    @Override
    public double xMin() {
        return plane.xMin();
    }

    @Override
    public double xMax() {
        return plane.xMax();
    }

    @Override
    public double yMin() {
        return plane.yMin();
    }

    @Override
    public double yMax() {
        return plane.yMax();
    }

    @Override
    public LossPlane.Directions directions() {
        return plane.directions();
    }

    @Override
    public double captured() {
        return plane.captured();
    }

    @Override
    public String note() {
        return plane.note();
    }

    @Override
    public int pathLength(int j) {
        return plane.pathLength(j);
    }

    @Override
    public double pathX(int j, int k) {
        return plane.pathX(j, k);
    }

    @Override
    public double pathY(int j, int k) {
        return plane.pathY(j, k);
    }
}
