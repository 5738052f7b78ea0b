package descent.web;

import descent.core.data.table.Table;
import descent.core.experiment.Race;
import descent.web.dom.Dom;
import descent.web.view.ClassPalette;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The words under "Maps:" say what the colours and axes of the lanes' maps are for the data in use: the two
 * classes' ramp on the plane, each class's colour by name for a K-class table, and no key at all when the
 * data have no plane (the digits' 64 inputs).
 */
final class MapKey {
    private static final String PLANE_COLOURS = "the network's output, class 0 (orange) to class 1 (blue), paler "
            + "where it is unsure; for regression, low to high";
    private static final String PLANE_AXES = "axes: the inputs x₁ (across) and x₂ (up), −6 to 6";

    private MapKey() {
    }

    static void show(Race race) {
        HTMLElement key = Dom.byId("map-key");
        HTMLElement colours = Dom.byId("map-key-colours");
        HTMLElement axes = Dom.byId("map-key-axes");
        if (race.table() == null) {
            key.setHidden(false);
            colours.setTextContent(PLANE_COLOURS);
            axes.setTextContent(PLANE_AXES);
            return;
        }
        Table t = race.table().train();
        key.setHidden(t.dimension() != 2);
        StringBuilder s = new StringBuilder("each region in the colour of the class the network picks there: ");
        for (int k = 0; k < t.classCount(); k++) {
            s.append(k > 0 ? ", " : "").append(t.className(k)).append(" (").append(ClassPalette.name(k)).append(')');
        }
        colours.setTextContent(s.append("; paler where it is unsure").toString());
        if (t.dimension() == 2) {
            axes.setTextContent("axes: " + t.featureName(0) + " (across) and " + t.featureName(1)
                    + " (up), standardized: 0 is the training mean, 1 a standard deviation");
        }
    }
}
