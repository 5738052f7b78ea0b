package descent.web;

import descent.core.data.table.LoadedTables;
import descent.core.data.table.Table;
import descent.core.data.table.TableKind;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The shipped real datasets, read from the site's own data/ folder (precached by the service worker, so they
 * load offline too) and parsed once per page. Never fetched from anywhere else.
 */
public final class TableFiles {
    /** What a load gives: the table, or null and a sentence saying why not. */
    public interface Done {
        void loaded(Table table, String error);
    }

    private TableFiles() {
    }

    /** The kind's table if this page has already read it, else null. */
    public static Table cached(TableKind kind) {
        return LoadedTables.get(kind.shipped());
    }

    /** Reads data/&lt;file&gt; asynchronously; {@code done} runs once, on the main thread. */
    public static void load(TableKind kind, Done done) {
        String file = kind.shipped().file();
        XMLHttpRequest request = new XMLHttpRequest();
        request.open("GET", "data/" + file);
        request.setResponseType("arraybuffer");
        request.onComplete(() -> {
            int status = request.getStatus();
            if (status != 200 || request.getResponse() == null) {
                done.loaded(null, "could not read data/" + file + " (" + (status == 0 ? "offline and not cached"
                        : "HTTP " + status) + "): kept the previous data");
                return;
            }
            try {
                byte[] bytes = new Int8Array((ArrayBuffer) request.getResponse()).copyToJavaArray();
                Table table = kind.shipped().parse(bytes);
                LoadedTables.put(kind.shipped(), table);
                done.loaded(table, "");
            } catch (IllegalArgumentException e) {
                done.loaded(null, "data/" + file + " is damaged (" + e.getMessage() + "): kept the previous data");
            }
        });
        request.send();
    }
}
