package descent.core.experiment;

import descent.core.data.Dataset;
import descent.core.nn.Network;
import descent.core.optim.Objective;

/**
 * What a {@link Run} learns and from which examples: the objective J(θ) on a minibatch of the training split,
 * and the full-split loss and accuracy it reports. A plane task ({@link PlaneTask}) has two inputs and one
 * output (sigmoid for labels, linear for targets); a table task ({@link TableTask}) has d inputs and K logits
 * trained by softmax cross-entropy. The run owns the optimizer, the watches and the histories; the task owns
 * the data and the network's buffers.
 */
public interface TrainingTask {
    /** The network whose buffers the objective uses (θ is not part of it). */
    Network network();

    /** J(θ) on the minibatch last given to {@link #setBatch}. */
    Objective objective();

    /** ‖∇J‖₂ of the objective's most recent gradient (before any clipping wrapped around it). */
    double lastGradientNorm();

    /** Makes training examples indices[0..count) the minibatch (the array is read at each evaluation). */
    void setBatch(int[] indices, int count);

    /** N_train. */
    int trainSize();

    /** N_validation (may be 0). */
    int validationSize();

    /** K for labels (2 for the plane's two-class sets), 0 for real-valued targets. */
    int classCount();

    /**
     * Mean loss (without any weight decay) and accuracy of θ over the whole training or validation split, read
     * afterwards from {@link #loss()} and {@link #accuracy()}: NaN for an empty split, accuracy NaN for regression.
     */
    void evaluate(double[] theta, boolean validation);

    double loss();

    double accuracy();

    /** The examples as points of the plane, for the views to draw: empty when there are not two inputs. */
    Dataset trainPoints();

    /** As {@link #trainPoints()} for the validation split. */
    Dataset validationPoints();
}
