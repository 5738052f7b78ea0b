package descent.web;

import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * Copy link and Copy embed code: the text goes into the box (selected) and to the clipboard, and a status line
 * says which of the two happened — visible, and announced by screen readers (role=status, aria-live).
 */
final class Share {
    private Share() {
    }

    /** {@code what} names the text for the status line: "link", "embed code". */
    static void copy(String text, String what) {
        HTMLTextAreaElement area = Dom.byId("share-text");
        area.setValue(text);
        copyToClipboard(area, text, status(), "Copied the " + what + " to the clipboard.",
                "The " + what + " is in the box below, selected: copy it with Ctrl+C (⌘C on a Mac).");
    }

    /** The status line under the share buttons (made on first use, so the page's markup needs none). */
    private static HTMLElement status() {
        HTMLElement line = Dom.document().getElementById("share-status");
        if (line == null) {
            line = El.make("p", "share-status");
            line.setAttribute("id", "share-status");
            line.setAttribute("role", "status");
            line.setAttribute("aria-live", "polite");
            HTMLElement buttons = (HTMLElement) Dom.byId("copy-link").getParentNode();
            buttons.getParentNode().insertBefore(line, buttons.getNextSibling());
        }
        return line;
    }

    @JSBody(params = { "area", "text", "status", "copied", "selected" }, script = ""
            + "area.select();"
            + "var say = function (t) { status.textContent = ''; setTimeout(function () { status.textContent = t; }, 30); };"
            + "if (navigator.clipboard && window.isSecureContext) {"
            + "  navigator.clipboard.writeText(text).then(function () { say(copied); },"
            + "    function () { say(selected); });"
            + "} else { say(selected); }")
    private static native void copyToClipboard(HTMLElement area, String text, HTMLElement status, String copied,
            String selected);
}
