package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.data.table.TableKind;
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

    /** Every value of the link's data=…: the plane's sets, then the K-class tables. */
    static final String[] DATA_IDS = dataIds();

    private static String[] dataIds() {
        DatasetKind[] plane = DatasetKind.values();
        TableKind[] tables = TableKind.values();
        String[] ids = new String[plane.length + tables.length];
        for (int i = 0; i < plane.length; i++) {
            ids[i] = datasetId(plane[i]);
        }
        for (int i = 0; i < tables.length; i++) {
            ids[plane.length + i] = tables[i].id();
        }
        return ids;
    }

    /** The element of {@link #DATA_IDS} equal to {@code id}, or null (the row compares ids by identity). */
    static String dataId(String id) {
        for (String d : DATA_IDS) {
            if (d.equals(id)) {
                return d;
            }
        }
        return null;
    }

    /** The data id a configuration trains on: its table's, else its plane set's. */
    static String dataIdOf(descent.core.experiment.PlaygroundConfig c) {
        return dataId(c.table != null ? c.table.id() : datasetId(c.dataset));
    }

    /** Sets the plane set or the table {@code id} names (an id of {@link #DATA_IDS}). */
    static void setData(descent.core.experiment.PlaygroundConfig c, String id) {
        TableKind table = TableKind.byId(id);
        if (table != null) {
            c.table = table;
        } else {
            c.dataset = dataset(id);
            c.table = null;
        }
        c.loadedTable = null;
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
