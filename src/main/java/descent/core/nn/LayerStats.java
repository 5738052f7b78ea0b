package descent.core.nn;

/**
 * Per-hidden-layer statistics of a network's last forward and backward pass (CURRICULUM §4): how the spread
 * of activations and gradients changes with depth. Fill with {@link #measure}, read per hidden layer
 * l = 1 … L−1; arrays are allocated once, at construction, and reused.
 *
 * <p>Definitions, over all count × n_l values of layer l in the last pass:
 * <ul>
 *   <li>activation mean and standard deviation (population: divided by the count) of h = f(z_l), the
 *       outputs of the nonlinearity ({@link Network#nonlinearityOutputs}: a_l, or f(z_l) before an
 *       after-activation batch norm);</li>
 *   <li>saturated fraction: the fraction of h on the flat part of f ({@link #isSaturated});</li>
 *   <li>dead-unit fraction: the fraction of units whose h is exactly 0 for every example of the pass (a ReLU
 *       unit that never fires gets no gradient);</li>
 *   <li>gradient mean and standard deviation of the back-propagated ∂L/∂a_l
 *       ({@link Network#activationGradients}), needing a {@link Network#backward} after the forward pass;</li>
 *   <li>weight norm ‖W_{l−1}‖ and weight-gradient norm ‖∂L/∂W_{l−1}‖ (Frobenius) of the weights into layer l,
 *       read from θ and the gradient vector.</li>
 * </ul>
 */
public final class LayerStats {
    /** |a| above this is saturated for tanh. */
    public static final double TANH_SATURATION = 0.99;
    /** a below this or above 1 − this is saturated for the sigmoid. */
    public static final double SIGMOID_SATURATION = 0.01;

    private final int layers;
    private final double[] actMean;
    private final double[] actStd;
    private final double[] saturated;
    private final double[] deadUnits;
    private final double[] gradMean;
    private final double[] gradStd;
    private final double[] weightNorm;
    private final double[] weightGradNorm;

    /** Room for the hidden layers of {@code network} (or of any network with at most as many layers). */
    public LayerStats(Network network) {
        layers = network.layerCount();
        actMean = new double[layers];
        actStd = new double[layers];
        saturated = new double[layers];
        deadUnits = new double[layers];
        gradMean = new double[layers];
        gradStd = new double[layers];
        weightNorm = new double[layers];
        weightGradNorm = new double[layers];
    }

    /**
     * Measures every hidden layer from the network's last forward pass, the gradients of its last backward
     * pass (whose ∂L/∂θ is {@code gradient}; null skips the gradient statistics, which are then NaN), and θ.
     */
    public void measure(Network network, double[] theta, double[] gradient) {
        if (network.layerCount() > layers) {
            throw new IllegalArgumentException("these statistics have room for " + layers + " layers, not "
                + network.layerCount());
        }
        Activation f = network.hiddenActivation();
        int n = network.count();
        for (int l = 1; l < network.layerCount(); l++) {
            int k = network.width(l);
            double[] h = network.nonlinearityOutputs(l);
            int size = n * k;
            actMean[l] = mean(h, 0, size);
            actStd[l] = std(h, 0, size, actMean[l]);
            saturated[l] = saturatedFraction(f, h, 0, size);
            int dead = 0;
            for (int j = 0; j < k; j++) {
                boolean zero = true;
                for (int b = 0; b < n && zero; b++) {
                    zero = h[b * k + j] == 0;
                }
                if (zero && n > 0) {
                    dead++;
                }
            }
            deadUnits[l] = (double) dead / k;
            int from = network.weightOffset(l - 1);
            int to = network.biasOffset(l - 1);
            weightNorm[l] = norm(theta, from, to);
            if (gradient == null) {
                gradMean[l] = Double.NaN;
                gradStd[l] = Double.NaN;
                weightGradNorm[l] = Double.NaN;
            } else {
                double[] g = network.activationGradients(l);
                gradMean[l] = mean(g, 0, size);
                gradStd[l] = std(g, 0, size, gradMean[l]);
                weightGradNorm[l] = norm(gradient, from, to);
            }
        }
    }

