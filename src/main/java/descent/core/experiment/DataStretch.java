package descent.core.experiment;

import descent.core.data.Dataset;

/**
 * Stretches a dataset along the axes: (x₀, x₁) ↦ (s₀x₀, s₁x₁), labels and targets unchanged.
 *
 * <p>Why: the curriculum's ill-conditioned canyon (§6) in a network's own loss. For a linear model on
 * inputs with covariance C the Hessian of the squared error is E[x̃x̃ᵀ] (x̃ = (x, 1)), so stretching one input
 * by s multiplies that direction's curvature by s²: with s₁ = 0.1 on the plane (uniform in [−5, 5]², so
 * E[x₀²] = 25/3) the curvatures are about 8.3 for x₀'s weight, 0.083 for x₁'s and 1 for the bias, a condition
 * number κ ≈ 100. Gradient descent then
 * zig-zags across the steep direction and crawls along the flat one, which is what momentum fixes.
 */
final class DataStretch {
    private DataStretch() {
    }

    /** The same points scaled per axis, or {@code data} itself when both factors are 1. */
    static Dataset apply(Dataset data, double scaleX, double scaleY) {
        if (scaleX == 1 && scaleY == 1) {
            return data;
        }
        double[] x = data.points().clone();
        for (int i = 0; i < x.length; i += 2) {
            x[i] *= scaleX;
            x[i + 1] *= scaleY;
        }
        return new Dataset(x, data.targets().clone(), data.isClassification());
    }
}
