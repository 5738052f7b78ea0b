package descent.core.landscape;

/**
 * Seed 004's Fig. 8.4 in two dimensions: a cost with only asymptotes toward low values — no minimum, no saddle,
 * no critical point at all — where starting on the wrong side of a "mountain" sends local descent the wrong
 * way.
 * <pre>
 *   J(x, y) = A m(y) / (1 + x²) − B σ(k x),   m(y) = σ(−y),   A = 2, B = 1, k = 2
 * </pre>
 * Along x (for fixed y) this is the figure's curve: a mountain near x = 0 of height ≈ A m(y); to its right J
 * falls toward the low asymptote −B (the good side: like −log p, it approaches its bound and never reaches
 * it); to its left J falls, much more slowly, toward the worse asymptote 0. Each cross-section has exactly one
 * crest and no dip (with k = 2 the ratio of the two terms' slopes is monotone on x &lt; 0), so a learner
 * started left of the crest is carried further left, forever.
 *
 * <p>Along y the mountain's height A σ(−y) shrinks: ∂J/∂y = −A σ(y) σ(−y)/(1 + x²) &lt; 0 everywhere, so ∇J
 * never vanishes — there are no critical points. This is the book's remark that in more dimensions a learner
 * can go around the mountain, but on a long trajectory: from the default start (−1, −2) gradient descent drifts
 * left (to x ≈ −8) while slowly gaining y, and reaches the good side only after a detour of millions of steps
 * (≈ 8.3 million with ε = 2; with ε = 0.5 it is still on the wrong side after 20 million). J lies in (−B, A);
 * its infimum −B is not attained, and {@link #minimumCount()} is 0.
 * <pre>
 *   q = 1/(1 + x²), q' = −2x q², q'' = (6x² − 2) q³;  m' = −m(1 − m), m'' = m(1 − m)(1 − 2m);  s = σ(kx)
 *   Jx = A m q' − B k s(1 − s)          Jy = A m' q
 *   Jxx = A m q'' − B k² s(1 − s)(1 − 2s)   Jxy = A m' q'   Jyy = A m'' q
 * </pre>
 */
public final class AsymptoteMountain extends Surface {
    private static final double A = 2;
    private static final double B = 1;
    private static final double K = 2;

    public AsymptoteMountain() {
        super("asymptotes", new ViewBox(-6, 4, -4, 6), -1, -2);
    }

    @Override
    public double evaluate(double x, double y, double[] gradient, double[] hessian) {
        double q = 1 / (1 + x * x);
        double m = sigmoid(-y);
        double s = sigmoid(K * x);
        double dq = -2 * x * q * q;
        double dm = -m * (1 - m);
        double ds = s * (1 - s);
        // Products are written with the compound factor first (ddq·A·m, not A·m·ddq): TeaVM's JavaScript drops
        // the parentheses of a·(b·c) once it inlines a one-use variable, and the page must round like the JVM.
        put(gradient, dq * A * m - B * K * ds, dm * A * q);
        if (hessian != null) {
            double ddq = (6 * x * x - 2) * q * q * q;
            double ddm = m * (1 - m) * (1 - 2 * m);
            put(hessian, ddq * A * m - ds * (1 - 2 * s) * B * K * K, dq * dm * A, ddm * A * q);
        }
        return A * m * q - B * s;
    }

    @Override
    public double infimum() {
        return -B;
    }
}
