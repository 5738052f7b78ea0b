package descent.core.optim;

/** Which average of the iterates {@link ParameterAverage} keeps. */
public enum AveragingMode {
    NONE("none"),
    /** θ̂_t = (1/t) Σᵢ₌₁..t θᵢ (Polyak &amp; Juditsky 1992). */
    POLYAK("polyak"),
    /** θ̂_t = α θ̂_{t−1} + (1 − α) θ_t, θ̂_0 = θ_0: forgets early iterates, for non-convex problems. */
    EMA("ema");

    private final String id;

    AveragingMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The mode named {@code id}, or null. */
    public static AveragingMode fromId(String id) {
        for (AveragingMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
