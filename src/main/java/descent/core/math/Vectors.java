package descent.core.math;

/** The few vector operations on flat arrays that the landscape code shares: aᵀb, ‖a‖, a ← f·a. */
public final class Vectors {
    private Vectors() {
    }

    /** aᵀb over the length of a. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** ‖a‖ = √(aᵀa). */
    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** a ← f·a. */
    public static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }
}
