package descent.core.landscape;

/**
 * The values the landscape page's controls offer (its sliders move along these lists). Kept in the core so
 * the lessons can be checked against them on the JVM: a lesson whose steps are not offered would be snapped to
 * another count, and its text would no longer match what the page runs.
 */
public final class LandscapeChoices {
    private static final double[] KAPPAS = {1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000};
    private static final int[] STEPS = {50, 100, 200, 500, 1000, 2000};
    private static final double[] RATES = {1e-4, 3e-4, 0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.03, 0.038, 0.05,
        0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1, 2, 5};
    private static final double[] NOISES = {0, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30};
    private static final double[] CLIPS = {0, 0.1, 0.5, 1, 5};

    private LandscapeChoices() {
    }

    public static double[] kappas() { return KAPPAS.clone(); }
    public static int[] steps() { return STEPS.clone(); }
    public static double[] rates() { return RATES.clone(); }
    public static double[] noises() { return NOISES.clone(); }
    /** Clipping thresholds c; 0 is "off". */
    public static double[] clips() { return CLIPS.clone(); }

    /** The most steps any setting runs (the paths' capacity). */
    public static int maxSteps() {
        return STEPS[STEPS.length - 1];
    }

    /** Whether the Steps control offers exactly this count. */
    public static boolean offersSteps(int steps) {
        for (int s : STEPS) {
            if (s == steps) {
                return true;
            }
        }
        return false;
    }

    /** The index of the value nearest v. */
    public static int nearest(double[] values, double v) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    public static int nearest(int[] values, int v) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) {
                best = i;
            }
        }
        return best;
    }
}
