package descent.web.course;

import descent.web.dom.LocalStore;
import descent.core.experiment.Lesson;
import descent.core.experiment.Lessons;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.landscape.LandscapeLink;
import descent.web.state.DecodedState;
import descent.web.state.HashState;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The course's pages ({@code course.html}, the contents, and one {@code course-*.html} per chapter). A chapter is
 * static prose; each {@code <figure class="live" data-state="lesson=…">} in it becomes a live figure: the
 * playground's compact view of that state in a frame (the embed rules apply: {@code ?embed=1}; the landscape
 * lab's with {@code data-lab="landscape"}), sized by the
 * height the frame posts, with a link that opens the same state in the full lab. The page remembers the chapter
 * a reader is on, so that the contents can offer to continue there.
 *
 * <p>A figure's state is decoded as the playground would decode it; a state it would change (a typo, a value
 * out of range) shows the notice in place of the figure, so an instructor sees the mistake at once.
 */
public final class CoursePage {
    static final String POSITION_KEY = "descent.course.at";
    private static final String LAB = "index.html";
    private static final String LANDSCAPE = "landscape.html";

    public void start() {
        if ("contents".equals(Dom.bodyAttribute("data-course"))) {
            offerToContinue();
        } else {
            remember(lastSegment(Dom.pageUrlWithoutQuery()));
            NodeList<? extends Element> figures = Dom.document().querySelectorAll("figure.live[data-state]");
            for (int i = 0; i < figures.getLength(); i++) {
                build((HTMLElement) figures.get(i), i + 1);
            }
            followHeights();
        }
        Dom.document().getBody().setAttribute("data-ready", "true");
    }

    private static void build(HTMLElement figure, int number) {
        String state = figure.getAttribute("data-state");
        boolean landscape = "landscape".equals(figure.getAttribute("data-lab"));
        String lab = landscape ? LANDSCAPE : LAB;
        String title;
        String why;
        if (landscape) {
            List<String> notices = LandscapeLink.noticesOf(state);
            LandscapeLesson lesson = LandscapeLessons.find(LandscapeLink.lessonOf(state));
            title = lesson == null ? "" : lesson.title();
            why = !notices.isEmpty() ? String.join(" ", notices) : lesson == null ? "it names no lesson of the landscape lab" : "";
        } else {
            DecodedState decoded = HashState.decode(state);
            Lesson lesson = decoded.config().lesson.isEmpty() ? null : Lessons.byId(decoded.config().lesson);
            title = lesson == null ? "" : lesson.title();
            why = !decoded.isClean() ? String.join(" ", decoded.notices()) : lesson == null ? "it names no lesson of the playground" : "";
        }
        HTMLElement caption = (HTMLElement) figure.querySelector("figcaption");
        if (!why.isEmpty()) {
            HTMLElement note = El.text("p", "course-figure-error", "Figure " + number + " cannot be shown: " + why);
            figure.insertBefore(note, caption);
            figure.setAttribute("data-figure", "failed");
            return;
        }
        HTMLElement frame = El.make("iframe", "course-frame");
        frame.setAttribute("src", lab + "?embed=1#" + state);
        frame.setAttribute("title", "Live figure " + number + ": " + title);
        frame.setAttribute("loading", "lazy");
        figure.insertBefore(frame, caption);
        HTMLElement link = El.text("a", "course-lab-link", "Open this figure in the lab");
        link.setAttribute("href", lab + "#" + withoutHide(state));
        HTMLElement line = El.make("p", "course-lab-line");
        line.appendChild(link);
        if (caption != null) {
            caption.appendChild(line);
        } else {
            figure.appendChild(line);
        }
        figure.setAttribute("data-figure", "live");
    }

    /** The state for the full lab: every control back (a figure hides some to keep the frame small). */
    static String withoutHide(String state) {
        StringBuilder kept = new StringBuilder();
        for (String part : state.split("&")) {
            if (!part.startsWith("hide=") && !part.isEmpty()) {
                kept.append(kept.length() == 0 ? "" : "&").append(part);
            }
        }
        return kept.toString();
    }

    /** The contents page's "continue" line, for a stored chapter that the contents list (and only then). */
    private static void offerToContinue() {
        String at = LocalStore.get(POSITION_KEY);
        if (at == null || at.isEmpty()) {
            return;
        }
        NodeList<? extends Element> links = Dom.document().querySelectorAll("#chapters a[href]");
        for (int i = 0; i < links.getLength(); i++) {
            HTMLElement a = (HTMLElement) links.get(i);
            if (a.getAttribute("href").equals(at)) {
                HTMLElement target = Dom.byId("course-continue-link");
                target.setAttribute("href", at);
                target.setTextContent(a.getTextContent());
                Dom.byId("course-continue").removeAttribute("hidden");
                return;
            }
        }
    }

    private static String lastSegment(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? url : url.substring(slash + 1);
    }

    private static void remember(String chapter) {
        LocalStore.set(POSITION_KEY, chapter);
    }



    /**
     * Sizes each figure's frame by the content height it posts ({@code {descent: "height", height: px}}), taking
     * the message only from that frame's own window and only a sensible number.
     */
    @JSBody(script = "window.addEventListener('message', function (e) {"
            + "  var d = e.data;"
            + "  if (!d || typeof d !== 'object' || d.descent !== 'height' || typeof d.height !== 'number'"
            + "      || !(d.height >= 200 && d.height <= 6000)) { return; }"
            + "  var frames = document.querySelectorAll('iframe.course-frame');"
            + "  for (var i = 0; i < frames.length; i++) {"
            + "    if (frames[i].contentWindow === e.source) { frames[i].style.height = Math.ceil(d.height) + 'px'; }"
            + "  }"
            + "});")
    private static native void followHeights();
}
