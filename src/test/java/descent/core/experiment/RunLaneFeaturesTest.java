package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.DatasetKind;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.Sgd;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What a lane adds to a run: schedule, clipping, averaging, full batch, convergence, finite metrics. */
class RunLaneFeaturesTest {
    @Test
    void theScheduleSetsEpsilonBeforeEachStep() {
        RunConfig c = new RunConfig();
        c.learningRate = 0.2;
        c.schedule = LearningRateSchedule.linearDecay(100);
        Run run = new Run(c);
        assertEquals(0.2, run.learningRate(), 0.0);
        run.steps(50);
        assertEquals(c.schedule.rate(0.2, 50), run.learningRate(), 0.0);
        assertEquals(0.5 * 0.2 + 0.5 * 0.002, run.learningRate(), 1e-15);
        Series used = run.learningRateSeries();
        for (int i = 0; i < used.size(); i++) {
            assertEquals(c.schedule.rate(0.2, used.step(i) - 1), used.value(i), 0.0, "step k uses ε_{k−1}");
        }
        run.steps(100);
        assertEquals(0.002, run.learningRate(), 1e-15, "after τ: ε_τ = 1% of ε0");
        // A new schedule counts from now; a new ε0 does not restart it.
        run.setSchedule(LearningRateSchedule.linearDecay(10));
        assertEquals(0.2, run.learningRate(), 0.0);
        run.steps(5);
        run.setLearningRate(0.4);
        assertEquals(LearningRateSchedule.linearDecay(10).rate(0.4, 5), run.learningRate(), 0.0);
        assertEquals(0.4, run.baseLearningRate(), 0.0);
    }

    @Test
    void clippingByNormCapsEveryGradientTheRuleReads() {
        RunConfig c = new RunConfig();
        c.learningRate = 0.5;
        c.clip = ClipMode.NORM;
        c.clipThreshold = 0.3;
        Run run = new Run(c);
        boolean sawLarge = false;
        for (int k = 0; k < 300; k++) {
            run.step();
            assertTrue(run.appliedGradientNorm() <= 0.3 * (1 + 1e-12), "‖g‖ read: " + run.appliedGradientNorm());
            // SGD moves θ by ε·g: the step is at most ε·c.
            assertTrue(run.stepLength() <= 0.5 * 0.3 * (1 + 1e-12), "‖Δθ‖ = " + run.stepLength());
            sawLarge |= run.gradientNorm() > 0.3;
        }
        assertTrue(sawLarge, "the raw gradient exceeded c, so clipping did something");
        assertTrue(run.clippedStepCount() > 0 && run.clippedStepCount() <= 300, "" + run.clippedStepCount());

        RunConfig plain = c.copy();
        plain.clip = ClipMode.NONE;
        Run unclipped = new Run(plain);
        unclipped.steps(300);
        assertEquals(0, unclipped.clippedStepCount());
        assertFalse(Arrays.equals(unclipped.parameters(), run.parameters()));
    }

    @Test
    void clippingByValueBoundsEachComponent() {
        RunConfig c = new RunConfig();
        c.clip = ClipMode.VALUE;
        c.clipThreshold = 0.01;
        c.learningRate = 1;
        Run run = new Run(c);
        double[] before = run.parameters().clone();
        run.step();
        for (int i = 0; i < before.length; i++) {
            assertTrue(Math.abs(run.parameters()[i] - before[i]) <= 0.01 * (1 + 1e-12));
        }
        assertEquals(1, run.clippedStepCount());
    }

    @Test
    void emaAveragedWeightsAreEvaluatedBesideTheRawOnes() {
        RunConfig c = new RunConfig();
        c.averaging = AveragingMode.EMA;
        c.averagingDecay = 0.9;
        c.learningRate = 0.3;
        c.batchSize = 1;
        Run run = new Run(c);
        run.steps(400);
        run.evaluate();
        assertFalse(Arrays.equals(run.parameters(), run.averagedParameters()), "θ̂ ≠ θ");
        assertTrue(Double.isFinite(run.averagedTrainLoss()) && Double.isFinite(run.averagedValidationLoss()));
        assertNotEquals(run.trainLoss(), run.averagedTrainLoss());
        assertEquals(run.trainLossSeries().size(), run.averagedTrainLossSeries().size());
        double[] raw = new double[16 * 16];
        double[] averaged = new double[16 * 16];
        run.predictGrid(-6, 6, -6, 6, 16, raw);
        run.predictGrid(-6, 6, -6, 6, 16, averaged, true);
        assertFalse(Arrays.equals(raw, averaged));
        run.predictGrid(-6, 6, -6, 6, 16, averaged, false);
        assertArrayEquals(raw, averaged, 0.0);
    }

