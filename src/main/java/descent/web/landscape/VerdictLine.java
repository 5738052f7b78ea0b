package descent.web.landscape;

import descent.core.landscape.LessonVerdict;
import descent.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lesson's verdict under its text: "Seen: …" or "Not seen: …" in one sentence, the numbers in a smaller line.
 * Hidden in free play; pending (invisible, its space kept) while the race replays: the claim is about the
 * finished run.
 */
final class VerdictLine {
    private LessonVerdict verdict;

    void set(LessonVerdict v) {
        verdict = v;
        HTMLElement box = Dom.byId("land-verdict");
        if (v == null) {
            box.setAttribute("hidden", "");
            box.removeAttribute("data-holds");
            return;
        }
        box.setAttribute("data-holds", v.holds() ? "true" : "false");
        Dom.setText("land-verdict-icon", v.holds() ? "✓" : "✗");
        Dom.setText("land-verdict-text", v.sentence());
        Dom.setText("land-verdict-numbers", v.numbers());
        box.removeAttribute("hidden");
        box.setAttribute("data-pending", "true");
    }

    /** Shows the verdict once the replay has finished. */
    void reveal(boolean finished) {
        HTMLElement box = Dom.byId("land-verdict");
        // kept in the layout while pending (visibility only), so the charts below do not jump when it appears
        if (verdict != null && finished) {
            box.removeAttribute("data-pending");
        } else if (verdict != null) {
            box.setAttribute("data-pending", "true");
        }
    }
}
