package descent.web;

import descent.core.data.DatasetKind;
import descent.core.experiment.PlaygroundConfig;
import descent.core.nn.Activation;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The comparison page's controls of what every lane shares: data, noise, network, activation, seed. */
final class SharedControls {
    private SharedControls() {
    }

    static void show(PlaygroundConfig config) {
        HTMLSelectElement dataset = select("dataset");
        dataset.getOptions().item(dataset.getOptions().getLength() - 1).setDisabled(!config.usesCustomData());
        dataset.setValue(config.usesCustomData() ? "custom" : DatasetIds.id(config.dataset));
        select("noise").setValue(ensureOption(select("noise"), Format.shortest(config.noise)));
        select("layers").setValue(ensureOption(select("layers"), layersText(config.hiddenLayers)));
        select("activation").setValue(config.activation.name().toLowerCase());
        select("seed").setValue(ensureOption(select("seed"), Integer.toString(config.seed)));
        ((HTMLInputElement) Dom.byId("log-scale")).setChecked(config.logScale);
    }

    /** {@code next} with the shared settings the controls show. */
    static PlaygroundConfig read(PlaygroundConfig next) {
        String dataset = select("dataset").getValue();
        next.ownData = dataset.equals("custom") && next.usesCustomData();
        next.customData = next.ownData ? next.customData : null;
        next.dataset = next.ownData ? next.dataset : DatasetIds.kind(dataset);
        next.noise = Double.parseDouble(select("noise").getValue());
        next.hiddenLayers = parseLayers(select("layers").getValue());
        next.activation = activationNamed(select("activation").getValue());
        next.seed = Integer.parseInt(select("seed").getValue());
        return next;
    }

    private static HTMLSelectElement select(String id) {
        return Dom.byId(id);
    }

    /** Adds the value as an option when a link asks for one the control does not offer. */
    private static String ensureOption(HTMLSelectElement s, String value) {
        for (int i = 0; i < s.getOptions().getLength(); i++) {
            if (s.getOptions().item(i).getValue().equals(value)) {
                return value;
            }
        }
        s.appendChild(El.option(value, value.isEmpty() ? "none (linear model)" : value.replace(",", ", ")));
        return value;
    }

    private static String layersText(int[] layers) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < layers.length; i++) {
            s.append(i > 0 ? "," : "").append(layers[i]);
        }
        return s.toString();
    }

    private static int[] parseLayers(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }

    private static Activation activationNamed(String name) {
        for (Activation a : Activation.values()) {
            if (a.name().toLowerCase().equals(name)) {
                return a;
            }
        }
        return Activation.TANH;
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
