package descent.engine;

import descent.core.experiment.LayerLab;
import descent.core.experiment.Series;
import descent.core.nn.BatchNormPlacement;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lab job trains exactly as a LayerLab stepped directly, and its pulls rebuild the lab's series point for point. */
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

    private static void check(LayerLab.Settings settings) {
        LabJob job = new LabJob(settings, 64);
        LayerLab direct = new LayerLab(settings);
        int depth = direct.depth();
        Series loss = new Series(direct.lossSeries().capacity());
        Series[] norms = new Series[depth + 1];
        Series[] ratios = new Series[depth + 1];
        for (int l = 1; l <= depth; l++) {
            norms[l] = new Series(direct.gradientNormSeries(l).capacity());
            ratios[l] = new Series(direct.updateRatioSeries(l).capacity());
        }
        double[] last = null;
        int done = 0;
        while (done < STEPS) {
            done += job.slice(Math.min(37, STEPS - done)); // slices and pulls fall at uneven steps
            if (job.full() || done == STEPS || done % 5 == 0) {
                last = job.pack();
                int k = (int) last[3];
                int record = 2 + 2 * depth;
                for (int i = 0; i < k; i++) {
                    int at = 6 + i * record;
                    int step = (int) last[at];
                    loss.add(step, last[at + 1]);
                    for (int l = 1; l <= depth; l++) {
                        norms[l].add(step, last[at + 1 + l]);
                        ratios[l].add(step, last[at + 1 + depth + l]);
                    }
                }
            }
        }
        assertEquals(STEPS, direct.steps(STEPS));
        assertEquals(STEPS, (int) last[0]);
        assertEquals(direct.divergedAtStep(), (int) last[1]);
        direct.measure();
        assertEquals(direct.validationAccuracy(), last[2]);
        double[] theta = direct.parameters();
        int record = 2 + 2 * depth;
        int at = 6 + (int) last[3] * record;
        double[] mirrored = new double[theta.length];
        System.arraycopy(last, at, mirrored, 0, theta.length);
        assertArrayEquals(theta, mirrored);
        at += theta.length;
        int width = settings.width;
        boolean batchNorm = settings.placement != BatchNormPlacement.NONE;
        for (int l = 1; batchNorm && l <= depth; l++) {
            assertArrayEquals(direct.network().batchNorm(l).runningMean(), slice(last, at, width));
            assertArrayEquals(direct.network().batchNorm(l).runningSigma(), slice(last, at + width, width));
            at += 2 * width;
        }
        assertEquals(last.length, at);
        same(direct.lossSeries(), loss);
        for (int l = 1; l <= depth; l++) {
            same(direct.gradientNormSeries(l), norms[l]);
            same(direct.updateRatioSeries(l), ratios[l]);
        }
    }

    private static double[] slice(double[] a, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    private static void same(Series expected, Series actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.step(i), actual.step(i));
            assertEquals(expected.value(i), actual.value(i));
        }
    }
}
