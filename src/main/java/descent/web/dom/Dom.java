package descent.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The few DOM calls the pages share, so that page code reads as what it does. */
public final class Dom {
    private Dom() {
    }

    public static HTMLDocument document() {
        return Window.current().getDocument();
    }

    /** The element with this id; fails loudly when the page lacks it, since that is a build mistake. */
    @SuppressWarnings("unchecked")
    public static <T extends HTMLElement> T byId(String id) {
        HTMLElement element = document().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("page has no element #" + id);
        }
        return (T) element;
    }

    /**
     * Sets text, never HTML: nothing the page shows is parsed as markup. Unchanged text is left alone — a
     * rewrite makes a new text node, costs a relayout and counts as a new "largest paint" for the audit.
     */
    public static void setText(String id, String text) {
        HTMLElement e = byId(id);
        if (!text.equals(e.getTextContent())) {
            e.setTextContent(text);
        }
    }

    public static void onClick(String id, Runnable action) {
        byId(id).addEventListener("click", event -> action.run());
    }

    public static void onChange(String id, Runnable action) {
        byId(id).addEventListener("change", event -> action.run());
    }

    /** The value of a query parameter ("" when absent). */
    @JSBody(params = "name", script = "return new URLSearchParams(window.location.search).get(name) || '';")
    public static native String queryParameter(String name);

    /** location.hash, with its leading '#'. */
    @JSBody(script = "return window.location.hash || '';")
    public static native String locationHash();

    /** Writes the hash without adding a history entry or firing hashchange. */
    @JSBody(params = "hash", script = "history.replaceState(history.state, '', hash ? '#' + hash : "
            + "window.location.pathname + window.location.search);")
    public static native void replaceHash(String hash);

    @JSBody(script = "return window.location.href.split('#')[0];")
    public static native String pageUrlWithoutHash();

    @JSBody(script = "return window.location.href.split('#')[0].split('?')[0];")
    public static native String pageUrlWithoutQuery();

    @JSBody(params = "selector", script = "return document.querySelector(selector);")
    public static native HTMLElement querySelector(String selector);

    /** Sets one CSS property through the CSSOM, which a strict content policy allows (style attributes it blocks). */
    @JSBody(params = { "element", "name", "value" }, script = "element.style.setProperty(name, value);")
    public static native void setStyle(HTMLElement element, String name, String value);

    /** Offers text as a file download with this name (a Blob and a temporary object URL; no server). */
    @JSBody(params = { "name", "type", "text" }, script = ""
            + "var url = URL.createObjectURL(new Blob([text], {type: type}));"
            + "var a = document.createElement('a'); a.href = url; a.download = name;"
            + "document.body.appendChild(a); a.click(); a.remove();"
            + "setTimeout(function () { URL.revokeObjectURL(url); }, 10000);")
    public static native void downloadText(String name, String type, String text);

    /** Offers a canvas as a PNG download with this name. */
    @JSBody(params = { "canvas", "name" }, script = ""
            + "canvas.toBlob(function (blob) { if (!blob) { return; }"
            + "  var url = URL.createObjectURL(blob);"
            + "  var a = document.createElement('a'); a.href = url; a.download = name;"
            + "  document.body.appendChild(a); a.click(); a.remove();"
            + "  setTimeout(function () { URL.revokeObjectURL(url); }, 10000); }, 'image/png');")
    public static native void downloadCanvas(JSObject canvas, String name);

    /** Opens a page of the site (a relative address). */
    @JSBody(params = "href", script = "window.location.href = href;")
    public static native void navigate(String href);

    @JSBody(params = "text", script = "return encodeURIComponent(text);")
    public static native String encodeUriComponent(String text);

    @JSBody(script = "return window.devicePixelRatio || 1;")
    public static native double devicePixelRatio();

    private static final java.util.Map<String, String> CSS_VARIABLES = new java.util.HashMap<>();

    /**
     * A CSS custom property of the root element, trimmed ("#1f6fb2"). Read once per name: getComputedStyle
     * forces a style recalculation, and views are built while the page is still being laid out.
     */
    public static String cssVariable(String name) {
        String value = CSS_VARIABLES.get(name);
        if (value == null) {
            value = readCssVariable(name);
            CSS_VARIABLES.put(name, value);
        }
        return value;
    }

    @JSBody(params = "name", script = "return getComputedStyle(document.documentElement).getPropertyValue(name).trim();")
    private static native String readCssVariable(String name);

    @JSBody(params = "name", script = "return document.body.getAttribute(name) || '';")
    public static native String bodyAttribute(String name);

    @JSBody(script = "return document.documentElement.getAttribute('data-engine') || 'js';")
    public static native String engine();

    @JSBody(params = "text", script = "console.log(text);")
    public static native void log(String text);

    @JSBody(params = "query", script = "return window.matchMedia(query).matches;")
    public static native boolean matchesMedia(String query);

    @JSBody(params = { "target", "name", "value" }, script = "target[name] = value;")
    public static native void setProperty(JSObject target, String name, JSObject value);
}
