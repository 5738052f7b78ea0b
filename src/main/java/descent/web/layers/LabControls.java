package descent.web.layers;

import descent.core.data.table.TableKind;
import descent.core.experiment.LayerLab;
import descent.core.nn.Init;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** Writes the lab's settings onto the page's controls (the page reads them back in LayersPage). */
final class LabControls {
    private LabControls() {
    }

    static HTMLSelectElement select(String id) {
        return Dom.byId(id);
    }

    /** The value, added as an option (shown as itself) when the control lacks it. */
    static String option(HTMLSelectElement s, String value) {
        return El.ensureOption(s, value, value);
    }

    /** The settings on the controls; the data control shows a table still loading as chosen. */
    static void show(LayerLab.Settings settings, TableKind pending) {
        select("lab-depth").setValue(Integer.toString(settings.depth));
        select("lab-width").setValue(option(select("lab-width"), Integer.toString(settings.width)));
        select("lab-activation").setValue(LayersLink.activationId(settings.activation));
        select("lab-init").setValue(settings.init.id());
        ((HTMLInputElement) Dom.byId("lab-scale")).setValue(Integer.toString(LayersPage.nearestScale(settings.scale)));
        Dom.setText("lab-scale-value", Format.shortest(settings.scale));
        select("lab-gain").setValue(option(select("lab-gain"), LayersLink.number(settings.gain)));
        select("lab-k").setValue(option(select("lab-k"), Integer.toString(settings.nonZero)));
        select("lab-bn").setValue(settings.placement.id());
        select("lab-lr").setValue(option(select("lab-lr"), LayersLink.number(settings.learningRate)));
        select("lab-batch").setValue(option(select("lab-batch"), Integer.toString(settings.batchSize)));
        select("lab-seed").setValue(option(select("lab-seed"), Integer.toString(settings.seed)));
        Dom.byId("lab-gain-box").setHidden(settings.init != Init.ORTHOGONAL);
        select("lab-data").setValue(LayersLink.dataId(pending != null ? pending : settings.table));
        Dom.setText("lab-net-note", LabData.networkNote(settings.table));
        Dom.byId("lab-k-box").setHidden(settings.init != Init.SPARSE);
    }
}