    /** Mean of f's outputs in hidden layer l. */
    public double activationMean(int l) {
        return actMean[l];
    }

    /** Standard deviation of f's outputs in hidden layer l. */
    public double activationStd(int l) {
        return actStd[l];
    }

    /** Fraction of f's outputs in hidden layer l that are saturated ({@link #isSaturated}). */
    public double saturatedFraction(int l) {
        return saturated[l];
    }

    /** Fraction of units in hidden layer l whose output is exactly 0 for every example of the pass. */
    public double deadUnitFraction(int l) {
        return deadUnits[l];
    }

    /** Mean of ∂L/∂a_l. */
    public double gradientMean(int l) {
        return gradMean[l];
    }

    /** Standard deviation of ∂L/∂a_l. */
    public double gradientStd(int l) {
        return gradStd[l];
    }

    /** ‖W_{l−1}‖, the Frobenius norm of the weights into hidden layer l. */
    public double weightNorm(int l) {
        return weightNorm[l];
    }

    /** ‖∂L/∂W_{l−1}‖, the Frobenius norm of the gradient of the weights into hidden layer l. */
    public double weightGradientNorm(int l) {
        return weightGradNorm[l];
    }

    /**
     * Whether an output a of f is on its flat part: |a| &gt; 0.99 for tanh (f' &lt; 0.02), a outside
     * [0.01, 0.99] for the sigmoid (f' &lt; 0.01), a = 0 for ReLU (f' = 0: the unit passes no gradient);
     * never for the identity.
     */
    public static boolean isSaturated(Activation f, double a) {
        switch (f) {
            case TANH:
                return Math.abs(a) > TANH_SATURATION;
            case SIGMOID:
                return a < SIGMOID_SATURATION || a > 1 - SIGMOID_SATURATION;
            case RELU:
                return a == 0;
            default:
                return false;
        }
    }

