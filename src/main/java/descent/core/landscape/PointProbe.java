package descent.core.landscape;

import descent.core.math.SymmetricEigen;

/**
 * Everything the page shows about one point of a surface: J, the gradient, the Newton step −H⁻¹g, the Hessian's
 * eigenvalues and eigenvectors, what kind of point the curvature makes it, and the three numbers of the
 * second-order Taylor model along −g (seed 004, eq. 8.10):
 * <pre>
 *   J(θ − εg) ≈ J − ε gᵀg + ½ ε² gᵀHg,     optimal ε* = gᵀg / gᵀHg  (only when gᵀHg &gt; 0)
 * </pre>
 * One probe is reused for every pointer move: {@link #at} allocates nothing.
 */
public final class PointProbe {
    /** What the Hessian's eigenvalue signs say. Near a critical point this is the critical point's type. */
    public enum Kind {
        MINIMUM("minimum"),
        MAXIMUM("maximum"),
        SADDLE("saddle"),
        DEGENERATE("degenerate");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Gradient norms at most this count as a critical point. */
    public static final double CRITICAL_TOLERANCE = 1e-6;
    /** Eigenvalues within this of zero are treated as zero. */
    public static final double ZERO_EIGENVALUE = 1e-9;

    private final SymmetricEigen eigen = new SymmetricEigen(2);
    private final double[] g = new double[2];
    private final double[] h = new double[4];
    private final double[] work = new double[4];
    private double x;
    private double y;
    private double value;
    private double newtonX;
    private double newtonY;
    private double lambda1;
    private double lambda2;
    private double v1x;
    private double v1y;
    private double v2x;
    private double v2y;
    private Kind kind = Kind.DEGENERATE;

    /** Probes {@code surface} at (x, y). */
    public PointProbe at(Surface surface, double x, double y) {
        this.x = x;
        this.y = y;
        value = surface.evaluate(x, y, g, h);
        double det = h[0] * h[3] - h[1] * h[2];
        if (det != 0 && det - det == 0) {
            newtonX = -(h[3] * g[0] - h[1] * g[1]) / det;
            newtonY = -(h[0] * g[1] - h[2] * g[0]) / det;
        } else {
            newtonX = Double.NaN;
            newtonY = Double.NaN;
        }
        System.arraycopy(h, 0, work, 0, 4);
        if (eigen.decompose(work)) {
            // ascending order: λ1 ≤ λ2
            int lo = eigen.value(0) <= eigen.value(1) ? 0 : 1;
            int hi = 1 - lo;
            lambda1 = eigen.value(lo);
            lambda2 = eigen.value(hi);
            v1x = eigen.vector(0, lo);
            v1y = eigen.vector(1, lo);
            v2x = eigen.vector(0, hi);
            v2y = eigen.vector(1, hi);
        } else {
            lambda1 = Double.NaN;
            lambda2 = Double.NaN;
        }
        kind = classify(lambda1, lambda2);
        return this;
    }

    /** The kind of curvature for eigenvalues λ1 ≤ λ2. */
    public static Kind classify(double lambda1, double lambda2) {
        if (!(lambda1 - lambda1 == 0 && lambda2 - lambda2 == 0)) {
            return Kind.DEGENERATE;
        }
        double scale = Math.max(1, Math.max(Math.abs(lambda1), Math.abs(lambda2)));
        double tol = ZERO_EIGENVALUE * scale;
        if (lambda1 < -tol && lambda2 > tol) {
            return Kind.SADDLE;
        }
        if (lambda1 > tol) {
            return Kind.MINIMUM;
        }
        if (lambda2 < -tol) {
            return Kind.MAXIMUM;
        }
        return Kind.DEGENERATE;
    }

    public double x() { return x; }
    public double y() { return y; }
    public double value() { return value; }
    public double gradientX() { return g[0]; }
    public double gradientY() { return g[1]; }
    public double hessianXX() { return h[0]; }
    public double hessianXY() { return h[1]; }
    public double hessianYY() { return h[3]; }

    public double gradientNorm() {
        return Math.sqrt(gTg());
    }

    /** Whether ‖g‖ ≤ {@link #CRITICAL_TOLERANCE}: then {@link #kind()} names the critical point. */
    public boolean isCritical() {
        return gradientNorm() <= CRITICAL_TOLERANCE;
    }

    /** The Newton step −H⁻¹g (NaN when H is singular). */
    public double newtonX() { return newtonX; }
    public double newtonY() { return newtonY; }

    /** The smaller eigenvalue λ1 and its unit eigenvector. */
    public double lambda1() { return lambda1; }
    public double vector1X() { return v1x; }
    public double vector1Y() { return v1y; }
    /** The larger eigenvalue λ2 and its unit eigenvector. */
    public double lambda2() { return lambda2; }
    public double vector2X() { return v2x; }
    public double vector2Y() { return v2y; }

    /** Minimum, maximum, saddle or degenerate, from the eigenvalues' signs. */
    public Kind kind() {
        return kind;
    }

    /** gᵀg = ‖g‖². */
    public double gTg() {
        return g[0] * g[0] + g[1] * g[1];
    }

    /** gᵀHg, the curvature along g times ‖g‖². */
    public double gTHg() {
        return g[0] * (h[0] * g[0] + h[1] * g[1]) + g[1] * (h[2] * g[0] + h[3] * g[1]);
    }

    /** ε* = gᵀg / gᵀHg, the step along −g that minimizes the quadratic model; NaN unless gᵀHg &gt; 0. */
    public double optimalStep() {
        double c = gTHg();
        return c > 0 ? gTg() / c : Double.NaN;
    }

    /** Condition number |λ|max / |λ|min of the Hessian (∞ when an eigenvalue is zero). */
    public double conditionNumber() {
        double a = Math.abs(lambda1);
        double b = Math.abs(lambda2);
        return Math.max(a, b) / Math.min(a, b);
    }
}
