package descent.core.landscape;

/** The 2D test surfaces, by the name the command line and the URL use. */
public enum SurfaceKind {
    QUADRATIC("quadratic", "Ill-conditioned quadratic ½(x² + κy²)"),
    SADDLE("saddle", "Saddle x² − y²"),
    ROSENBROCK("rosenbrock", "Rosenbrock"),
    BEALE("beale", "Beale"),
    HIMMELBLAU("himmelblau", "Himmelblau"),
    PLATEAU_CLIFF("plateau-cliff", "Plateau and cliff"),
    ASYMPTOTES("asymptotes", "Only asymptotes (Fig. 8.4)");

    /** κ of the quadratic when none is given. */
    public static final double DEFAULT_KAPPA = 10;

    private final String id;
    private final String label;

    SurfaceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The surface, with κ = {@link #DEFAULT_KAPPA} for the quadratic. */
    public Surface create() {
        return create(DEFAULT_KAPPA);
    }

    /** The surface; {@code kappa} is read by the quadratic only. */
    public Surface create(double kappa) {
        switch (this) {
            case QUADRATIC: return new QuadraticBowl(kappa);
            case SADDLE: return new SaddleSurface();
            case ROSENBROCK: return new Rosenbrock();
            case BEALE: return new Beale();
            case HIMMELBLAU: return new Himmelblau();
            case PLATEAU_CLIFF: return new PlateauCliff();
            case ASYMPTOTES: return new AsymptoteMountain();
            default: throw new IllegalStateException("no surface for " + id);
        }
    }

    /** The kind named {@code id}, or null. */
    public static SurfaceKind fromId(String id) {
        for (SurfaceKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
