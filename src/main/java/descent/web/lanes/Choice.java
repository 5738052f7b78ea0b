package descent.web.lanes;

import descent.web.dom.El;
import descent.web.state.ControlInput;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * A labelled select over numbers. A value that is not among the offered ones (from a shared link, say) is
 * added as an extra option, so the control always shows the value in use. Option values are the link's
 * number syntax, so that {@link ControlInput} reads them with the link's rules.
 */
final class Choice {
    final HTMLSelectElement select;
    final HTMLElement label;
    private final double[] offered;
    /**
     * Each number's option value and label, made once for every card: both go through Double.toString, which is
     * slow in the page (TeaVM's emulated long arithmetic), and was most of building a lane card.
     */
    private static final java.util.Map<Double, String[]> TEXTS = new java.util.HashMap<>();
    /** A link's own numbers are added too: past this many the cache starts over. */
    private static final int MAX_TEXTS = 1024;

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
            String[] t = texts(v);
            select.appendChild(El.option(t[0], t[1]));
        }
        select.setValue(texts(value)[0]);
    }

    private static String[] texts(double v) {
        String[] t = TEXTS.get(v);
        if (t == null) {
            if (TEXTS.size() >= MAX_TEXTS) {
                TEXTS.clear();
            }
            t = new String[] {ControlInput.optionValue(v), Format.shortest(v)};
            TEXTS.put(v, t);
        }
        return t;
    }

    /** The selected option's value as text, unchecked: it may have been rewritten, so the caller checks it. */
    String raw() {
        return select.getValue();
    }

    void show(boolean visible) {
        label.setHidden(!visible);
    }
}
