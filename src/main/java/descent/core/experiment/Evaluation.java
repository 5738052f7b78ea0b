package descent.core.experiment;

/**
 * The numbers of one full evaluation of a {@link Run}: loss and accuracy on the whole training and validation
 * sets, at θ and at the parameter average θ̂ (without averaging the θ̂ numbers equal the plain ones). NaN until
 * the first evaluation; a validation loss is NaN on an empty validation set, an accuracy NaN for regression.
 */
final class Evaluation {
    double trainLoss = Double.NaN;
    double trainAccuracy = Double.NaN;
    double validationLoss = Double.NaN;
    double validationAccuracy = Double.NaN;
    double averagedTrainLoss = Double.NaN;
    double averagedTrainAccuracy = Double.NaN;
    double averagedValidationLoss = Double.NaN;
    double averagedValidationAccuracy = Double.NaN;

    /** Evaluates {@code task} at θ and, unless {@code averaged} is null, at θ̂. */
    void measure(TrainingTask task, double[] theta, double[] averaged) {
        task.evaluate(theta, false);
        trainLoss = task.loss();
        trainAccuracy = task.accuracy();
        task.evaluate(theta, true);
        validationLoss = task.loss();
        validationAccuracy = task.accuracy();
        if (averaged != null) {
            task.evaluate(averaged, false);
            averagedTrainLoss = task.loss();
            averagedTrainAccuracy = task.accuracy();
            task.evaluate(averaged, true);
            averagedValidationLoss = task.loss();
            averagedValidationAccuracy = task.accuracy();
        } else {
            averagedTrainLoss = trainLoss;
            averagedTrainAccuracy = trainAccuracy;
            averagedValidationLoss = validationLoss;
            averagedValidationAccuracy = validationAccuracy;
        }
    }

    /**
     * Whether the losses are finite (θ finite but huge can make the sums overflow); the validation losses count
     * only when there is a validation set.
     */
    boolean isFinite(boolean hasValidation) {
        boolean validationBad = hasValidation
                && !(isFinite(validationLoss) && isFinite(averagedValidationLoss));
        return isFinite(trainLoss) && isFinite(averagedTrainLoss) && !validationBad;
    }

    void copyFrom(Evaluation other) {
        trainLoss = other.trainLoss;
        trainAccuracy = other.trainAccuracy;
        validationLoss = other.validationLoss;
        validationAccuracy = other.validationAccuracy;
        averagedTrainLoss = other.averagedTrainLoss;
        averagedTrainAccuracy = other.averagedTrainAccuracy;
        averagedValidationLoss = other.averagedValidationLoss;
        averagedValidationAccuracy = other.averagedValidationAccuracy;
    }

    static boolean isFinite(double v) {
        return v - v == 0;
    }
}
