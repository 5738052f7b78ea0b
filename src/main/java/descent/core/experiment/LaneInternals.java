package descent.core.experiment;

import descent.core.nn.Network;
import descent.core.optim.RuleTerms;

/**
 * What the live views of a lane's insides read — the update rule term by term, the network's weights, the
 * optimizer's state over the steps: θ, the rule's account of its last step and the step-size statistics. A
 * {@link Run} answers directly ({@link RunInternals}); a page whose engine trains in a Web Worker answers from
 * the last snapshot that carried them, with a network of the lane's shape built on the page.
 */
public interface LaneInternals {
    /** The step these internals are of. */
    int stepCount();

    /** θ after that step. Do not write to it. */
    double[] parameters();

    /** The network θ belongs to (its layout: layers, widths, offsets, activations). */
    Network network();

    /** The rule's account of its last step, or null when the rule does not give one. */
    RuleTerms ruleTerms();

    StepStatistics stepStatistics();

    /** ‖θ_k − θ_{k−1}‖ of the last step. */
    double stepLength();

    Series stepLengthSeries();
}
