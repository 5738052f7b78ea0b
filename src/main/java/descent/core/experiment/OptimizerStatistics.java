package descent.core.experiment;

import descent.core.optim.Momentum;
import descent.core.optim.Optimizer;
import descent.core.optim.RuleTerms;

/**
 * The optimizer's state at a glance, per step: the distribution of the per-parameter effective step sizes
 * ({@link RuleTerms#effectiveSteps}: min, median, max — AdaGrad's shrink forever, Adam's start at ε whatever
 * the gradient's scale) and, for momentum rules, the speed ‖v‖ against the terminal speed ε‖g‖/(1 − α) it
 * tends to on a constant gradient.
 *
 * <p>Off by default: a run records these only while a view wants them ({@link #setEnabled}), since the
 * effective steps cost a pass over θ with a square root per parameter. The median is found by selection
 * (quickselect, O(n) on average) in a buffer kept between steps; nothing is allocated per step. Steps are
 * recorded densely at first, then one in {@link #EVERY}: recording every step cost the Wasm page about 10% of
 * its training speed with four lanes, one in four costs about a quarter of that.
 */
public final class OptimizerStatistics implements StepStatistics {
    /** Every step is recorded up to here: Adam's bias correction and RMSProp's large first steps live early. */
    static final int DENSE_STEPS = 100;
    /** After that, one step in this many: the picture is the same and the cost a quarter. */
    static final int EVERY = 4;
    private final double[] buffer;
    private final Series minimum;
    private final Series median;
    private final Series maximum;
    private final Series speed;
    private final Series terminalSpeed;
    private boolean enabled;

    OptimizerStatistics(int parameters, int capacity) {
        buffer = new double[parameters];
        minimum = new Series(capacity);
        median = new Series(capacity);
        maximum = new Series(capacity);
        speed = new Series(capacity);
        terminalSpeed = new Series(capacity);
    }

    @Override
    public void setEnabled(boolean on) {
        enabled = on;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void clear() {
        minimum.clear();
        median.clear();
        maximum.clear();
        speed.clear();
        terminalSpeed.clear();
    }

    /** After step {@code step} taken with rate ε on a gradient of norm ‖g‖ (the one the rule read). */
    void afterStep(int step, Optimizer optimizer, double rate, double gradientNorm) {
        if (!enabled || !(optimizer instanceof RuleTerms) || (step > DENSE_STEPS && step % EVERY != 0)) {
            return;
        }
        RuleTerms rule = (RuleTerms) optimizer;
        rule.effectiveSteps(buffer);
        int count = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < buffer.length; i++) {
            double e = buffer[i];
            if (e - e == 0) { // finite: rules say NaN where a coordinate has no step size
                buffer[count++] = e;
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
        }
        if (count > 0) {
            minimum.add(step, lo);
            median.add(step, median(buffer, count));
            maximum.add(step, hi);
        }
        double alpha = rule.momentum();
        if (alpha == alpha) {
            speed.add(step, rule.speed());
            terminalSpeed.add(step, Momentum.terminalSpeed(rate, gradientNorm, alpha));
        }
    }

    /**
     * The median of a[0 … count), the mean of the two middle values when count is even; reorders a.
     * Quickselect with a median-of-three pivot, so sorted or constant input (every ε alike) stays linear.
     */
    static double median(double[] a, int count) {
        int upper = count / 2;
        double high = select(a, count, upper);
        if (count % 2 == 1) {
            return high;
        }
        double low = Double.NEGATIVE_INFINITY; // after selection a[0 … upper) holds the values below
        for (int i = 0; i < upper; i++) {
            low = Math.max(low, a[i]);
        }
        return 0.5 * (low + high);
    }

    /** The k-th smallest of a[0 … count) (k from 0), leaving smaller values before index k. */
    static double select(double[] a, int count, int k) {
        int left = 0;
        int right = count - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(a[left], a[mid], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    /** min over the parameters of the effective step size, per recorded step. */
    @Override
    public Series minimumSeries() {
        return minimum;
    }

    @Override
    public Series medianSeries() {
        return median;
    }

    @Override
    public Series maximumSeries() {
        return maximum;
    }

    /** ‖v‖ per recorded step; empty for rules without momentum. */
    @Override
    public Series speedSeries() {
        return speed;
    }

    /** ε‖g‖/(1 − α) per recorded step; empty for rules without momentum. */
    @Override
    public Series terminalSpeedSeries() {
        return terminalSpeed;
    }
}
