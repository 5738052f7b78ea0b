package descent.core.landscape;

import static descent.core.math.Vectors.dot;
import static descent.core.math.Vectors.norm;
import static descent.core.math.Vectors.scale;

import descent.core.math.Rng;
import descent.core.nn.Network;
import java.util.function.ToDoubleFunction;

/**
 * Several training paths on one loss surface: the plane θ(a, b) = θ₀ + a·d₁ + b·d₂ through the shared starting
 * point θ₀, the training loss J(θ(a, b)) on a grid over it, and every path projected onto it. Two choices of
 * d₁, d₂:
 * <ul>
 *   <li>{@link Directions#PRINCIPAL}: the first two principal directions of the paths' displacements
 *       x = θ_t − θ₀ (taken about θ₀, not about their mean, so that the plane passes through θ₀): the top two
 *       eigenvectors of Σ x xᵀ over a sample of every path's points ({@link PrincipalDirections}). d₁ ⊥ d₂,
 *       both of length 1, so a and b are
 *       distances in parameter space and the plane holds the most of the paths' movement any plane through θ₀
 *       can;</li>
 *   <li>{@link Directions#RANDOM}: two Gaussian directions, filter-normalized (Li et al. 2018, see
 *       {@link NetworkSlices#filterNormalizedDirection}) to the rows of θ₀ — a unit of a or b moves every unit's
 *       incoming weights by their own norm. Few random directions in many dimensions lie along a path, so the
 *       projected paths are short: the honest picture of a random slice.</li>
 * </ul>
 * A point θ is projected by least squares: (a, b) minimizing ‖θ − θ₀ − a d₁ − b d₂‖. {@link #captured()} says
 * how much of the paths' movement the plane holds: Σ‖P x‖² / Σ‖x‖² over all path points (1 = the paths lie in
 * the plane; the rest of their movement is perpendicular to the picture).
 *
 * <p>The work comes in small units ({@link #advance}) — a row of G, a few iterations, one path's projection,
 * one grid cell's loss — so a page can spread it over frames. Nothing is allocated after construction.
 */
public final class LossPlane {
    /** How the plane's two directions are chosen. */
    public enum Directions { PRINCIPAL, RANDOM }

    private static final int PRINCIPAL = 0;
    private static final int DIRECTIONS = 1;
    private static final int PROJECT = 2;
    private static final int RANGE = 3;
    private static final int GRID = 4;
    private static final int DONE = 5;

    private final ToDoubleFunction<double[]> loss;
    private final Network layout;
    private final Rng rng;
    private final double[] theta0;
    private final double[][] paths;
    private final int[] counts;
    private final int n;
    private final int gridSize;
    private Directions directions;
    private String note = "";
    private final double[] d1;
    private final double[] d2;
    private final double[] probe;
    private final double[] values;
    private final double[][] pathA;
    private final double[][] pathB;
    private final double[] ab = new double[2];
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;
    private double captured = Double.NaN;
    private double movedSquares;
    private double projectedSquares;
    private final PrincipalDirections principal;
    private int phase;
    private int cursor;

    /**
     * @param loss J(θ), the full training loss (called with a scratch array it must not keep)
     * @param layout the network θ belongs to (rows of the weight matrices, for filter normalization)
     * @param theta0 the shared starting point the plane passes through (copied)
     * @param paths per path, its points θ one after another (count × n numbers; copied)
     * @param counts points per path
     * @param samplesPerPath the most points of each path the principal directions are computed from
     * @param gridSize grid points per side (at least 2)
     */
    public LossPlane(ToDoubleFunction<double[]> loss, Network layout, double[] theta0, double[][] paths, int[] counts,
            Directions directions, Rng rng, int samplesPerPath, int gridSize) {
        if (gridSize < 2 || paths.length != counts.length || paths.length == 0) {
            throw new IllegalArgumentException("a loss plane needs paths and at least 2 grid points a side");
        }
        this.loss = loss;
        this.layout = layout;
        this.rng = rng;
        this.theta0 = theta0.clone();
        n = theta0.length;
        this.counts = counts.clone();
        this.paths = new double[paths.length][];
        pathA = new double[paths.length][];
        pathB = new double[paths.length][];
        for (int l = 0; l < paths.length; l++) {
            if (counts[l] < 1 || paths[l].length < counts[l] * n) {
                throw new IllegalArgumentException("path " + l + " has fewer points than it says");
            }
            this.paths[l] = java.util.Arrays.copyOf(paths[l], counts[l] * n);
            pathA[l] = new double[counts[l]];
            pathB[l] = new double[counts[l]];
        }
        this.gridSize = gridSize;
        this.directions = directions;
        d1 = new double[n];
        d2 = new double[n];
        probe = new double[n];
        values = new double[gridSize * gridSize];
        principal = directions == Directions.PRINCIPAL
                ? new PrincipalDirections(this.paths, this.counts, this.theta0, samplesPerPath, rng) : null;
        phase = principal != null ? PRINCIPAL : DIRECTIONS;
    }

