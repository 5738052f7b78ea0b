package descent.core.optim;

import descent.core.text.NumberText;

/**
 * The safety measures a rule can take instead of its textbook update. Each one is counted and reported through
 * a {@link GuardRailLog}, never applied silently: a learner should see that BFGS skipped an update or that
 * Newton's Hessian was indefinite.
 *
 * <p>A message may contain one {@code #}, replaced by the event's detail number (a trial count, a damping λ…).
 */
public enum GuardRail {
    BFGS_UPDATE_SKIPPED("BFGS update skipped: sᵀy ≤ 0"),
    LBFGS_PAIR_SKIPPED("L-BFGS pair skipped: sᵀy ≤ 0"),
    QUASI_NEWTON_RESET("quasi-Newton direction not downhill: reset to steepest descent"),
    CG_RESTART_NEGATIVE_BETA("CG restarted: β < 0"),
    CG_RESTART_NOT_ORTHOGONAL("CG restarted: successive gradients far from orthogonal (Powell)"),
    CG_RESTART_NOT_DESCENT("CG restarted: direction not downhill"),
    LINE_SEARCH_CAPPED("line search capped at # trials"),
    LINE_SEARCH_NO_DECREASE("line search found no decrease: no step taken"),
    NEWTON_INDEFINITE("H not positive definite: full Newton step taken anyway (it may head for a saddle or maximum)"),
    NEWTON_SINGULAR("H singular: fell back to a gradient step"),
    DAMPING_RAISED_NOT_PD("H + λI not positive definite: λ raised to #"),
    DAMPING_RAISED_NO_DECREASE("Newton step did not decrease J: λ raised to #"),
    DAMPING_CAPPED("damping capped at # trials: no step taken"),
    EIGENVALUE_FLOORED("|λ| below the floor: clamped to #"),
    EIGEN_FAILED("eigendecomposition failed: fell back to a gradient step");

    private final String message;

    GuardRail(String message) {
        this.message = message;
    }

    /** The message template ({@code #} stands for the detail number). */
    public String template() {
        return message;
    }

    /** The message with {@code #} replaced by {@code detail} (allocates: call it from the page, not a step). */
    public String describe(double detail) {
        int at = message.indexOf('#');
        if (at < 0) {
            return message;
        }
        String number = detail == Math.rint(detail) && Math.abs(detail) < 1e9
                ? Integer.toString((int) detail) : NumberText.trimmed(detail, 3);
        return message.substring(0, at) + number + message.substring(at + 1);
    }
}
