package descent.core.landscape;

import descent.core.optim.AveragingMode;
import descent.core.optim.Optimizer;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import descent.core.optim.ParameterAverage;

/**
 * One optimizer's path on a surface from a start point: θ₀, θ₁, …, θ_k with J(θ_t), which steps were clipped,
 * and the averaged iterate θ̂_t beside the raw one. Recording stops at the first non-finite value (of θ or J):
 * the path keeps its last finite point and says at which step it diverged.
 *
 * <p>Buffers are sized once for {@code capacity} steps; {@link #trace} reuses them, so redrawing the paths on
 * every slider move allocates only the optimizer's own state.
 */
public final class Path {
    private final int capacity;
    private final double[] xs;
    private final double[] ys;
    private final double[] losses;
    private final double[] averageX;
    private final double[] averageY;
    private final boolean[] clippedStep;
    private final double[] theta = new double[2];
    private int points;
    private int divergedAt = -1;
    private int firstBelow = -1;
    private int clippedSteps;
    private boolean averaging;

    /** @param capacity the most steps a trace takes */
    public Path(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a path needs at least one step");
        }
        this.capacity = capacity;
        xs = new double[capacity + 1];
        ys = new double[capacity + 1];
        losses = new double[capacity + 1];
        averageX = new double[capacity + 1];
        averageY = new double[capacity + 1];
        clippedStep = new boolean[capacity + 1];
    }

    /**
     * Runs {@code kind} with {@code settings} from (x0, y0) for up to {@code steps} steps on {@code objective}
     * (already reset with its noise and clipping).
     *
     * @param threshold the step at which J − infimum first drops below this is kept ({@link #firstStepBelow})
     * @param averagingMode Polyak, EMA or none; {@code decay} is the EMA's α
     */
    public Path trace(NoisyClippedSurface objective, OptimizerKind kind, OptimizerSettings settings, double x0,
            double y0, int steps, double threshold, AveragingMode averagingMode, double decay) {
        Surface surface = objective.surface();
        int n = Math.min(steps, capacity);
        theta[0] = x0;
        theta[1] = y0;
        Optimizer optimizer = kind.create(settings, 2);
        ParameterAverage average = new ParameterAverage(averagingMode, decay, theta);
        averaging = averagingMode != AveragingMode.NONE;
        double infimum = surface.infimum();
        points = 0;
        divergedAt = -1;
        firstBelow = -1;
        clippedSteps = 0;
        double loss = surface.value(x0, y0);
        record(x0, y0, loss, x0, y0, false, infimum, threshold);
        if (!finite(loss)) {
            divergedAt = 0;
            points = 0;
            return this;
        }
        double lr = settings.learningRate();
        for (int t = 1; t <= n; t++) {
            int clippedBefore = objective.clippedCount();
            optimizer.step(objective, theta, lr);
            boolean clipped = objective.clippedCount() > clippedBefore;
            double x = theta[0];
            double y = theta[1];
            double v = surface.value(x, y);
            if (!(finite(x) && finite(y) && finite(v))) {
                divergedAt = t;
                break;
            }
            average.update(theta);
            double[] a = average.averaged();
            record(x, y, v, a[0], a[1], clipped, infimum, threshold);
        }
        return this;
    }

    private void record(double x, double y, double v, double ax, double ay, boolean clipped, double infimum,
            double threshold) {
        int i = points++;
        xs[i] = x;
        ys[i] = y;
        losses[i] = v;
        averageX[i] = ax;
        averageY[i] = ay;
        clippedStep[i] = clipped;
        if (clipped) {
            clippedSteps++;
        }
        if (firstBelow < 0 && v - infimum < threshold) {
            firstBelow = i;
        }
    }

    private static boolean finite(double v) {
        return v - v == 0;
    }

    /** Recorded points θ₀ … θ_{k}: steps taken + 1 (0 if J(θ₀) itself was not finite). */
    public int size() {
        return points;
    }

    /** Steps taken and recorded. */
    public int steps() {
        return Math.max(0, points - 1);
    }

    public double x(int i) { return xs[i]; }
    public double y(int i) { return ys[i]; }
    public double loss(int i) { return losses[i]; }
    public double averageX(int i) { return averageX[i]; }
    public double averageY(int i) { return averageY[i]; }

    /** Whether step i (1-based; point i) read a clipped gradient. */
    public boolean clipped(int i) {
        return clippedStep[i];
    }

    public int clippedSteps() {
        return clippedSteps;
    }

    /** Whether the last trace kept an averaged path. */
    public boolean isAveraging() {
        return averaging;
    }

    /** The step at which θ or J first stopped being finite, or −1. */
    public int divergedAt() {
        return divergedAt;
    }

    /** The first step t with J(θ_t) − infimum below the trace's threshold, or −1 if none. */
    public int firstStepBelow() {
        return firstBelow;
    }

    public double lastX() { return xs[points - 1]; }
    public double lastY() { return ys[points - 1]; }
    public double lastLoss() { return losses[points - 1]; }

    public int capacity() {
        return capacity;
    }
}