    /** Fraction of v[from .. to) that {@link #isSaturated}; NaN for an empty range. */
    public static double saturatedFraction(Activation f, double[] v, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            if (isSaturated(f, v[i])) {
                s++;
            }
        }
        return to > from ? (double) s / (to - from) : Double.NaN;
    }

    /**
     * Counts v[from .. to) into {@code bins} equal bins over [lo, hi] (bins is overwritten, not added to):
     * bin i holds lo + i·w ≤ v &lt; lo + (i+1)·w with w = (hi − lo)/bins.length, hi itself falls in the last bin,
     * values below lo or above hi are clamped into the first or last bin and NaNs are skipped. Returns how
     * many values were clamped, so a view can say that the range cuts off part of the distribution.
     */
    public static int histogram(double[] v, int from, int to, double lo, double hi, int[] bins) {
        if (!(hi > lo) || bins.length == 0) {
            throw new IllegalArgumentException("a histogram needs lo < hi and at least one bin");
        }
        int nb = bins.length;
        for (int i = 0; i < nb; i++) {
            bins[i] = 0;
        }
        double perUnit = nb / (hi - lo);
        int clamped = 0;
        for (int p = from; p < to; p++) {
            double x = v[p];
            if (x != x) {
                continue;
            }
            int b;
            if (x < lo) {
                b = 0;
                clamped++;
            } else if (x > hi) {
                b = nb - 1;
                clamped++;
            } else {
                b = (int) ((x - lo) * perUnit);
                if (b >= nb) {
                    b = nb - 1;
                }
            }
            bins[b]++;
        }
        return clamped;
    }

    /** Histogram of f's outputs in hidden layer l of the last pass ({@link #histogram} for the rules). */
    public static int activationHistogram(Network network, int l, double lo, double hi, int[] bins) {
        return histogram(network.nonlinearityOutputs(l), 0, network.count() * network.width(l), lo, hi, bins);
    }

    /** Histogram of ∂L/∂a_l in hidden layer l of the last backward pass. */
    public static int gradientHistogram(Network network, int l, double lo, double hi, int[] bins) {
        return histogram(network.activationGradients(l), 0, network.count() * network.width(l), lo, hi, bins);
    }

    /**
     * ‖W_after − W_before‖ / ‖W_before‖ for the weights into hidden layer l (or weight layer l − 1 in
     * general, l = 1 … L): how large one step is relative to the weights (around 1e-3 is the usual rule of
     * thumb). +∞ when the weights were 0 and moved, 0 when they did not move.
     */
    public static double updateToWeightRatio(Network network, int l, double[] before, double[] after) {
        int from = network.weightOffset(l - 1);
        int to = network.biasOffset(l - 1);
        double dd = 0;
        double ww = 0;
        for (int p = from; p < to; p++) {
            double d = after[p] - before[p];
            dd += d * d;
            ww += before[p] * before[p];
        }
        if (dd == 0) {
            return 0;
        }
        return ww == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(dd / ww);
    }

    /**
     * How far apart the units of hidden layer l are in θ: the largest |difference| between unit j and unit 0
     * over everything that defines a unit — its incoming weights (row j of W_{l−1}), its bias, its γ and β,
     * and its outgoing weights (column j of W_l). 0 means every unit computes the same function and, fed the
     * same gradients, will stay the same: symmetry that gradient descent cannot break.
     */
    public static double unitSpread(Network network, double[] theta, int l) {
        if (l < 1 || l >= network.layerCount()) {
            throw new IllegalArgumentException("layer " + l + " is not a hidden layer");
        }
        int m = network.width(l - 1);
        int k = network.width(l);
        int next = network.width(l + 1);
        int win = network.weightOffset(l - 1);
        int bin = network.biasOffset(l - 1);
        int wout = network.weightOffset(l);
        double spread = 0;
        for (int j = 1; j < k; j++) {
            for (int i = 0; i < m; i++) {
                spread = Math.max(spread, Math.abs(theta[win + j * m + i] - theta[win + i]));
            }
            spread = Math.max(spread, Math.abs(theta[bin + j] - theta[bin]));
            if (network.hasBatchNorm()) {
                int go = network.gammaOffset(l);
                int bo = network.betaOffset(l);
                spread = Math.max(spread, Math.abs(theta[go + j] - theta[go]));
                spread = Math.max(spread, Math.abs(theta[bo + j] - theta[bo]));
            }
            for (int o = 0; o < next; o++) {
                spread = Math.max(spread, Math.abs(theta[wout + o * k + j] - theta[wout + o * k]));
            }
        }
        return spread;
    }

    /** Whether every unit of hidden layer l is within {@code tolerance} of unit 0 ({@link #unitSpread}). */
    public static boolean unitsIdentical(Network network, double[] theta, int l, double tolerance) {
        return unitSpread(network, theta, l) <= tolerance;
    }

    /** Largest |a_l[b][j] − a_l[b][0]| over the examples b and units j of the last forward pass. */
    public static double activationSpread(Network network, int l) {
        double[] a = network.activations(l);
        int k = network.width(l);
        double spread = 0;
        for (int b = 0; b < network.count(); b++) {
            for (int j = 1; j < k; j++) {
                spread = Math.max(spread, Math.abs(a[b * k + j] - a[b * k]));
            }
        }
        return spread;
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return to > from ? s / (to - from) : Double.NaN;
    }

    private static double std(double[] v, int from, int to, double mean) {
        double s = 0;
        for (int i = from; i < to; i++) {
            double d = v[i] - mean;
            s += d * d;
        }
        return to > from ? Math.sqrt(s / (to - from)) : Double.NaN;
    }

    private static double norm(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }
}
