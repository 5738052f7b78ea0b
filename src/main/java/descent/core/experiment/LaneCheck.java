package descent.core.experiment;

import descent.core.optim.ClipMode;
import descent.core.optim.OptimizerKind;

/**
 * Whether a lane can run as configured, and if not, why — in words the page shows next to the control.
 *
 * <p><b>Second-order and quasi-Newton rules</b> (the rules without a learning rate: Newton, damped and
 * saddle-free Newton, BFGS, L-BFGS, CG) are offered only with the full batch: H⁻¹g amplifies the sampling noise
 * of a minibatch gradient (the course's "≈10,000 examples instead of ≈100"), and a line search on a loss that
 * changes with every batch compares numbers from different functions. The Newton family and BFGS also need a
 * small network, at most {@value #MAX_SECOND_ORDER_PARAMETERS} parameters: they hold an n×n matrix, and Newton
 * differences 2n gradients and factors it in O(n³) every step. L-BFGS and CG keep O(n) memory and have no
 * size limit.
 *
 * <p>Also refused: batch norm while the network cannot build it, and clipping with a line-search rule (the
 * clipped slope no longer matches the value, see {@link descent.core.optim.ClippedObjective}).
 */
public final class LaneCheck {
    /** "About 300 parameters": Newton's Hessian is then 90,000 entries and 600 gradients per step. */
    public static final int MAX_SECOND_ORDER_PARAMETERS = 300;

    private LaneCheck() {
    }

    /** Second-order or quasi-Newton: the rules that choose their own step. */
    public static boolean isSecondOrder(OptimizerKind kind) {
        return !kind.usesLearningRate();
    }

    /** Whether the rule holds an n×n matrix (Newton family, BFGS) and is therefore size-limited. */
    public static boolean needsSmallNetwork(OptimizerKind kind) {
        return kind == OptimizerKind.NEWTON || kind == OptimizerKind.DAMPED_NEWTON
                || kind == OptimizerKind.SADDLE_FREE_NEWTON || kind == OptimizerKind.BFGS;
    }

    /** Whether the rule searches along a line (BFGS, L-BFGS, CG). */
    public static boolean usesLineSearch(OptimizerKind kind) {
        return kind == OptimizerKind.BFGS || kind == OptimizerKind.LBFGS || kind == OptimizerKind.CG;
    }

    /**
     * "" when {@code kind} is offered for a network of {@code parameterCount} parameters trained with or without
     * the full batch; otherwise the reason, e.g. "Newton needs the full batch (batch size 0): …".
     */
    public static String secondOrderReason(OptimizerKind kind, int parameterCount, boolean fullBatch) {
        if (!isSecondOrder(kind)) {
            return "";
        }
        if (needsSmallNetwork(kind) && parameterCount > MAX_SECOND_ORDER_PARAMETERS) {
            return kind.label() + " is offered for networks of at most " + MAX_SECOND_ORDER_PARAMETERS
                    + " parameters; this one has " + parameterCount + " (it keeps a " + parameterCount + "×"
                    + parameterCount + " matrix)";
        }
        if (!fullBatch) {
            return kind.label() + " needs the full batch (batch size 0): on a minibatch its curvature step "
                    + "amplifies the sampling noise";
        }
        return "";
    }

    /** The same check for a lane of a playground: parameters of its network, full batch or not. */
    public static String secondOrderReason(PlaygroundConfig config, LaneConfig lane) {
        if (!isSecondOrder(lane.optimizer)) {
            return "";
        }
        int n = parameterCount(config, lane.batchNorm);
        int train = trainSize(config);
        return secondOrderReason(lane.optimizer, n, RunSetup.effectiveBatchSize(lane.batchSize, train) == train);
    }

    /** "" when the lane can run in this playground, else the first problem found. */
    public static String problem(PlaygroundConfig config, LaneConfig lane) {
        if (lane.batchNorm && !RunSetup.batchNormSupported()) {
            return "batch normalization is not available in this build yet";
        }
        if (lane.clip != ClipMode.NONE && usesLineSearch(lane.optimizer)) {
            return lane.optimizer.label() + " searches along a line, which clipped gradients would mislead: "
                    + "turn clipping off";
        }
        return secondOrderReason(config, lane);
    }

    /** Length of θ for the playground's network, with or without batch norm. */
    public static int parameterCount(PlaygroundConfig config, boolean batchNorm) {
        RunConfig r = config.runConfig(new LaneConfig());
        r.batchNorm = batchNorm;
        return RunSetup.makeNetwork(r).parameterCount();
    }

    /** N_train as {@link descent.core.data.DataSplit#of} will make it: round(fraction·points), at least 1. */
    public static int trainSize(PlaygroundConfig config) {
        double f = config.trainFraction < 0 ? 0 : config.trainFraction > 1 ? 1 : config.trainFraction;
        int all = config.usesTable() ? config.tableRows() : config.points;
        int n = (int) Math.round(f * all);
        return n < 1 ? 1 : n;
    }
}
