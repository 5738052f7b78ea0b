package descent.core.experiment;

/**
 * How different two pictures of the same model output are: the share of grid cells that two decision maps
 * assign to different classes (p ≥ ½ against p &lt; ½). The averaged-weights map is drawn beside the raw one
 * only to be compared; this is the number its picture is judged by.
 */
public final class FieldContrast {
    private FieldContrast() {
    }

    /** (1/N) Σᵢ [ (aᵢ ≥ ½) ≠ (bᵢ ≥ ½) ] over the first {@code n} cells; 0 for n = 0. */
    public static double classDisagreement(double[] a, double[] b, int n) {
        if (n <= 0) {
            return 0;
        }
        int differ = 0;
        for (int i = 0; i < n; i++) {
            if ((a[i] >= 0.5) != (b[i] >= 0.5)) {
                differ++;
            }
        }
        return differ / (double) n;
    }

    /** (1/N) Σᵢ |aᵢ − bᵢ| / (hi − lo): the mean difference as a share of the colour scale (regression maps). */
    public static double meanDifference(double[] a, double[] b, int n, double lo, double hi) {
        if (n <= 0 || !(hi > lo)) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        double range = hi - lo;
        return sum / n / range;
    }
}
