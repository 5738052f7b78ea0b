package descent.core.optim;

/** Which line search the quasi-Newton and conjugate-gradient rules use along their direction p. */
public enum LineSearchKind {
    /** Backtracking from α0, accepting the first α with J(θ + αp) ≤ J(θ) + c1 α ∇Jᵀp (Armijo). */
    ARMIJO("armijo"),
    /** Bracketing and zoom until J decreases enough and |∇J(θ + αp)ᵀp| ≤ c2 |∇Jᵀp| (strong Wolfe). */
    STRONG_WOLFE("wolfe");

    private final String id;

    LineSearchKind(String id) {
        this.id = id;
    }

    /** The name used on the command line and in URLs. */
    public String id() {
        return id;
    }

    /** The kind named {@code id}, or null. */
    public static LineSearchKind fromId(String id) {
        for (LineSearchKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
