package descent.web.view;

import descent.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lesson's verdict as both pages show it: one box {@code #lesson-verdict} whose {@code data-verdict} is
 * none (hidden), pending, seen, not-seen or unchecked, one short sentence in {@code #lesson-verdict-line}
 * ("✓ Seen: …" / "✗ Not seen: …") and the numbers that decided it in the smaller {@code #lesson-verdict-numbers}.
 * The index and the landscape pages share it, so a student reads one style on both (and the CSS styles one box).
 */
public final class VerdictView {
    private VerdictView() {
    }

    public static void set(String state, String line, String numbers) {
        HTMLElement box = Dom.byId("lesson-verdict");
        box.setAttribute("data-verdict", state);
        Dom.setText("lesson-verdict-line", line);
        Dom.setText("lesson-verdict-numbers", numbers);
    }

    /** "✓ Seen: " + sentence or "✗ Not seen: " + sentence, with the matching state. */
    public static void judged(boolean holds, String sentence, String numbers) {
        set(holds ? "seen" : "not-seen", (holds ? "✓ Seen: " : "✗ Not seen: ") + sentence, numbers);
    }
}
