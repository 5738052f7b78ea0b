package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;
import org.junit.jupiter.api.Test;

/**
 * The circle lab's numbers as they were before the lab learned tables (recorded at 7211f9e), compared exactly:
 * the digits lab must not change a single bit of the circle's arithmetic, and other tests and the README rely
 * on these runs.
 */
class LayerLabCircleGoldenTest {
    private static String fingerprint(Activation f, Init init, double scale, BatchNormPlacement bn, int batch) {
        LayerLab.Settings s = new LayerLab.Settings();
        s.depth = 6;
        s.width = 16;
        s.activation = f;
        s.init = init;
        s.scale = scale;
        s.placement = bn;
        s.batchSize = batch;
        s.learningRate = 0.1;
        LayerLab lab = new LayerLab(s);
        StringBuilder b = new StringBuilder();
        b.append(lab.probeLoss()).append(' ').append(lab.stats().saturatedFraction(6));
        lab.steps(60);
        lab.measure();
        b.append(' ').append(lab.probeLoss()).append(' ').append(lab.evaluationLoss())
                .append(' ').append(lab.stats().activationStd(6)).append(' ').append(lab.stats().gradientStd(1))
                .append(' ').append(lab.lastGradientNorm(3)).append(' ').append(lab.lastUpdateRatio(3))
                .append(' ').append(lab.lossSeries().size());
        for (int l = 1; l <= 6; l++) { // ‖∂L/∂W‖ of the probe: the lab's own delta, back-propagated
            b.append(' ').append(lab.stats().weightGradientNorm(l));
        }
        if (bn != BatchNormPlacement.NONE) {
            double[] out = new double[3];
            lab.batchSizeEffect(4, 2, out);
            b.append(' ').append(out[0]).append(' ').append(out[1]).append(' ').append(out[2]);
        }
        return b.toString();
    }

    @Test
    void circleRunsAreBitForBitAsBefore() {
        String[] got = {
            fingerprint(Activation.TANH, Init.XAVIER_UNIFORM, 1, BatchNormPlacement.NONE, 16),
            fingerprint(Activation.TANH, Init.NORMAL, 1, BatchNormPlacement.NONE, 16),
            fingerprint(Activation.TANH, Init.NORMAL, 1, BatchNormPlacement.BEFORE_ACTIVATION, 16),
            fingerprint(Activation.RELU, Init.HE_NORMAL, 1, BatchNormPlacement.AFTER_ACTIVATION, 4),
        };
        String[] want = {
            "0.6883671703097973 0.0 0.5390621222013078 0.5390621222013078 0.29908461008436055 0.0019746645250568874 0.17416309810148312 0.004170642891130283 60 0.10780222587840439 0.11769910176536669 0.08899883139758395 0.08573498464152028 0.1428922535825504 0.16365266896800762",
            "1.3156008997778688 0.455625 0.4268387313318494 0.4268387313318494 0.9024804084791803 0.013905568358184411 1.3956612860139703 0.00866053644951102 60 0.6262614130823473 0.3161431959974059 0.39354246111977825 0.34074166266357614 0.41667372115716306 0.3400417780038979",
            "0.8105558795339439 0.0025 0.15684282317593345 0.11973569322199434 0.6658915091762421 0.004189914536085896 0.3094467936941653 0.0019232482738750223 60 0.08699772321961087 0.10254372635517574 0.12577847759252975 0.1381038407709006 0.11886404755056812 0.1571605204727764 0.6277790646951015 0.09920254307834149 0.1174276427786265",
            "0.6602820429055779 0.49625 0.49847907293426175 0.4487745250425638 1.040927715930396 0.002186838877907414 0.6147160815894527 0.010231277964142428 60 0.14408365973733975 0.20648340117906153 0.2762794995005656 0.30523771433571506 0.240948381991053 0.2214457562183253 0.6145361917548202 0.17384691719174883 0.4890206795664813",
        };
        for (int i = 0; i < got.length; i++) {
            assertEquals(want[i], got[i], "run " + i);
        }
    }
}
