package descent.core.optim;

/** How nonlinear conjugate gradient mixes the previous direction into the new one: d ← −g + β d. */
public enum CgVariant {
    /** β = gᵀg / g₋ᵀg₋ (Fletcher–Reeves 1964), with Powell's restart when |gᵀg₋| ≥ 0.2 gᵀg. */
    FLETCHER_REEVES("fr"),
    /** β = gᵀ(g − g₋) / g₋ᵀg₋ (Polak–Ribière 1969), restarted (β = 0) whenever it comes out negative. */
    POLAK_RIBIERE("pr");

    private final String id;

    CgVariant(String id) {
        this.id = id;
    }

    /** The name used on the command line and in URLs. */
    public String id() {
        return id;
    }

    /** The variant named {@code id}, or null. */
    public static CgVariant fromId(String id) {
        for (CgVariant v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }
}
