package descent.web.lanes;

import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Why Newton, BFGS, L-BFGS and CG are greyed out: one note per lane board, just above it. The reason is the
 * network's and the batch's, the same for every lane, so repeating it in each card only buries the cards.
 */
final class SecondOrderNote {
    private static final String CLASS = "second-order-note";

    private SecondOrderNote() {
    }

    /** Shows (or hides, for "") the note above the board that holds this card; nothing while it has none. */
    static void show(HTMLElement card, String reason) {
        HTMLElement board = (HTMLElement) card.getParentNode();
        if (board == null || board.getParentNode() == null) {
            return;
        }
        Node before = board.getPreviousSibling();
        while (before != null && before.getNodeType() != Node.ELEMENT_NODE) {
            before = before.getPreviousSibling();
        }
        HTMLElement note = before == null ? null : (HTMLElement) before;
        if (note == null || !note.getClassName().contains(CLASS)) {
            note = El.make("p", "lane-note " + CLASS);
            note.setAttribute("role", "note");
            board.getParentNode().insertBefore(note, board);
        }
        String text = reason.isEmpty() ? ""
                : "Newton, BFGS, L-BFGS and CG are offered for full batch and small networks: " + reason + ".";
        if (!text.equals(note.getTextContent())) {
            note.setTextContent(text);
        }
        note.setHidden(reason.isEmpty());
    }
}
