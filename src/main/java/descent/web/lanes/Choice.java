package descent.web.lanes;

import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * A labelled select over numbers. A value that is not among the offered ones (from a shared link, say) is
 * added as an extra option, so the control always shows the value in use.
 */
final class Choice {
    final HTMLSelectElement select;
    final HTMLElement label;
    private final double[] offered;

    Choice(String text, double[] offered, Runnable onChange) {
        this.offered = offered;
        select = (HTMLSelectElement) El.make("select", "");
        label = El.labelled(text, select);
        select.addEventListener("change", event -> onChange.run());
    }

    void set(double value) {
        El.clear(select);
        boolean found = false;
        for (double v : offered) {
            found |= v == value;
        }
        for (int i = 0; i <= offered.length; i++) {
            double v = i < offered.length ? offered[i] : value;
            if (i == offered.length && found) {
                break;
            }
            select.appendChild(El.option(Double.toString(v), Format.shortest(v)));
        }
        select.setValue(Double.toString(value));
    }

    double get() {
        try {
            return Double.parseDouble(select.getValue());
        } catch (NumberFormatException e) {
            return offered[0];
        }
    }

    void show(boolean visible) {
        label.setHidden(!visible);
    }
}
