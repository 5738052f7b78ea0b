package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.DataSplit;
import descent.core.data.DatasetKind;
import descent.core.nn.Activation;
import descent.core.optim.Sgd;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunTest {
    /** The bound promised in RunConfig's documentation. */
    private static final int CIRCLE_STEP_BOUND = 1500;

    @Test
    void sameSeedGivesIdenticalRuns_differentSeedDoesNot() {
        RunConfig config = new RunConfig();
        Run a = new Run(config);
        Run b = new Run(config);
        a.steps(200);
        b.steps(200);
        assertEquals(a.lastLoss(), b.lastLoss(), 0.0);
        assertEquals(a.validationLoss(), b.validationLoss(), 0.0);
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);

        RunConfig other = config.copy();
        other.seed = config.seed + 1;
        Run c = new Run(other);
        c.steps(200);
        assertNotEquals(a.lastLoss(), c.lastLoss());
        assertFalse(Arrays.equals(a.parameters(), c.parameters()));
    }

    @Test
    void theDefaultsLearnTheCircle() {
        for (int seed = 1; seed <= 5; seed++) {
            RunConfig config = new RunConfig();
            config.seed = seed;
            Run run = new Run(config);
            assertTrue(run.validationAccuracy() < 0.9, "an untrained network should not already solve it");
            int reachedAt = -1;
            while (run.stepCount() < CIRCLE_STEP_BOUND && reachedAt < 0) {
                run.step();
                if (run.lastEvaluationStep() == run.stepCount() && run.validationAccuracy() >= 0.95) {
                    reachedAt = run.stepCount();
                }
            }
            assertTrue(reachedAt > 0, "seed " + seed + ": validation accuracy only " + run.validationAccuracy()
                    + " after " + CIRCLE_STEP_BOUND + " steps");
            assertEquals(Status.RUNNING, run.status());
        }
    }

    @Test
    void anAbsurdLearningRateDivergesAtAReportedStepAndKeepsFiniteParameters() {
        RunConfig config = new RunConfig();
        config.dataset = DatasetKind.PLANE;
        config.activation = Activation.RELU;
        config.learningRate = 1e4;
        Run run = new Run(config);
        int applied = run.steps(500);
        assertEquals(Status.DIVERGED, run.status());
        int at = run.divergedAtStep();
        assertTrue(at >= 1 && at <= 500, "diverged at " + at);
        assertEquals(applied + 1, at, "steps() counts the good steps before the divergent one");
        assertEquals(at, run.stepCount());
        assertFalse(run.divergenceReason().isEmpty());
        for (double v : run.parameters()) {
            assertTrue(Double.isFinite(v), "parameters stay finite after divergence");
        }
        double[] frozen = run.parameters().clone();
        assertFalse(run.step(), "a diverged run does not step");
        assertEquals(at, run.stepCount());
        assertArrayEquals(frozen, run.parameters(), 0.0);
        assertTrue(Double.isFinite(run.lastLoss()));
    }

    @Test
    void resetReplaysTheSameRunOnTheSameData() {
        Run run = new Run(new RunConfig());
        run.steps(75);
        double[] after75 = run.parameters().clone();
        double loss = run.trainLoss();
        double[] firstPoints = run.train().points();
        run.reset();
        assertEquals(0, run.stepCount());
        assertEquals(1, run.trainLossSeries().size(), "only the step-0 evaluation remains");
        assertArrayEquals(run.initialParameters(), run.parameters(), 0.0);
        run.steps(75);
        assertArrayEquals(after75, run.parameters(), 0.0);
        assertEquals(loss, run.trainLoss(), 0.0);
        assertTrue(firstPoints == run.train().points(), "reset keeps the data");
    }

    @Test
    void lanesCanShareDataAndInitialWeights() {
        RunConfig config = new RunConfig();
        DataSplit data = RunSetup.makeData(config);
        double[] theta0 = RunSetup.initialParameters(config);
        RunConfig slow = config.copy();
        slow.learningRate = 0.01;
        Run a = new Run(config, data, theta0);
        Run b = new Run(slow, data, theta0);
        assertEquals(a.trainLoss(), b.trainLoss(), 0.0);
        a.step();
        b.step();
        assertEquals(a.lastLoss(), b.lastLoss(), 0.0, "same first minibatch at the same θ₀");
        assertNotEquals(a.parameters()[0], b.parameters()[0]);
        assertEquals(theta0[0], a.initialParameters()[0], 0.0);
    }

    @Test
    void metricsAndSeriesFollowTheDocumentedCadence() {
        RunConfig config = new RunConfig(); // 200 train + 200 validation points, B = 10
        Run run = new Run(config);
        assertEquals(10, run.evalEvery(), "⌈400 / (4·10)⌉");
        run.steps(25);
        assertEquals(20, run.lastEvaluationStep());
        assertEquals(25, run.batchLossSeries().size());
        assertEquals(25, run.gradientNormSeries().size());
        assertEquals(3, run.validationLossSeries().size()); // steps 0, 10, 20
        assertEquals(20, run.validationAccuracySeries().step(2));
        assertEquals(1.25, run.epoch(), 1e-12); // 250 examples of 200
        assertTrue(run.gradientNorm() > 0);
        assertEquals(run.lastLoss(), run.batchLossSeries().last(), 0.0);
        run.setBatchSize(200);
        assertEquals(1, run.evalEvery());
    }

    @Test
    void regressionRunsReportLossButNoAccuracy() {
        RunConfig config = new RunConfig();
        config.dataset = DatasetKind.BUMPS;
        Run run = new Run(config);
        double before = run.trainLoss();
        run.steps(500);
        assertTrue(run.trainLoss() < before);
        assertTrue(Double.isNaN(run.validationAccuracy()));
    }

    @Test
    void zeroInitializationNeverBreaksTheSymmetryBetweenUnits() {
        RunConfig config = new RunConfig();
        config.init = descent.core.nn.Init.ZERO;
        Run run = new Run(config);
        run.steps(300);
        descent.core.nn.Network net = run.network();
        double[] theta = run.parameters();
        for (int l = 0; l < net.layerCount(); l++) {
            int m = net.width(l);
            for (int j = 1; j < net.width(l + 1); j++) {
                for (int i = 0; i < m; i++) {
                    assertEquals(theta[net.weightOffset(l) + i], theta[net.weightOffset(l) + j * m + i], 0.0,
                            "unit " + j + " of layer " + (l + 1) + " differs from unit 0");
                }
                assertEquals(theta[net.biasOffset(l)], theta[net.biasOffset(l) + j], 0.0);
            }
        }
        assertTrue(run.validationAccuracy() <= 0.6, "identical units cannot draw a circle");
    }

    @Test
    void oneStepAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean)) {
            return; // only HotSpot-like JVMs count allocations per thread
        }
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        RunConfig config = new RunConfig();
        config.optimizer = Sgd::new;
        Run run = new Run(config);
        double[] grid = new double[64 * 64];
        run.steps(1000); // warm up, grow buffers, let series reach their steady state
        run.predictGrid(-6, 6, -6, 6, 64, grid);
        long tid = Thread.currentThread().getId();
        long before = hotspot.getThreadAllocatedBytes(tid);
        run.steps(2000);
        run.predictGrid(-6, 6, -6, 6, 64, grid);
        long allocated = hotspot.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 1024, allocated + " bytes allocated by 2,000 steps and a grid");
    }
}
