package descent.core.landscape;

import descent.core.optim.OptimizerKind;

/**
 * A one-click preset of the landscape page: a surface, a start, the racing optimizers and the shared settings,
 * and what to look at. Immutable data; {@link LandscapeLessons} lists them.
 */
public final class LandscapeLesson {
    private final String id;
    private final String title;
    private final LandscapeSurface surface;
    private final double kappa;
    private final double startX;
    private final double startY;
    private final OptimizerKind[] optimizers;
    private final double learningRate;
    private final double momentum;
    private final double clip;
    private final int steps;
    private final String lookAt;

    LandscapeLesson(String id, String title, LandscapeSurface surface, double kappa, double startX, double startY,
            OptimizerKind[] optimizers, double learningRate, double momentum, double clip, int steps, String lookAt) {
        this.id = id;
        this.title = title;
        this.surface = surface;
        this.kappa = kappa;
        this.startX = startX;
        this.startY = startY;
        this.optimizers = optimizers.clone();
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.clip = clip;
        this.steps = steps;
        this.lookAt = lookAt;
    }

    public String id() { return id; }
    public String title() { return title; }
    public LandscapeSurface surface() { return surface; }
    public double kappa() { return kappa; }
    public double startX() { return startX; }
    public double startY() { return startY; }
    public double learningRate() { return learningRate; }
    public double momentum() { return momentum; }
    /** The clipping threshold c, 0 for none. */
    public double clip() { return clip; }
    public int steps() { return steps; }
    public String lookAt() { return lookAt; }

    /** The predict-first question, asked before the race is played (null: none). */
    public descent.core.experiment.Prediction<PathRace> prediction() {
        return LandscapePredictions.of(id);
    }

    public int optimizerCount() {
        return optimizers.length;
    }

    public OptimizerKind optimizer(int i) {
        return optimizers[i];
    }
}
