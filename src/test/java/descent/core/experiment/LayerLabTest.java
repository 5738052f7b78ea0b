package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;
import org.junit.jupiter.api.Test;

class LayerLabTest {
    private static LayerLab lab(Activation f, Init init, double scale, BatchNormPlacement bn) {
        LayerLab.Settings s = new LayerLab.Settings();
        s.depth = 10;
        s.width = 32;
        s.activation = f;
        s.init = init;
        s.scale = scale;
        s.placement = bn;
        return new LayerLab(s);
    }

    @Test
    void tanhWithUnitNormalWeightsSaturatesLayerTenAndBatchNormPreventsIt() {
        LayerLab plain = lab(Activation.TANH, Init.NORMAL, 1, BatchNormPlacement.NONE);
        assertTrue(plain.stats().saturatedFraction(10) > 0.5, "saturated: " + plain.stats().saturatedFraction(10));
        LayerLab normalized = lab(Activation.TANH, Init.NORMAL, 1, BatchNormPlacement.BEFORE_ACTIVATION);
        assertTrue(normalized.stats().saturatedFraction(10) < 0.05,
                "with batch norm: " + normalized.stats().saturatedFraction(10));
    }

    @Test
    void xavierKeepsTheSpreadAndTinyWeightsCollapseIt() {
        LayerLab xavier = lab(Activation.TANH, Init.XAVIER_UNIFORM, 1, BatchNormPlacement.NONE);
        assertTrue(xavier.stats().activationStd(10) > 0.25 * xavier.stats().activationStd(2),
                "Xavier std " + xavier.stats().activationStd(2) + " → " + xavier.stats().activationStd(10));
        LayerLab tiny = lab(Activation.TANH, Init.NORMAL, 0.01, BatchNormPlacement.NONE);
        assertTrue(tiny.stats().activationStd(10) < 1e-6, "tiny std " + tiny.stats().activationStd(10));
    }

    @Test
    void zeroInitKeepsEveryLayersUnitsIdenticalThroughTraining() {
        LayerLab zero = lab(Activation.TANH, Init.ZERO, 1, BatchNormPlacement.NONE);
        assertEquals(200, zero.steps(200));
        for (int l = 1; l <= 10; l++) {
            assertEquals(0.0, zero.unitSpread(l), "layer " + l);
        }
        LayerLab constant = lab(Activation.TANH, Init.CONSTANT, 0.1, BatchNormPlacement.NONE);
        constant.steps(200);
        assertEquals(0.0, constant.unitSpread(3));
        LayerLab xavier = lab(Activation.TANH, Init.XAVIER_UNIFORM, 1, BatchNormPlacement.NONE);
        assertTrue(xavier.unitSpread(3) > 0.01);
    }

    @Test
    void trainingRecordsPerLayerNormsAndRatiosAndLowersTheLoss() {
        LayerLab.Settings s = new LayerLab.Settings();
        s.depth = 4;
        s.width = 16;
        s.learningRate = 0.1;
        LayerLab lab = new LayerLab(s);
        double start = lab.probeLoss();
        lab.steps(1500);
        lab.measure();
        assertTrue(lab.probeLoss() < 0.5 * start, start + " → " + lab.probeLoss());
        for (int l = 1; l <= 4; l++) {
            assertTrue(lab.lastGradientNorm(l) > 0, "layer " + l);
            double r = lab.lastUpdateRatio(l);
            assertTrue(r > 0 && r < 1, "ratio of layer " + l + ": " + r);
            assertTrue(lab.updateRatioSeries(l).size() > 10);
        }
        lab.reset();
        assertEquals(0, lab.stepCount());
        assertEquals(start, lab.probeLoss(), 1e-12);
    }

    @Test
    void batchNormEvaluationModeAndBatchSizeEffect() {
        LayerLab lab = lab(Activation.TANH, Init.XAVIER_UNIFORM, 1, BatchNormPlacement.BEFORE_ACTIVATION);
        lab.steps(600);
        lab.measure();
        assertTrue(Math.abs(lab.evaluationLoss() - lab.probeLoss()) < 0.2,
                lab.evaluationLoss() + " vs " + lab.probeLoss());
        double[] one = new double[3];
        double[] big = new double[3];
        lab.batchSizeEffect(1, 1, one);
        lab.batchSizeEffect(100, 1, big);
        // a batch of one is normalized to 0: the output no longer depends on the input
        assertTrue(one[0] > big[0] + 0.1, "B = 1 loss " + one[0] + ", B = 100 loss " + big[0]);
        assertTrue(one[1] > big[1], "strays " + one[1] + " vs " + big[1]);
        assertEquals(one[2], big[2], 1e-12);
    }

    @Test
    void aHugeLearningRateDivergesWithoutNonFiniteWeights() {
        LayerLab.Settings s = new LayerLab.Settings();
        s.activation = Activation.RELU;
        s.init = Init.NORMAL;
        s.scale = 3;
        s.learningRate = 10;
        LayerLab lab = new LayerLab(s);
        lab.steps(500);
        assertTrue(lab.divergedAtStep() > 0);
        for (double v : lab.parameters()) {
            assertTrue(v - v == 0);
        }
    }
}
