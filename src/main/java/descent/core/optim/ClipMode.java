package descent.core.optim;

/** How {@link ClippedObjective} bounds a gradient. */
public enum ClipMode {
    /** g unchanged. */
    NONE("none"),
    /** If ‖g‖ ≥ c then g ← c·g/‖g‖: the direction is kept, the length capped. */
    NORM("norm"),
    /** gᵢ ← max(−c, min(c, gᵢ)) for each i: the direction may change. */
    VALUE("value");

    private final String id;

    ClipMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The mode named {@code id}, or null. */
    public static ClipMode fromId(String id) {
        for (ClipMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
