package descent.core.optim;

/**
 * A rule's own account of its last step, term by term, for a page that shows the update rule at work: the
 * rule as the course writes it ({@link #formula()}, the lines of the class's doc comment), the value of each
 * per-parameter term of that formula for one parameter i ({@link #terms}), the step's scalars (t, α of the
 * line search, sᵀy, β, …) and each parameter's effective step size.
 *
 * <p>Read-only and allocation-free: values are written into buffers the caller owns, symbols are constants.
 * Values are those of the last step (NaN before the first); a term such as Δθᵢ is recomputed from the rule's
 * state by the very expression the step used, so it equals the update the step applied.
 */
public interface RuleTerms {
    /** The rule, one statement a line, each line as written in the rule's doc comment. Do not write to it. */
    String[] formula();

    /** Symbols of the per-parameter terms in display order, e.g. g, m, s, m̂, ŝ, ε/(√ŝ + δ), Δθ. */
    String[] termSymbols();

    /** Writes the value of term k for parameter i after the last step into {@code out[k]}. */
    void terms(int i, double[] out);

    /** Symbols of the step's scalar terms (t, ε, α, sᵀy, β, λ …); may be empty. */
    String[] scalarSymbols();

    /** Writes scalar k of the last step into {@code out[k]}. */
    void scalars(double[] out);

    /**
     * Writes each parameter's effective step size into {@code out[0 … n)}: the factor the rule multiplies its
     * direction by in that coordinate — ε for plain and momentum rules, ε/(δ + √r) for AdaGrad and RMSProp,
     * ε/(√ŝ + δ) for the Adam family, ε√(u + δ)/√(r + δ) for Adadelta — and for rules that choose their own
     * step (Newton family, quasi-Newton, CG) |Δθᵢ / gᵢ|, NaN where gᵢ = 0. NaN before the first step.
     */
    void effectiveSteps(double[] out);

    /** The parameter whose last |gᵢ| was largest (0 before the first step): the one a view shows first. */
    int largestGradient();

    /**
     * ‖v‖ as a distance in θ (the length of the velocity part of the step) for momentum rules, else NaN.
     * Compare with the terminal speed ε‖g‖/(1 − α) ({@link Momentum#terminalSpeed}).
     */
    default double speed() {
        return Double.NaN;
    }

    /** α (or ρ) of a momentum rule, NaN for rules without momentum. */
    default double momentum() {
        return Double.NaN;
    }

    /**
     * For rules that use the Hessian: its eigenvalues λⱼ at the last step, ascending, into {@code eigenvalues}
     * and the curvature the rule divided by along each eigenvector into {@code used} (λⱼ for Newton, λⱼ + λ for
     * damped Newton, max(|λⱼ|, floor) for saddle-free Newton). Returns how many were written: n, or 0 for rules
     * without a Hessian or before the first step. Costs an eigendecomposition (O(n³)): for a view, not a step.
     */
    default int spectrum(double[] eigenvalues, double[] used) {
        return 0;
    }
}
