package descent.web.lanes;

import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLElement;

/** The pieces of a chart's legend: a lane's line swatch, and the key to what a chart's line styles mean. */
final class ChartLegend {
    private ChartLegend() {
    }

    /** Lane i's colour and dash as a short line; {@code averaged} adds the diamond of its averaged model. */
    static HTMLElement swatch(int lane, boolean averaged) {
        HTMLElement box = El.make("span", "swatch-group");
        HTMLElement line = El.make("span", "swatch line");
        Dom.setStyle(line, "border-top", "3px " + cssDash(lane) + " " + LaneStyle.colour(lane));
        box.appendChild(line);
        if (averaged) {
            HTMLElement diamond = El.text("span", "swatch-diamond", "◇");
            Dom.setStyle(diamond, "color", LaneStyle.colour(lane));
            box.appendChild(diamond);
        }
        return box;
    }

    static void key(HTMLElement key, int kind) {
        if (kind == MetricChart.LOSS) {
            item(key, "key-strong", "strong line: training loss");
            item(key, "key-faint", "faint line: validation loss");
            item(key, "key-ring", "lowest validation loss, where early stopping would stop");
        } else if (kind == MetricChart.GRADIENT) {
            item(key, "", "‖g‖: the norm of each step's gradient on its minibatch, before clipping");
        } else if (kind == MetricChart.STEP) {
            item(key, "", "‖Δθ‖ = ‖θₖ − θₖ₋₁‖: how far each update moved the weights (always a log scale)");
        } else {
            item(key, "", "‖W‖: the norm of all weight matrices together (biases excluded), what weight decay pulls "
                    + "towards 0");
        }
    }

    private static void item(HTMLElement key, String symbolClass, String text) {
        HTMLElement item = El.make("span", "key-item");
        if (!symbolClass.isEmpty()) {
            item.appendChild(El.make("span", "key-symbol " + symbolClass));
        }
        item.appendChild(El.text("span", "", text));
        key.appendChild(item);
    }

    private static String cssDash(int lane) {
        String name = LaneStyle.dashName(lane);
        return name.equals("solid") ? "solid" : name.contains("dot") ? "dotted" : "dashed";
    }
}
