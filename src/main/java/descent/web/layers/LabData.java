package descent.web.layers;

import descent.core.data.table.ShippedData;
import descent.core.data.table.TableKind;
import descent.web.TableFiles;
import descent.web.dom.Dom;

/**
 * The lab's data on the page: the circle at once, a shipped table (the 8×8 digits) once {@link TableFiles} has
 * read its file. While the file loads the page says so (and the body carries data-loading, which tests and
 * hosts wait on); if it fails the page says why and the lab stays on what it had.
 */
final class LabData {
    /** What a load gives: "" once the table is there, else the sentence shown. */
    interface Ready {
        void done(String error);
    }

    private TableKind pending;
    private Ready then;

    /** Whether the lab can be built on this data now: the circle, or a table already read. */
    static boolean ready(TableKind kind) {
        return kind == null || !kind.isShipped() || TableFiles.cached(kind) != null;
    }

    /** The table being loaded for the lab, or null (none, or the reader chose other data meanwhile). */
    TableKind pending() {
        return then != null ? pending : null;
    }

    /** The lab no longer waits for the file: it still loads (and is kept), but switches nothing. */
    void cancel() {
        then = null;
    }

    /** Reads the kind's file (once, however often asked while it loads); {@code ready} runs when it is in. */
    void load(TableKind kind, Ready ready) {
        then = ready;
        if (pending == kind) {
            return;
        }
        pending = kind;
        ShippedData file = kind.shipped();
        Dom.setText("lab-data-status", "Loading " + file.title() + " (data/" + file.file() + ")…");
        Dom.byId("lab-data-status").setHidden(false);
        Dom.byId("lab-data-status").setAttribute("data-error", "");
        Dom.document().getBody().setAttribute("data-loading", kind.id());
        TableFiles.load(kind, (table, error) -> {
            Ready waiting = then;
            then = null;
            pending = null;
            Dom.document().getBody().removeAttribute("data-loading");
            String problem = table != null ? "" : file.title() + ": " + error + " — the lab stays on the circle.";
            Dom.setText("lab-data-status", problem);
            Dom.byId("lab-data-status").setHidden(problem.isEmpty());
            Dom.byId("lab-data-status").setAttribute("data-error", table != null ? "" : "true");
            if (waiting != null) {
                waiting.done(problem);
            }
        });
    }

    /** The sentence under the controls: what the network is and, for a shipped table, where the data come from. */
    static String networkNote(TableKind kind) {
        String tail = " Statistics are measured on 100 training examples.";
        if (kind == null) {
            return "The network: 2 inputs (the circle data, standardized) → D hidden layers of W units → 1 sigmoid "
                    + "output, cross-entropy, plain SGD." + tail;
        }
        return "The network: " + kind.inputs() + " pixel inputs → D hidden layers of W → " + kind.classes()
                + " classes, softmax cross-entropy, plain SGD (the 8×8 digits, each pixel standardized with the "
                + "training half's mean and deviation; accuracy on the other half)." + tail
                + " Data: UCI optical digits (Alpaydin & Kaynak 1998) via scikit-learn's load_digits, "
                + kind.shipped().licence() + ".";
    }
}
