package descent.web.layers;

import descent.core.experiment.LayerLab;
import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;

/** The "Try" menu: the classic pictures of initialization (CURRICULUM §4) on the lab's current depth and width. */
final class Presets {
    private Presets() {
    }

    /** Sets s to the preset with this id; false (s untouched) for an unknown id. */
    static boolean set(String id, LayerLab.Settings s) {
        Activation activation = Activation.TANH;
        BatchNormPlacement placement = BatchNormPlacement.NONE;
        double scale = 1;
        Init init;
        switch (id) {
            case "saturate":
                init = Init.NORMAL;
                break;
            case "vanish":
                init = Init.NORMAL;
                scale = 0.01;
                break;
            case "xavier":
                init = Init.XAVIER_UNIFORM;
                break;
            case "he":
                activation = Activation.RELU;
                init = Init.HE_NORMAL;
                break;
            case "zero":
                init = Init.ZERO;
                break;
            case "bn":
                init = Init.NORMAL;
                placement = BatchNormPlacement.BEFORE_ACTIVATION;
                break;
            default:
                return false;
        }
        s.activation = activation;
        s.placement = placement;
        s.scale = scale;
        s.init = init;
        return true;
    }
}