    /** Does up to {@code units} more units of work; returns whether the plane is done. */
    public boolean advance(int units) {
        for (int u = 0; u < units && phase != DONE; u++) {
            switch (phase) {
                case PRINCIPAL:
                    if (principal.advance()) {
                        phase = DIRECTIONS;
                    }
                    break;
                case DIRECTIONS:
                    chooseDirections();
                    break;
                case PROJECT:
                    projectPath();
                    break;
                case RANGE:
                    fitRange();
                    break;
                default:
                    gridCell();
                    break;
            }
        }
        return phase == DONE;
    }

    private void chooseDirections() {
        if (directions == Directions.PRINCIPAL) {
            String said = principal.write(d1, d2);
            if (said == null) {
                directions = Directions.RANDOM;
                note = "The paths have not left θ₀ yet: random directions instead of principal ones.";
            } else {
                note = said;
            }
        }
        if (directions == Directions.RANDOM) {
            randomDirections();
        }
        phase = PROJECT;
    }

    private void randomDirections() {
        // θ₀ gives every unit its scale; an all-zero θ₀ (zero init) gives none, so the paths' ends do
        double[] reference = theta0;
        if (weightNorm(theta0) == 0) {
            reference = probe;
            java.util.Arrays.fill(probe, 0);
            for (int l = 0; l < paths.length; l++) {
                for (int p = 0, r = (counts[l] - 1) * n; p < n; p++) {
                    probe[p] += paths[l][r + p] / paths.length;
                }
            }
        }
        NetworkSlices.filterNormalizedDirection(layout, reference, rng, d1);
        NetworkSlices.filterNormalizedDirection(layout, reference, rng, d2);
        if (norm(d1) == 0 || norm(d2) == 0) {
            for (int p = 0; p < n; p++) {
                d1[p] = rng.nextGaussian();
                d2[p] = rng.nextGaussian();
            }
            scale(d1, 1 / norm(d1));
            scale(d2, 1 / norm(d2));
            note = "Every weight is still 0: the random directions are plain unit vectors.";
        }
    }

    private double weightNorm(double[] theta) {
        double s = 0;
        for (int l = 0; l < layout.layerCount(); l++) {
            int from = layout.weightOffset(l);
            int to = from + layout.width(l) * layout.width(l + 1);
            for (int p = from; p < to; p++) {
                s += theta[p] * theta[p];
            }
        }
        return Math.sqrt(s);
    }

    private void projectPath() {
        int l = cursor;
        double g11 = dot(d1, d1);
        double g12 = dot(d1, d2);
        double g22 = dot(d2, d2);
        for (int k = 0; k < counts[l]; k++) {
            double r1 = 0;
            double r2 = 0;
            double moved = 0;
            for (int p = 0, o = k * n; p < n; p++) {
                double x = paths[l][o + p] - theta0[p];
                r1 += d1[p] * x;
                r2 += d2[p] * x;
                moved += x * x;
            }
            if (!PlaneProjection.solve(g11, g12, g22, r1, r2, ab)) {
                ab[0] = 0;
                ab[1] = 0;
            }
            pathA[l][k] = ab[0];
            pathB[l][k] = ab[1];
            movedSquares += moved;
            // ‖P x‖² = (a d₁ + b d₂)·(a d₁ + b d₂)
            projectedSquares += ab[0] * ab[0] * g11 + 2 * ab[0] * ab[1] * g12 + ab[1] * ab[1] * g22;
        }
        if (++cursor == paths.length) {
            cursor = 0;
            captured = movedSquares > 0 ? Math.min(1, projectedSquares / movedSquares) : Double.NaN;
            phase = RANGE;
        }
    }

