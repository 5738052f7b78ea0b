package descent.core.optim;

/** The knobs of {@link OptimizerSettings}, so the page can show only those a rule reads ({@link OptimizerKind#uses}). */
public enum Hyperparameter {
    LEARNING_RATE("lr"),
    MOMENTUM("momentum"),
    RHO("rho"),
    BETA1("beta1"),
    BETA2("beta2"),
    DELTA("eps"),
    WEIGHT_DECAY("weight-decay"),
    MEMORY("memory"),
    LINE_SEARCH("line-search"),
    CG_VARIANT("cg"),
    DAMPING("damping");

    private final String id;

    Hyperparameter(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --id}) and in URLs. */
    public String id() {
        return id;
    }
}
