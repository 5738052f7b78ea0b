package descent.web;

import descent.core.data.DatasetKind;
import descent.core.experiment.PlaygroundConfig;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.state.ControlInput;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The comparison page's controls of what every lane shares: data, noise, network, activation, seed. */
final class SharedControls {
    private SharedControls() {
    }

    static void show(PlaygroundConfig config) {
        HTMLSelectElement dataset = select("dataset");
        dataset.getOptions().item(dataset.getOptions().getLength() - 1).setDisabled(!config.usesOwn());
        dataset.setValue(config.usesOwn() ? "custom"
                : config.table != null ? config.table.id() : DatasetIds.id(config.dataset));
        HTMLElement source = Dom.byId("data-source");
        descent.core.data.table.ShippedData shipped = config.usesTable() && !config.usesOwn()
                ? config.table.shipped() : null;
        source.setHidden(shipped == null);
        source.setTextContent(shipped == null ? "" : shipped.title() + ": " + shipped.source() + ". Licence "
                + shipped.licence() + ". Shipped with this site (data/" + shipped.file() + "), never fetched "
                + "elsewhere; inputs standardized with the training split's mean and spread.");
        select("noise").setValue(ensureOption(select("noise"), Format.shortest(config.noise)));
        select("layers").setValue(ensureOption(select("layers"), layersText(config.hiddenLayers)));
        select("activation").setValue(config.activation.name().toLowerCase());
        select("seed").setValue(ensureOption(select("seed"), Integer.toString(config.seed)));
        ((HTMLInputElement) Dom.byId("log-scale")).setChecked(config.logScale);
        ((HTMLInputElement) Dom.byId("examples-axis")).setChecked(config.examplesAxis);
    }

    /**
     * {@code next} with the shared settings the controls show. Option values are read by the link's rows, so a
     * rewritten one gets a notice and the last good value, never an exception.
     */
    static ControlInput.Checked<PlaygroundConfig> read(PlaygroundConfig next) {
        String dataset = select("dataset").getValue();
        next.ownData = dataset.equals("custom") && next.usesOwn();
        next.customData = next.ownData ? next.customData : null;
        next.customTable = next.ownData ? next.customTable : null;
        return ControlInput.shared(next,
                new String[] {"data", "noise", "layers", "act", "seed"},
                new String[] {next.ownData ? DatasetIds.id(next.dataset) : dataset, select("noise").getValue(),
                    select("layers").getValue(), select("activation").getValue(), select("seed").getValue()});
    }

    private static HTMLSelectElement select(String id) {
        return Dom.byId(id);
    }

    /** Adds the value as an option when a link asks for one the control does not offer. */
    private static String ensureOption(HTMLSelectElement s, String value) {
        return El.ensureOption(s, value, value.isEmpty() ? "none (linear model)" : value.replace(",", ", "));
    }

    private static String layersText(int[] layers) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < layers.length; i++) {
            s.append(i > 0 ? "," : "").append(layers[i]);
        }
        return s.toString();
    }

    /** The dataset ids the page and the URL use. */
    static final class DatasetIds {
        private DatasetIds() {
        }

        static String id(DatasetKind kind) {
            return kind.name().toLowerCase();
        }

        static DatasetKind kind(String id) {
            for (DatasetKind k : DatasetKind.values()) {
                if (id(k).equals(id)) {
                    return k;
                }
            }
            return DatasetKind.CIRCLE;
        }
    }
}