    @Test
    void polyakAverageIsTheMeanOfTheIterates() {
        RunConfig c = new RunConfig();
        c.averaging = AveragingMode.POLYAK;
        Run run = new Run(c);
        double[] sum = new double[run.parameters().length];
        for (int k = 0; k < 25; k++) {
            run.step();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += run.parameters()[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            assertEquals(sum[i] / 25, run.averagedParameters()[i], 1e-12);
        }
        // Without averaging the averaged view is θ itself and the numbers agree.
        Run plain = new Run(new RunConfig());
        plain.steps(10);
        assertTrue(plain.averagedParameters() == plain.parameters());
        assertEquals(plain.trainLoss(), plain.averagedTrainLoss(), 0.0);
        assertEquals(0, plain.averagedTrainLossSeries().size());
    }

    @Test
    void batchSizeZeroIsTheFullBatch() {
        RunConfig c = new RunConfig();
        c.batchSize = 0;
        Run run = new Run(c);
        assertTrue(run.isFullBatch());
        assertEquals(run.train().size(), run.batchSize());
        run.steps(3);
        assertEquals(3.0, run.epoch(), 0.0);
        assertEquals(0, run.config().batchSize, "the configuration keeps saying 0");
        run.setBatchSize(10);
        assertFalse(run.isFullBatch());
    }

    /** A linear model on the noisy plane: convex, so full-batch descent reaches the minimum. */
    private static RunConfig noisyPlane(int batchSize) {
        RunConfig c = new RunConfig();
        c.dataset = DatasetKind.PLANE;
        c.hiddenLayers = new int[0];
        c.noise = 0.3;
        c.learningRate = 0.1;
        c.batchSize = batchSize;
        return c;
    }

    @Test
    void fullBatchDescentConvergesAtACriticalPoint_minibatchNoiseNeverCounts() {
        Run full = new Run(noisyPlane(0));
        int applied = full.steps(3000);
        assertEquals(Status.CONVERGED, full.status());
        assertTrue(full.convergedAtStep() > 0 && full.convergedAtStep() == applied, "" + full.convergedAtStep());
        assertTrue(full.gradientNorm() < 1e-5);
        assertTrue(full.convergenceReason().contains("critical point"), full.convergenceReason());
        assertFalse(full.step(), "a converged run stops");
        assertEquals(full.convergedAtStep(), full.lastEvaluationStep(), "final numbers are fresh");

        Run noisy = new Run(noisyPlane(10));
        noisy.steps(3000);
        assertEquals(Status.RUNNING, noisy.status(), "SGD hovering in its noise is not convergence");
        assertEquals("", noisy.convergenceReason());

        full.reset();
        assertEquals(Status.RUNNING, full.status());
        assertEquals(-1, full.convergedAtStep());
    }

    @Test
    void aStalledTrainingLossCountsAsConverged() {
        ConvergenceWatch watch = new ConvergenceWatch();
        assertFalse(watch.afterEvaluation(0, 0.5));
        for (int step = 10; step < 200; step += 10) {
            assertFalse(watch.afterEvaluation(step, 0.5 * (1 + 1e-9 * step)), "within the band, but not yet 200 steps");
        }
        assertTrue(watch.afterEvaluation(200, 0.5));
        assertEquals(ConvergenceWatch.STALLED, watch.criterion());
        watch.reset();
        for (int step = 0; step <= 1000; step += 10) {
            assertFalse(watch.afterEvaluation(step, 0.5 - step * 1e-6),
                    "a loss still falling by two parts in a million per evaluation");
        }
        assertFalse(watch.afterStep(false, 0), "a minibatch gradient of 0 says nothing");
    }

    @Test
    void divergenceLeavesOnlyFiniteNumbersOnShow() {
        RunConfig c = new RunConfig();
        c.dataset = DatasetKind.BUMPS;
        c.learningRate = 3;
        c.batchSize = 0;
        c.points = 200;
        Run run = new Run(c);
        run.steps(400);
        assertEquals(Status.DIVERGED, run.status());
        for (double v : new double[] {run.trainLoss(), run.validationLoss(), run.lastLoss(), run.gradientNorm(),
            run.stepLength(), run.averagedTrainLoss()}) {
            assertTrue(Double.isFinite(v), "a shown number is " + v);
        }
        Series s = run.trainLossSeries();
        for (int i = 0; i < s.size(); i++) {
            assertTrue(Double.isFinite(s.value(i)), "charted value " + s.value(i) + " at step " + s.step(i));
        }
    }

    @Test
    void aLaneStepWithScheduleClippingAndAveragingAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean)) {
            return; // only HotSpot-like JVMs count allocations per thread
        }
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        RunConfig config = new RunConfig();
        config.optimizer = Sgd::new;
        config.schedule = LearningRateSchedule.cosine(5000).withWarmup(100);
        config.clip = ClipMode.NORM;
        config.clipThreshold = 0.5;
        config.averaging = AveragingMode.EMA;
        Run run = new Run(config);
        double[] grid = new double[64 * 64];
        run.steps(1000); // warm up, grow buffers, let series reach their steady state
        run.predictGrid(-6, 6, -6, 6, 64, grid, true);
        long tid = Thread.currentThread().getId();
        long before = hotspot.getThreadAllocatedBytes(tid);
        run.steps(2000);
        run.predictGrid(-6, 6, -6, 6, 64, grid, true);
        long allocated = hotspot.getThreadAllocatedBytes(tid) - before;
        assertEquals(Status.RUNNING, run.status());
        assertTrue(run.clippedStepCount() > 0);
        assertTrue(allocated < 1024, allocated + " bytes allocated by 2,000 steps and a grid");
    }
}
