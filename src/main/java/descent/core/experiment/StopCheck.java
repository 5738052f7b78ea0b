package descent.core.experiment;

import descent.core.math.SymmetricEigen;
import descent.core.nn.NetworkObjective;
import descent.core.optim.FiniteDifferenceHessian;
import descent.core.text.NumberText;

/**
 * What a converged lane has stopped at, so that the page does not call a saddle a success.
 *
 * <p>A lane counts as converged at a critical point when ‖∇J‖ ≈ 0 on the full batch (see
 * {@link ConvergenceWatch}); that point is a minimum only if the Hessian there is positive semi-definite.
 * On networks of at most {@value #MAX_HESSIAN_PARAMETERS} parameters (without batch norm) the check is cheap:
 * the finite-difference Hessian (2n full-batch gradients) and its smallest eigenvalue λ_min. The point is
 * <b>not a minimum</b> when λ_min &lt; −{@value #NEGATIVE_CURVATURE}·max(1, λ_max). On larger networks, or
 * when the lane stopped by stalling, a converged lane whose training loss is far above the best other lane's
 * (J &gt; {@value #FAR_FACTOR}·J_best + {@value #FAR_MARGIN}) is reported as stopped far from the best loss
 * instead. One diagnosis per (run, step of convergence) is kept, so asking again costs nothing.
 */
public final class StopCheck {
    static final int MAX_HESSIAN_PARAMETERS = 100;
    static final double NEGATIVE_CURVATURE = 1e-3;
    static final double FAR_FACTOR = 2;
    static final double FAR_MARGIN = 0.01;
    /** ‖∇J‖ below this on the full batch: the lane stopped at a critical point (as {@link ConvergenceWatch}). */
    static final double CRITICAL_GRADIENT = ConvergenceWatch.GRADIENT_TOLERANCE;

    /** What a converged lane stopped at. */
    public enum Kind {
        /** Not converged, or nothing against calling it converged. */
        FINE(""),
        /** ‖∇J‖ ≈ 0 and the Hessian has a negative eigenvalue: a saddle (or a maximum). */
        NOT_A_MINIMUM("not-minimum"),
        /** Stopped with a training loss far above the best other lane's. */
        FAR_ABOVE_BEST("stalled");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name pages and the engine's snapshots use for it ("" for {@link #FINE}). */
        public String id() {
            return id;
        }
    }

    private final Run[] runs = new Run[PlaygroundConfig.MAX_LANES];
    private final int[] steps = new int[PlaygroundConfig.MAX_LANES];
    private final Kind[] kinds = new Kind[PlaygroundConfig.MAX_LANES];
    private final String[] notes = new String[PlaygroundConfig.MAX_LANES];

    /** The kind of stop of lane i (cached per run and step of convergence). */
    public Kind kind(Race race, int lane) {
        refresh(race, lane);
        return kinds[lane];
    }

    /**
     * The status line for lane i when it is not {@link Kind#FINE}, e.g. "Stopped at step 17 at a critical
     * point that is not a minimum (loss 0.690; the Hessian has a negative eigenvalue, −0.0958)"; else "".
     */
    public String note(Race race, int lane) {
        refresh(race, lane);
        return notes[lane];
    }

    private void refresh(Race race, int lane) {
        Run run = race.run(lane);
        int step = run.status() == Status.CONVERGED ? run.convergedAtStep() : -1;
        if (runs[lane] == run && steps[lane] == step && kinds[lane] != null) {
            return;
        }
        runs[lane] = run;
        steps[lane] = step;
        kinds[lane] = Kind.FINE;
        notes[lane] = "";
        if (step < 0) {
            return;
        }
        double loss = run.trainLoss();
        boolean critical = run.isFullBatch() && run.gradientNorm() < CRITICAL_GRADIENT;
        if (critical) {
            double lambda = smallestEigenvalue(run);
            if (lambda == lambda) {
                if (lambda < 0) {
                    kinds[lane] = Kind.NOT_A_MINIMUM;
                    notes[lane] = "Stopped at step " + step + " at a critical point that is not a minimum (loss "
                            + NumberText.of(loss) + "; the Hessian has a negative eigenvalue, "
                            + NumberText.of(lambda) + ")";
                }
                return;
            }
        }
        int best = bestOtherLane(race, lane);
        if (best >= 0) {
            double other = race.run(best).trainLoss();
            if (loss > FAR_FACTOR * other + FAR_MARGIN) {
                kinds[lane] = critical ? Kind.NOT_A_MINIMUM : Kind.FAR_ABOVE_BEST;
                notes[lane] = (critical ? "Stopped at step " + step + " at a critical point that is not a minimum"
                        : "Stalled at step " + step + " far above the best lane's loss") + " (loss "
                        + NumberText.of(loss) + "; " + race.lane(best).displayLabel() + " reached "
                        + NumberText.of(other) + ")";
            }
        }
    }

    /**
     * λ_min of the finite-difference Hessian of the full training loss at the run's θ when it is clearly
     * negative (below −{@value #NEGATIVE_CURVATURE}·max(1, λ_max)); 0 when it is not; NaN when the network is
     * too large for the check or uses batch norm.
     */
    static double smallestEigenvalue(Run run) {
        int n = run.parameters().length;
        RunConfig config = run.config();
        if (n > MAX_HESSIAN_PARAMETERS || config.batchNorm || config.isSoftmax()) {
            return Double.NaN;
        }
        NetworkObjective objective = new NetworkObjective(RunSetup.makeNetwork(config), config.effectiveLoss(), run.train());
        int[] all = new int[run.train().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        objective.setBatch(all, all.length);
        double[] hessian = new double[n * n];
        new FiniteDifferenceHessian(n).compute(objective, run.parameters(), hessian);
        SymmetricEigen eigen = new SymmetricEigen(n);
        if (!eigen.decompose(hessian)) {
            return Double.NaN;
        }
        double lo = eigen.value(0);
        double hi = eigen.value(n - 1);
        return lo < -NEGATIVE_CURVATURE * Math.max(1, Math.abs(hi)) ? lo : 0;
    }

    private static int bestOtherLane(Race race, int lane) {
        int best = -1;
        for (int i = 0; i < race.laneCount(); i++) {
            Run r = race.run(i);
            double loss = r.trainLoss();
            if (i == lane || r.status() == Status.DIVERGED || !(loss - loss == 0)) {
                continue;
            }
            if (best < 0 || loss < race.run(best).trainLoss()) {
                best = i;
            }
        }
        return best;
    }
}
