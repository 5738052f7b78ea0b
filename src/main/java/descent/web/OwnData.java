package descent.web;

import descent.web.dom.LocalStore;
import descent.core.data.CsvImport;
import descent.core.data.Dataset;
import descent.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The learner's own data: pasted or dropped CSV, or points added by clicking on a map. The data is kept in
 * this browser's local storage (links carry only the flag {@code own=1}), and a file that does not parse
 * leaves the data in use as it was.
 */
final class OwnData {
    private static final String STORAGE_KEY = "descent.own-data.csv";

    /** What the page does with new data. */
    interface Sink {
        void useOwnData(CsvImport.Result data);
    }

    /** A dropped file: its text, or null (unread) when its {@code size} in bytes is over the limit. */
    @JSFunctor
    interface FileCallback extends JSObject {
        void file(String text, double size);
    }

    /** A paste refused before it reached the text area, with its length in characters. */
    @JSFunctor
    interface PasteCallback extends JSObject {
        void refused(double length);
    }

    private final Sink sink;
    private final HTMLTextAreaElement area = Dom.byId("csv");
    private final HTMLElement message = Dom.byId("csv-message");

    OwnData(Sink sink) {
        this.sink = sink;
        Dom.onClick("csv-load", () -> use(area.getValue()));
        // Size first, before anything is shown or parsed: a huge text in a text area alone freezes the page.
        onFileDrop(area, CsvImport.MAX_CHARS, (text, size) -> {
            String large = text == null ? CsvImport.tooLarge(size) : CsvImport.tooLarge(text);
            if (large != null) {
                refuse(large);
                return;
            }
            if (use(text)) {
                area.setValue(text);
            }
        });
        onLargePaste(area, CsvImport.MAX_CHARS, length -> refuse(CsvImport.tooLarge(length)));
    }

    /** The stored data as it reads now, or null when none is stored. */
    static CsvImport.Result stored() {
        String text = LocalStore.get(STORAGE_KEY);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return CsvImport.parse(text);
    }

    void refuse(String why) {
        say("Not used: " + why + ". The data in use has not changed.", true);
    }

    /** Reads and uses {@code text}; returns whether it was used. */
    private boolean use(String text) {
        String large = CsvImport.tooLarge(text);
        if (large != null) {
            refuse(large);
            return false;
        }
        CsvImport.Result r = CsvImport.parse(text);
        if (!r.ok()) {
            refuse(r.error());
            return false;
        }
        String what = r.table() == null ? r.size() + " points"
                : "table of " + r.size() + " rows, " + r.table().dimension() + " input"
                + (r.table().dimension() == 1 ? "" : "s") + " and " + r.table().classCount() + " classes";
        if (!LocalStore.set(STORAGE_KEY, text)) {
            say("Using " + (r.table() == null ? "" : "a ") + what + "; this browser does not let the page store it, "
                    + "so a reload will lose it.", false);
        } else {
            say("Using your " + what + (r.note().isEmpty() ? "" : " (" + r.note() + ")") + ".", false);
        }
        sink.useOwnData(r);
        return true;
    }

    /** Adds one point to the data in use (own or generated) and switches to own data. */
    void addPoint(Dataset current, double x, double y, int label) {
        StringBuilder csv = new StringBuilder(current.isClassification() ? "x,y,label\n" : "x,y,target\n");
        for (int i = 0; i < current.size(); i++) {
            csv.append(current.x0(i)).append(',').append(current.x1(i)).append(',').append(format(current.y(i))).append('\n');
        }
        csv.append(x).append(',').append(y).append(',').append(label).append('\n');
        area.setValue(csv.toString());
        use(csv.toString());
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Integer.toString((int) v) : Double.toString(v);
    }

    private void say(String text, boolean error) {
        message.setTextContent(text);
        message.setClassName(error ? "message error" : "message");
    }



    @JSBody(params = { "target", "limit", "callback" }, script = ""
            + "target.addEventListener('dragover', function (e) { e.preventDefault(); });"
            + "target.addEventListener('drop', function (e) {"
            + "  e.preventDefault();"
            + "  var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];"
            + "  if (!file) { return; }"
            + "  if (file.size > limit) { callback(null, file.size); return; }"
            + "  file.text().then(function (t) { callback(t, file.size); }, function () { callback('', 0); });"
            + "});")
    private static native void onFileDrop(HTMLElement target, int limit, FileCallback callback);

    /** Stops a paste longer than {@code limit} characters before the text area takes it. */
    @JSBody(params = { "target", "limit", "callback" }, script = ""
            + "target.addEventListener('paste', function (e) {"
            + "  var t = e.clipboardData ? e.clipboardData.getData('text') : '';"
            + "  if (t.length + target.value.length > limit) { e.preventDefault(); callback(t.length + target.value.length); }"
            + "});")
    private static native void onLargePaste(HTMLElement target, int limit, PasteCallback callback);
}
