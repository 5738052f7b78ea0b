package descent.engine;

import descent.core.experiment.LayerLab;
import descent.core.experiment.Series;
import descent.core.nn.BatchNormPlacement;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab job trains exactly as a LayerLab stepped directly, and a mirror fed its pulls is that lab, point for point. */
class LabJobTest {
    private static final int STEPS = 700; // past the series' capacity, so thinning is compared too

    @Test
    void pullsRebuildTheDirectLabExactly() {
        check(new LayerLab.Settings());
    }

    @Test
    void pullsCarryBatchNormsRunningStatistics() {
        LayerLab.Settings settings = new LayerLab.Settings();
        settings.placement = BatchNormPlacement.BEFORE_ACTIVATION;
        check(settings);
    }

    @Test
    void aDivergedJobSaysWhere() {
        LayerLab.Settings settings = diverging();
        LabJob job = new LabJob(settings, 64);
        LayerLab mirror = new LayerLab(settings);
        LayerLab direct = new LayerLab(settings);
        direct.steps(STEPS);
        for (int done = 0; done < STEPS; ) {
            int k = job.slice(50);
            LabJob.unpack(job.pack(), 0, mirror);
            if (k == 0) {
                break;
            }
            done += k;
        }
        assertTrue(direct.divergedAtStep() > 0);
        assertEquals(direct.divergedAtStep(), mirror.divergedAtStep());
        assertArrayEquals(direct.parameters(), mirror.parameters());
    }

    /** ReLU from N(0, 3²) at ε = 10: diverges within a few hundred steps. */
    static LayerLab.Settings diverging() {
        LayerLab.Settings s = new LayerLab.Settings();
        s.activation = descent.core.nn.Activation.RELU;
        s.init = descent.core.nn.Init.NORMAL;
        s.scale = 3;
        s.learningRate = 10;
        return s;
    }

    static void check(LayerLab.Settings settings) {
        LabJob job = new LabJob(settings, 64);
        LayerLab direct = new LayerLab(settings);
        LayerLab mirror = new LayerLab(settings);
        int done = 0;
        while (done < STEPS) {
            done += job.slice(Math.min(37, STEPS - done)); // slices and pulls fall at uneven steps
            if (job.full() || done == STEPS || done % 5 == 0) {
                LabJob.unpack(job.pack(), 0, mirror);
            }
        }
        assertEquals(STEPS, direct.steps(STEPS));
        same(direct, mirror);
    }

    /** Everything the page's views read from a lab, after both measured. */
    static void same(LayerLab direct, LayerLab mirror) {
        assertEquals(direct.stepCount(), mirror.stepCount());
        assertEquals(direct.divergedAtStep(), mirror.divergedAtStep());
        assertArrayEquals(direct.parameters(), mirror.parameters());
        int depth = direct.depth();
        for (int l = 1; direct.network().hasBatchNorm() && l <= depth; l++) {
            assertArrayEquals(direct.network().batchNorm(l).runningMean(), mirror.network().batchNorm(l).runningMean());
            assertArrayEquals(direct.network().batchNorm(l).runningSigma(), mirror.network().batchNorm(l).runningSigma());
        }
        direct.measure();
        mirror.measure();
        assertEquals(direct.validationAccuracy(), mirror.validationAccuracy());
        assertEquals(direct.probeLoss(), mirror.probeLoss());
        assertEquals(direct.evaluationLoss(), mirror.evaluationLoss());
        same(direct.lossSeries(), mirror.lossSeries());
        for (int l = 1; l <= depth; l++) {
            same(direct.gradientNormSeries(l), mirror.gradientNormSeries(l));
            same(direct.updateRatioSeries(l), mirror.updateRatioSeries(l));
            assertEquals(direct.lastUpdateRatio(l), mirror.lastUpdateRatio(l));
            assertEquals(direct.stats().activationStd(l), mirror.stats().activationStd(l));
        }
    }

    private static void same(Series expected, Series actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.step(i), actual.step(i));
            assertEquals(expected.value(i), actual.value(i));
        }
    }
}
