package descent.web;

import descent.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.Set;
import java.util.TreeSet;

/**
 * The playground inside a course page's iframe: {@code ?embed=1} for the compact view, {@code hide=} (in the
 * hash) for the controls the instructor hides, and the page's content height posted to the host so that it can
 * size the frame. {@code ?theme=light|dark} is read by boot.js, before any canvas reads a colour.
 */
public final class Embed {
    /**
     * The ids {@code hide=} knows, each naming one part of the page. {@code lesson} is the lesson menu;
     * {@code lesson-text} the lesson's text and verdict (the part a course page most often keeps).
     */
    static final String[] CONTROLS = {"lesson", "lesson-text", "data", "noise", "layers", "activation", "seed",
        "lanes", "scale", "own-data", "share"};

    private Embed() {
    }

    /** At start-up: the compact view and, inside a frame, the height reports. */
    public static void start() {
        if (Dom.queryParameter("embed").equals("1")) {
            Dom.document().getBody().getClassList().add("embed");
        }
        postHeightToHost();
    }

    /**
     * Hides what {@code hide=} names. The lesson menu and the lesson text are found by their own elements (the
     * section around both carries {@code data-control=lesson} for older links' sake, but hiding it would take
     * the text away with the menu).
     */
    static void showHidden(Set<String> hidden) {
        for (String control : CONTROLS) {
            HTMLElement e = part(control);
            if (e == null) {
                continue;
            }
            if (hidden.contains(control)) {
                e.setAttribute("data-hidden-control", "");
            } else {
                e.removeAttribute("data-hidden-control");
            }
        }
    }

    private static HTMLElement part(String control) {
        if (control.equals("lesson")) {
            HTMLElement menu = Dom.document().getElementById("lesson");
            return menu == null ? null : (HTMLElement) menu.getParentNode();
        }
        if (control.equals("lesson-text")) {
            return Dom.querySelector(".lesson-text");
        }
        HTMLElement e = Dom.querySelector("[data-control=" + control + "]");
        return e == null || e.getClassName().contains("lesson-bar") ? null : e;
    }

    /**
     * The controls hidden after a {@code load(hash)}: what the embedding hid stays hidden, whatever the new
     * hash says (a host that loads a lesson into its frame does not want the menu back), plus what it adds.
     */
    static Set<String> keep(Set<String> current, Set<String> loaded) {
        Set<String> out = new TreeSet<>(current);
        out.addAll(loaded);
        return out;
    }

    /** The iframe code for a hash of the playground, as Copy embed code gives it. */
    static String code(String hash) {
        return "<iframe src=\"" + Dom.pageUrlWithoutQuery() + "?embed=1#" + hash
                + "\" title=\"Descent optimizer playground\" width=\"100%\" height=\"760\" style=\"border:0\""
                + " loading=\"lazy\"></iframe>";
    }

    /**
     * Inside a frame, posts {@code {descent: "height", height: px}} to the host whenever the content's height
     * changes (a ResizeObserver on the body, at most once per animation frame): the host sets the frame's height
     * from it, so the page never scrolls inside the course page. The height is no secret: any origin may read it.
     */
    @JSBody(script = ""
            + "if (window.parent === window || typeof ResizeObserver !== 'function') { return; }"
            + "var last = -1; var queued = false;"
            + "var report = function () {"
            + "  queued = false;"
            + "  var h = Math.ceil(document.documentElement.getBoundingClientRect().height);"
            + "  if (h !== last) { last = h; window.parent.postMessage({descent: 'height', height: h}, '*'); } };"
            + "new ResizeObserver(function () {"
            + "  if (!queued) { queued = true; requestAnimationFrame(report); } }).observe(document.body);"
            + "report();")
    private static native void postHeightToHost();
}
