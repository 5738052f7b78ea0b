package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.nn.Activation;
import descent.core.nn.Loss;

/**
 * URL ids of the core enums that have none of their own ({@code Init}, {@code OptimizerKind}, the schedule,
 * clipping and averaging enums have theirs). Written out, not derived from {@code name()}, so
 * that renaming a constant in the core does not break links already shared; lookups loop over
 * {@code values()} because {@code Enum.valueOf} needs reflection, which TeaVM does not offer.
 *
 * <p>A constant added to the core later still gets an id (its name in lower case, "_" → "-") until it is
 * listed here; IdsTest fails until it is.
 */
final class Ids {
    private Ids() {
    }

    static String datasetId(DatasetKind k) {
        switch (k) {
            case CIRCLE: return "circle";
            case XOR: return "xor";
            case GAUSSIANS: return "gaussians";
            case SPIRAL: return "spiral";
            case MOONS: return "moons";
            case PLANE: return "plane";
            case BUMPS: return "bumps";
            default: return fallback(k);
        }
    }

    static String activationId(Activation a) {
        switch (a) {
            case TANH: return "tanh";
            case RELU: return "relu";
            case SIGMOID: return "sigmoid";
            case LINEAR: return "linear";
            default: return fallback(a);
        }
    }

    static String lossId(Loss l) {
        switch (l) {
            case CROSS_ENTROPY: return "cross-entropy";
            case SQUARED_ERROR: return "squared";
            default: return fallback(l);
        }
    }

    static DatasetKind dataset(String id) {
        for (DatasetKind k : DatasetKind.values()) {
            if (datasetId(k).equals(id)) {
                return k;
            }
        }
        return null;
    }

    static Activation activation(String id) {
        for (Activation a : Activation.values()) {
            if (activationId(a).equals(id)) {
                return a;
            }
        }
        return null;
    }

    static Loss loss(String id) {
        for (Loss l : Loss.values()) {
            if (lossId(l).equals(id)) {
                return l;
            }
        }
        return null;
    }

    private static String fallback(Enum<?> e) {
        return SafeText.lowerAscii(e.name()).replace('_', '-');
    }
}
