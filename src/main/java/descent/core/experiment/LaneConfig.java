package descent.core.experiment;

import descent.core.nn.Init;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;

/**
 * What one lane of a comparison changes: its optimizer and hyperparameters, batch size, initialization,
 * batch norm, schedule, clipping and averaging. Everything else (data, network shape, seed) is shared by the
 * lanes through {@link PlaygroundConfig}, so two lanes differ only in what the learner changed here.
 *
 * <p>Plain public fields, like {@link RunConfig}, for the controls and the URL state to read and write.
 */
public final class LaneConfig {
    /** Shown in legends; empty means "derive from the optimizer" ({@link #displayLabel()}). */
    public String label = "";
    public OptimizerKind optimizer = OptimizerKind.GD;
    public OptimizerSettings settings = OptimizerKind.GD.defaults().withLearningRate(0.1);
    /** B; 0 = the full training set (batch GD). */
    public int batchSize = 10;
    public Init init = Init.XAVIER_UNIFORM;
    /** Multiplies every initial weight draw (σ for {@link Init#NORMAL}). */
    public double initScale = 1;
    /** Batch normalization before each hidden activation. */
    public boolean batchNorm = false;
    public LearningRateSchedule schedule = LearningRateSchedule.constant();
    public ClipMode clip = ClipMode.NONE;
    public double clipThreshold = 1;
    public AveragingMode averaging = AveragingMode.NONE;
    /** α of the EMA θ̂_t = α θ̂_{t−1} + (1 − α) θ_t. */
    public double averagingDecay = 0.99;
    /**
     * λ of L2 weight decay in the loss, J + (λ/2) Σ‖W‖² over the weight matrices (biases and batch norm's γ, β
     * excluded); 0 for none. Unlike AdamW's decoupled decay (the rule's wd), it reaches the rule through g.
     */
    public double l2 = 0;

    /** A lane with the course's defaults for this optimizer, at learning rate ε. */
    /** Whether the lane pulls its weights in: L2 in its loss, or AdamW's decoupled decay. */
    public boolean decaysWeights() {
        return l2 > 0 || optimizer == OptimizerKind.ADAMW && settings.weightDecay() > 0;
    }

    public static LaneConfig of(OptimizerKind kind, double learningRate) {
        LaneConfig lane = new LaneConfig();
        lane.optimizer = kind;
        lane.settings = kind.defaults().withLearningRate(learningRate);
        return lane;
    }

    public LaneConfig copy() {
        LaneConfig c = new LaneConfig();
        c.label = label;
        c.optimizer = optimizer;
        c.settings = settings;
        c.batchSize = batchSize;
        c.init = init;
        c.initScale = initScale;
        c.batchNorm = batchNorm;
        c.schedule = schedule;
        c.clip = clip;
        c.clipThreshold = clipThreshold;
        c.averaging = averaging;
        c.averagingDecay = averagingDecay;
        c.l2 = l2;
        return c;
    }

    /** The label, or the optimizer's name when none was given. */
    public String displayLabel() {
        return label == null || label.isEmpty() ? optimizer.label() : label;
    }

    /** Whether two lanes start from the same weights: same rule, same scale, same batch-norm layout. */
    public boolean sharesInitialWeightsWith(LaneConfig other) {
        return init == other.init && initScale == other.initScale && batchNorm == other.batchNorm;
    }
}
