package descent.core.landscape;

import descent.core.math.Rng;
import descent.core.optim.ClippedObjective;
import descent.core.optim.HessianObjective;

/**
 * A surface as the optimizers see it on the landscape page: the exact value, a gradient with optional
 * Gaussian noise (emulating minibatch noise: g̃ = g + σ·ξ, ξ ~ N(0, I) from the seeded {@link Rng}) and
 * optional clipping by norm (if ‖g̃‖ ≥ c then g̃ ← c·g̃/‖g̃‖), and the exact Hessian passed through (so the
 * Newton rules use it, and noise in their gradient is what they amplify).
 *
 * <p>Counts clipped evaluations so a path can mark clipped steps. Nothing allocates after construction.
 */
public final class NoisyClippedSurface implements HessianObjective {
    private Surface surface;
    private double noise;
    private double clip;
    private Rng rng;
    private int clipped;
    private int evaluations;

    public NoisyClippedSurface() {
        this.rng = new Rng(1);
    }

    /**
     * Sets what to wrap and starts the noise over from {@code seed}.
     *
     * @param noise σ ≥ 0, 0 for the exact gradient
     * @param clip c &gt; 0 to clip by norm, 0 (or less) for none
     */
    public void reset(Surface surface, double noise, double clip, int seed) {
        this.surface = surface;
        this.noise = noise;
        this.clip = clip;
        this.rng = new Rng(seed);
        this.clipped = 0;
        this.evaluations = 0;
    }

    public Surface surface() {
        return surface;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] theta) {
        return surface.value(theta[0], theta[1]);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double v = surface.evaluate(theta[0], theta[1], gradient, null);
        evaluations++;
        if (noise > 0) {
            gradient[0] += noise * rng.nextGaussian();
            gradient[1] += noise * rng.nextGaussian();
        }
        if (clip > 0) {
            double norm = ClippedObjective.clipByNorm(gradient, clip);
            if (norm >= clip) {
                clipped++;
            }
        }
        return v;
    }

    @Override
    public void hessian(double[] theta, double[] hessian) {
        surface.evaluate(theta[0], theta[1], null, hessian);
    }

    /** Gradient evaluations that were clipped since the last reset. */
    public int clippedCount() {
        return clipped;
    }

    public int evaluations() {
        return evaluations;
    }
}
