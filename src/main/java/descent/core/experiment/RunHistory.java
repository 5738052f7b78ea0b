package descent.core.experiment;

/**
 * What a {@link Run} charts over time: the per-step series (minibatch loss, ‖∇J‖, step length, ε_k, the
 * optimizer's statistics) and the per-evaluation series (losses and accuracies at θ and θ̂, ‖W‖, the
 * trajectory of θ). All have the same capacity and are cleared together; nothing is allocated per step.
 */
final class RunHistory {
    final Series batchLoss;
    final Series gradientNorms;
    /** ‖θ_k − θ_{k−1}‖ per step: AdaGrad's shrinking steps, Adam's first steps. */
    final Series stepLengths;
    /** ε_k per step. */
    final Series learningRates;
    final Series trainLosses;
    final Series trainAccuracies;
    final Series validationLosses;
    final Series validationAccuracies;
    /** Losses at θ̂ per evaluation; empty without averaging. */
    final Series averagedTrainLosses;
    final Series averagedValidationLosses;
    /** ‖W‖ per evaluation (weights only): what L2 in the loss and AdamW's decay each pull in, and how hard. */
    final Series weightNorms;
    /** Effective step sizes and momentum speed per step, recorded while enabled (off by default). */
    final OptimizerStatistics optimizerStatistics;
    /** θ at the evaluated steps, thinned to a bounded number of snapshots: the path a loss surface draws. */
    final Trajectory trajectory;

    RunHistory(int parameters, int capacity) {
        batchLoss = new Series(capacity);
        gradientNorms = new Series(capacity);
        stepLengths = new Series(capacity);
        learningRates = new Series(capacity);
        trainLosses = new Series(capacity);
        trainAccuracies = new Series(capacity);
        validationLosses = new Series(capacity);
        validationAccuracies = new Series(capacity);
        averagedTrainLosses = new Series(capacity);
        weightNorms = new Series(capacity);
        averagedValidationLosses = new Series(capacity);
        optimizerStatistics = new OptimizerStatistics(parameters, capacity);
        trajectory = new Trajectory(parameters);
    }

    void clear() {
        batchLoss.clear();
        gradientNorms.clear();
        stepLengths.clear();
        learningRates.clear();
        trainLosses.clear();
        trainAccuracies.clear();
        validationLosses.clear();
        validationAccuracies.clear();
        averagedTrainLosses.clear();
        weightNorms.clear();
        averagedValidationLosses.clear();
        optimizerStatistics.clear();
        trajectory.clear();
    }

    /** The numbers of one good step. */
    void addStep(int step, double loss, double gradientNorm, double length, double rate) {
        batchLoss.add(step, loss);
        gradientNorms.add(step, gradientNorm);
        stepLengths.add(step, length);
        learningRates.add(step, rate);
    }

    /** The numbers of one evaluation at {@code theta}, whose weights have norm {@code weightNorm}. */
    void addEvaluation(int step, Evaluation e, double weightNorm, double[] theta, boolean averaging) {
        trainLosses.add(step, e.trainLoss);
        trainAccuracies.add(step, e.trainAccuracy);
        validationLosses.add(step, e.validationLoss);
        validationAccuracies.add(step, e.validationAccuracy);
        weightNorms.add(step, weightNorm);
        trajectory.offer(step, theta);
        if (averaging) {
            averagedTrainLosses.add(step, e.averagedTrainLoss);
            averagedValidationLosses.add(step, e.averagedValidationLoss);
        }
    }
}
