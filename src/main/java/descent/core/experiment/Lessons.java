package descent.core.experiment;

/**
 * The lesson presets, in the order of the course: update rules, curvature, step size, initialization and depth, noise
 * and generalization. Looked up by id with a loop (no Enum.valueOf or maps: this runs in the browser).
 */
public final class Lessons {
    private static Lesson[] all;

    private Lessons() {
    }

    /** Every lesson, in menu order (a fresh array; the lessons themselves are immutable). */
    public static Lesson[] all() {
        return lessons().clone();
    }

    /** The lesson with this id, or null. */
    public static Lesson byId(String id) {
        for (Lesson lesson : lessons()) {
            if (lesson.id().equals(id)) {
                return lesson;
            }
        }
        return null;
    }

    // Built on first use: a page that never opens the menu pays nothing.
    private static Lesson[] lessons() {
        if (all == null) {
            all = new Lesson[] {
                OptimizerLessons.momentumVsGradientDescent(),
                OptimizerLessons.nesterovVsMomentum(),
                OptimizerLessons.adaGradVsRmsProp(),
                OptimizerLessons.adamBiasCorrection(),
                SecondOrderLessons.newtonSaddle(),
                StepSizeLessons.learningRate(),
                StepSizeLessons.linearDecay(),
                StepSizeLessons.clippingOnACliff(),
                StepSizeLessons.averaging(),
                InitLessons.zeroInit(),
                InitLessons.initDepth(),
                InitLessons.batchNorm(),
                InitLessons.batchNormSmallBatch(),
                NoiseLessons.batchSize(),
                NoiseLessons.earlyStopping(),
                RealDataLessons.digitsOptimizers(),
                RealDataLessons.penguinsLearningRate(),
                RealDataLessons.digitsBatchSize(),
                RealDataLessons.adamL2VersusAdamW(),
            };
        }
        return all;
    }
}
