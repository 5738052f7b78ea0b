package descent.core.landscape;

import descent.core.math.Rng;
import descent.core.nn.Network;
import descent.core.optim.Objective;

/**
 * Two views of a network's loss J(θ) around a training run, computed a chunk at a time so a page can show
 * progress without freezing:
 * <ul>
 *   <li>(a) the straight line θ(α) = θ₀ + α(θ_f − θ₀), α from −0.5 to 1.5 (Goodfellow et al. 2015): α = 0 is the
 *       initialization, α = 1 the trained weights;</li>
 *   <li>(b) the plane θ_f + a·d₁ + b·d₂, a, b ∈ [−span, span], along two random Gaussian directions that are
 *       <em>filter-normalized</em> (Li et al. 2018): each unit's incoming weights in d (one row of W_l) are
 *       rescaled to the norm of the same row of θ_f, and the bias and batch-norm entries of d are zero, so that
 *       a step of 1 along d changes every unit by as much as its own weights' scale.</li>
 * </ul>
 * Training snapshots θ_t are projected onto the plane by least squares: (a, b) minimizing ‖θ_t − θ_f − a d₁ −
 * b d₂‖ (the directions are not orthogonal, so the 2×2 Gram system is solved). Few random directions are
 * orthogonal to a path in many dimensions, so a projected path is short: an honest picture, as Li et al. note.
 *
 * <p>{@link #advance} allocates nothing.
 */
public final class NetworkSlices {
    private final Objective objective;
    private final double[] theta0;
    private final double[] thetaF;
    private final double[] d1;
    private final double[] d2;
    private final double[] probe;
    private final int lineCount;
    private final int gridSize;
    private final double span;
    private final double[] line;
    private final double[] plane;
    private int done;

    /**
     * @param objective the full-batch training loss J(θ)
     * @param network the network whose layout θ follows (for filter normalization)
     * @param lineCount points along the line (at least 2)
     * @param gridSize points per side of the plane (at least 2)
     */
    public NetworkSlices(Objective objective, Network network, double[] theta0, double[] thetaF, Rng rng,
            int lineCount, int gridSize, double span) {
        if (lineCount < 2 || gridSize < 2) {
            throw new IllegalArgumentException("need at least 2 points along each slice");
        }
        int n = objective.dimension();
        this.objective = objective;
        this.theta0 = theta0.clone();
        this.thetaF = thetaF.clone();
        this.lineCount = lineCount;
        this.gridSize = gridSize;
        this.span = span;
        d1 = new double[n];
        d2 = new double[n];
        probe = new double[n];
        line = new double[lineCount];
        plane = new double[gridSize * gridSize];
        filterNormalizedDirection(network, thetaF, rng, d1);
        filterNormalizedDirection(network, thetaF, rng, d2);
    }

    /**
     * A Gaussian direction with each row of each W_l rescaled to the norm of that row of {@code theta};
     * zero on biases and batch-norm parameters. Written into {@code out}.
     */
    public static void filterNormalizedDirection(Network network, double[] theta, Rng rng, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int l = 0; l < network.layerCount(); l++) {
            int in = network.width(l);
            int units = network.width(l + 1);
            int base = network.weightOffset(l);
            for (int j = 0; j < units; j++) {
                int row = base + j * in;
                double dn = 0;
                double tn = 0;
                for (int i = 0; i < in; i++) {
                    double g = rng.nextGaussian();
                    out[row + i] = g;
                    dn += g * g;
                    tn += theta[row + i] * theta[row + i];
                }
                double scale = dn > 0 ? Math.sqrt(tn / dn) : 0;
                for (int i = 0; i < in; i++) {
                    out[row + i] *= scale;
                }
            }
        }
    }

    /** Computes up to {@code cells} more loss values (line first, then the plane row by row); returns true when all are done. */
    public boolean advance(int cells) {
        int total = total();
        int end = Math.min(total, done + Math.max(1, cells));
        for (; done < end; done++) {
            if (done < lineCount) {
                double a = alpha(done);
                for (int p = 0; p < probe.length; p++) {
                    probe[p] = theta0[p] + a * (thetaF[p] - theta0[p]);
                }
                line[done] = objective.value(probe);
            } else {
                int k = done - lineCount;
                int row = k / gridSize;
                int col = k % gridSize;
                double a = planeX(col);
                double b = planeY(row);
                for (int p = 0; p < probe.length; p++) {
                    probe[p] = thetaF[p] + a * d1[p] + b * d2[p];
                }
                plane[k] = objective.value(probe);
            }
        }
        return done == total;
    }

    public boolean isDone() {
        return done == total();
    }

    public int total() {
        return lineCount + gridSize * gridSize;
    }

    /** Fraction done, in [0, 1]. */
    public double progress() {
        return (double) done / total();
    }

    public int lineCount() {
        return lineCount;
    }

    /** α of line point i: from −0.5 to 1.5. */
    public double alpha(int i) {
        return -0.5 + 2.0 * i / (lineCount - 1);
    }

    /** J along the line (a live view; entries beyond the progress are 0). */
    public double[] line() {
        return line;
    }

    public int gridSize() {
        return gridSize;
    }

    public double span() {
        return span;
    }

    /** a of plane column col: −span … span. */
    public double planeX(int col) {
        return -span + 2 * span * col / (gridSize - 1);
    }

    /** b of plane row row: span at row 0 down to −span. */
    public double planeY(int row) {
        return span - 2 * span * row / (gridSize - 1);
    }

    /** J on the plane, row-major, row 0 at b = span (a live view). */
    public double[] plane() {
        return plane;
    }

    public double[] direction1() {
        return d1;
    }

    public double[] direction2() {
        return d2;
    }

    /** Writes the least-squares coordinates (a, b) of θ − θ_f in the plane of d₁, d₂ into {@code out}. */
    public void project(double[] theta, double[] out) {
        if (!PlaneProjection.project(d1, d2, thetaF, theta, out)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
        }
    }
}
