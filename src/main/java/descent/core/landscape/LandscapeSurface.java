package descent.core.landscape;

/**
 * The surfaces of the landscape page: the seven {@link SurfaceKind}s plus logistic regression's convex loss
 * on a real data set, by the id the page's controls and links use.
 */
public enum LandscapeSurface {
    QUADRATIC(SurfaceKind.QUADRATIC, "Ill-conditioned quadratic ½(x² + κy²)"),
    SADDLE(SurfaceKind.SADDLE, "Saddle x² − y²"),
    ROSENBROCK(SurfaceKind.ROSENBROCK, "Rosenbrock's banana"),
    BEALE(SurfaceKind.BEALE, "Beale"),
    HIMMELBLAU(SurfaceKind.HIMMELBLAU, "Himmelblau (four minima)"),
    PLATEAU_CLIFF(SurfaceKind.PLATEAU_CLIFF, "Plateau and cliff"),
    ASYMPTOTES(SurfaceKind.ASYMPTOTES, "Only asymptotes (Fig. 8.4)"),
    LOGISTIC(null, "Logistic regression on two moons (convex)");

    private final SurfaceKind kind;
    private final String label;

    LandscapeSurface(SurfaceKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public String id() {
        return kind == null ? "logistic" : kind.id();
    }

    public String label() {
        return label;
    }

    /** Whether κ matters (the quadratic only). */
    public boolean usesKappa() {
        return this == QUADRATIC;
    }

    /** A new surface; {@code kappa} is read by the quadratic only. */
    public Surface create(double kappa) {
        return kind == null ? new LogisticSurface() : kind.create(kappa);
    }

    /** The surface named {@code id}, or null. */
    public static LandscapeSurface fromId(String id) {
        for (LandscapeSurface s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