    /** The box around every projected point and θ₀, with room around it, neither side under half the other. */
    private void fitRange() {
        double x0 = 0;
        double x1 = 0;
        double y0 = 0;
        double y1 = 0;
        for (int l = 0; l < paths.length; l++) {
            for (int k = 0; k < counts[l]; k++) {
                double a = pathA[l][k];
                double b = pathB[l][k];
                if (a - a == 0 && b - b == 0) {
                    x0 = Math.min(x0, a);
                    x1 = Math.max(x1, a);
                    y0 = Math.min(y0, b);
                    y1 = Math.max(y1, b);
                }
            }
        }
        double extent = Math.max(x1 - x0, y1 - y0);
        if (!(extent > 0)) { // nothing moved: a unit of each direction around θ₀
            xMin = -1;
            xMax = 1;
            yMin = -1;
            yMax = 1;
            phase = GRID;
            return;
        }
        double half = Math.max(x1 - x0, 0.5 * extent) / 2 + 0.15 * extent;
        double mid = (x0 + x1) / 2;
        xMin = mid - half;
        xMax = mid + half;
        half = Math.max(y1 - y0, 0.5 * extent) / 2 + 0.15 * extent;
        mid = (y0 + y1) / 2;
        yMin = mid - half;
        yMax = mid + half;
        phase = GRID;
    }

    private void gridCell() {
        int row = cursor / gridSize;
        int col = cursor % gridSize;
        values[cursor] = lossAt(planeX(col), planeY(row));
        if (++cursor == values.length) {
            phase = DONE;
        }
    }

    /** J(θ₀ + a d₁ + b d₂). */
    public double lossAt(double a, double b) {
        for (int p = 0; p < n; p++) {
            probe[p] = theta0[p] + a * d1[p] + b * d2[p];
        }
        return loss.applyAsDouble(probe);
    }

    /** Writes the least-squares coordinates (a, b) of θ into {@code out} (a lane's live position). */
    public void project(double[] theta, double[] out) {
        if (!PlaneProjection.project(d1, d2, theta0, theta, out)) {
            out[0] = 0;
            out[1] = 0;
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public boolean isDone() {
        return phase == DONE;
    }

    /** Fraction done, in [0, 1]: the grid's losses are most of the work. */
    public double progress() {
        if (phase == DONE) {
            return 1;
        }
        if (phase == GRID) {
            return 0.1 + 0.9 * cursor / values.length;
        }
        return 0.1 * phase / GRID;
    }

    /** The directions in use: RANDOM when principal ones were asked for but the paths had not moved. */
    public Directions directions() {
        return directions;
    }

    /** Why the plane differs from what was asked, or "". */
    public String note() {
        return note;
    }

    /** Σ‖P x‖² / Σ‖x‖² over every path point (NaN until projected, or when no point left θ₀). */
    public double captured() {
        return captured;
    }

    public int gridSize() {
        return gridSize;
    }

    /** J on the grid, row-major, row 0 at b = {@link #yMax()} (a live view, complete once done). */
    public double[] values() {
        return values;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    /** a of grid column col. */
    public double planeX(int col) {
        return xMin + (xMax - xMin) * col / (gridSize - 1);
    }

    /** b of grid row row (row 0 at the top). */
    public double planeY(int row) {
        return yMax - (yMax - yMin) * row / (gridSize - 1);
    }

    public int pathCount() {
        return paths.length;
    }

    public int pathLength(int path) {
        return counts[path];
    }

    /** a of point k of a path (once projected). */
    public double pathX(int path, int k) {
        return pathA[path][k];
    }

    public double pathY(int path, int k) {
        return pathB[path][k];
    }

    public double[] direction1() {
        return d1;
    }

    public double[] direction2() {
        return d2;
    }
}
