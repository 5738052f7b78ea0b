package descent.core.math;

/**
 * Elementary functions written out so that the JVM and the page compute the same, accurate numbers.
 *
 * <p>TeaVM maps {@code Math.tanh} to a formula that returns NaN beyond |x| ≈ 700 and loses digits near 0,
 * and its {@code log1p}/{@code expm1} are not guaranteed either; everything here is built from {@code exp}
 * and {@code log} alone.
 *
 * <p>Those come from {@code StrictMath}: browsers' {@code Math.exp}/{@code log}/{@code sin}/{@code cos} are
 * ports of fdlibm and agree bit for bit with the JVM's {@code StrictMath}, while the JVM's faster
 * {@code Math.exp} differs in the last bit for several percent of inputs. Training is chaotic enough to
 * grow one-ulp differences into visible ones, and the JVM tests should predict exactly what the page shows.
 */
public final class MathFns {
    private MathFns() {
    }

    /**
     * tanh x = (1 − e^{−2|x|}) / (1 + e^{−2|x|}) · sign x.
     *
     * <p>Near 0 the numerator 1 − e^{−2|x|} cancels, so for |x| &lt; ½ it comes from the eighth convergent of
     * Lambert's continued fraction tanh x = x / (1 + x²/(3 + x²/(5 + …))):
     * tanh x ≈ x (2027025 + 270270 y + 6930 y² + 36 y³) / (2027025 + 945945 y + 51975 y² + 630 y³ + y⁴),
     * y = x², within 1.5 ulp there (checked against 40-digit arithmetic) — and only multiplications, additions
     * and one division, where exp, log and two divisions (expm1) were the hottest part of training.
     * Accurate to a few ulps everywhere; ±1 for large |x|.
     */
    public static double tanh(double x) {
        double ax = Math.abs(x); // a plain JS Math.abs; a reused comparison compiles to a helper call
        double t;
        if (ax >= 0.5) {
            double e = StrictMath.exp(-2 * ax);
            t = (1 - e) / (1 + e);
        } else {
            // Horner, left-nested: TeaVM's printer drops brackets on a right operand of + and *.
            double y = ax * ax;
            double p = ((36 * y + 6930) * y + 270270) * y + 2027025;
            double q = (((y + 630) * y + 51975) * y + 945945) * y + 2027025;
            t = ax * p / q;
        }
        return x < 0 ? -t : t; // NaN falls through both comparisons and stays NaN
    }

    /**
     * e^u − 1 without cancellation (Kahan): with E = e^u rounded, (E − 1)·u / ln E corrects the rounding of E
     * because the same rounding error appears in numerator and denominator.
     */
    public static double expm1(double u) {
        double e = StrictMath.exp(u);
        if (e == 1.0) {
            return u;
        }
        double em1 = e - 1;
        if (em1 == -1.0) {
            return -1.0;
        }
        if (u > 700) { // ln E would overflow to ∞ and give ∞/∞
            return e;
        }
        return em1 * u / StrictMath.log(e);
    }

    /** ln(1 + x) for x &gt; −1 without cancellation (Kahan): with u = 1 + x rounded, ln(u)·x / (u − 1). */
    public static double log1p(double x) {
        double u = 1 + x;
        if (u == 1.0) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return StrictMath.log(x);
        }
        return StrictMath.log(u) * x / (u - 1);
    }

    /** σ(z) = 1 / (1 + e^{−z}), evaluated as e^z / (1 + e^z) for z &lt; 0 so that e^{·} never overflows. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }

    /**
     * softplus(z) = ln(1 + e^z), the logistic loss of a logit z for label 0; ln(1 + e^{−z}) = softplus(−z) is
     * the loss for label 1. Written as max(z, 0) + ln(1 + e^{−|z|}) so that it neither overflows nor
     * rounds small losses to 0.
     */
    public static double log1pExp(double z) {
        if (z > 0) {
            return z + log1p(StrictMath.exp(-z));
        }
        return log1p(StrictMath.exp(z));
    }
}
