package descent.core.optim;

/**
 * An average of the iterates, kept beside an optimizer: the run calls {@link #update} after each step, and
 * evaluates the model at {@link #averaged()} (e.g. {@link #valueAt}) while the optimizer goes on from θ.
 *
 * <pre>
 *   Polyak:  θ̂_t = (1/t) Σᵢ₌₁..t θᵢ          computed as θ̂_t = θ̂_{t−1} + (θ_t − θ̂_{t−1}) / t
 *   EMA:     θ̂_t = α θ̂_{t−1} + (1 − α) θ_t,   θ̂_0 = θ_0
 * </pre>
 * (Seed 002 prints θ̂_t on both sides of the EMA; the second is θ_t.) Before the first update θ̂ = θ_0. With
 * {@link AveragingMode#NONE}, θ̂ simply follows θ. No allocation after construction.
 */
public final class ParameterAverage {
    private final AveragingMode mode;
    private final double decay;
    private final double[] average;
    private int count;

    /**
     * @param decay α of the EMA, in [0, 1) (ignored otherwise)
     * @param start θ_0, copied
     */
    public ParameterAverage(AveragingMode mode, double decay, double[] start) {
        if (mode == AveragingMode.EMA && !(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("EMA decay must be in [0, 1), got " + decay);
        }
        this.mode = mode;
        this.decay = decay;
        this.average = start.clone();
    }

    /** Folds in θ_t, the parameters after step t. */
    public void update(double[] theta) {
        count++;
        if (mode == AveragingMode.POLYAK) {
            double w = 1.0 / count;
            for (int i = 0; i < average.length; i++) {
                average[i] += (theta[i] - average[i]) * w;
            }
        } else if (mode == AveragingMode.EMA) {
            for (int i = 0; i < average.length; i++) {
                average[i] = decay * average[i] + (1 - decay) * theta[i];
            }
        } else {
            System.arraycopy(theta, 0, average, 0, average.length);
        }
    }

    /** Starts over from θ_0 = {@code theta}. */
    public void reset(double[] theta) {
        System.arraycopy(theta, 0, average, 0, average.length);
        count = 0;
    }

    /** θ̂ (a live view: valid until the next update). */
    public double[] averaged() {
        return average;
    }

    /** J(θ̂): the model evaluated at the averaged weights. */
    public double valueAt(Objective objective) {
        return objective.value(average);
    }

    /** Updates so far, t. */
    public int count() {
        return count;
    }

    public AveragingMode mode() {
        return mode;
    }

    public double decay() {
        return decay;
    }
}
