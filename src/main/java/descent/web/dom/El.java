package descent.web.dom;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Builds elements for parts of a page made at run time (lane cards). Text is always set as text, never as
 * HTML, so a label from a URL or a file can contain anything without becoming markup.
 */
public final class El {
    private El() {
    }

    public static HTMLElement make(String tag, String className) {
        HTMLElement e = Dom.document().createElement(tag);
        if (className != null && !className.isEmpty()) {
            e.setClassName(className);
        }
        return e;
    }

    public static HTMLElement text(String tag, String className, String text) {
        HTMLElement e = make(tag, className);
        e.setTextContent(text);
        return e;
    }

    public static HTMLButtonElement button(String label, String ariaLabel) {
        HTMLButtonElement b = (HTMLButtonElement) text("button", "", label);
        b.setAttribute("type", "button");
        if (ariaLabel != null) {
            b.setAttribute("aria-label", ariaLabel);
            b.setTitle(ariaLabel);
        }
        return b;
    }

    /** A select whose options have the given values and visible texts. */
    public static HTMLSelectElement select(String[] values, String[] texts) {
        HTMLSelectElement s = (HTMLSelectElement) make("select", "");
        for (int i = 0; i < values.length; i++) {
            s.appendChild(option(values[i], texts[i]));
        }
        return s;
    }

    /**
     * Makes sure the select offers {@code value} (a link may ask for one its options lack), adding it with
     * {@code text} at the end; returns the value, to set.
     */
    public static String ensureOption(HTMLSelectElement s, String value, String text) {
        for (int i = 0; i < s.getOptions().getLength(); i++) {
            if (s.getOptions().item(i).getValue().equals(value)) {
                return value;
            }
        }
        s.appendChild(option(value, text));
        return value;
    }

    public static HTMLOptionElement option(String value, String text) {
        HTMLOptionElement o = (HTMLOptionElement) make("option", "");
        o.setValue(value);
        o.setTextContent(text);
        return o;
    }

    public static HTMLInputElement input(String type, String className) {
        HTMLInputElement i = (HTMLInputElement) make("input", className);
        i.setType(type);
        return i;
    }

    /** A label wrapping its control, so the label is announced and clicking it focuses the control. */
    public static HTMLElement labelled(String text, HTMLElement control) {
        HTMLElement l = make("label", "");
        l.appendChild(text("span", "label-text", text));
        l.appendChild(control);
        return l;
    }

    public static void clear(HTMLElement e) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
    }
}
