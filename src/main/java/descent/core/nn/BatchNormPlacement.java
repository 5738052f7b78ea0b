package descent.core.nn;

/**
 * Where batch normalization sits in each hidden layer, if anywhere (CURRICULUM §5).
 *
 * <p>With z = W a + b the layer's pre-activation and f its activation:
 * <ul>
 *   <li>{@link #NONE}: a = f(z).</li>
 *   <li>{@link #BEFORE_ACTIVATION} (Ioffe &amp; Szegedy's choice, the default): a = f(γ·BN(z) + β).</li>
 *   <li>{@link #AFTER_ACTIVATION}: a = γ·BN(f(z)) + β.</li>
 * </ul>
 * BN(h)_j = (h_j − μ_j)/σ_j per unit j, with μ, σ the batch's statistics in training mode and the running
 * averages in evaluation mode (see {@link Network}). The output layer is never normalized.
 */
public enum BatchNormPlacement {
    NONE("none"),
    BEFORE_ACTIVATION("before"),
    AFTER_ACTIVATION("after");

    private final String id;

    BatchNormPlacement(String id) {
        this.id = id;
    }

    /** Short name for URLs and the command line: none, before, after. */
    public String id() {
        return id;
    }

    /** The placement with that {@link #id()}, or null (no {@code valueOf}: TeaVM has no reflection). */
    public static BatchNormPlacement fromId(String id) {
        for (BatchNormPlacement p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }
}
