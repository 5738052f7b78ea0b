package descent.web.dom;

import org.teavm.jso.JSBody;

/**
 * The browser's local storage, for the few things a page keeps across visits (own data, predictions, the
 * course's reading position). Storage may be missing or full (private windows, quotas): reads then give null and
 * writes say false, never an exception.
 */
public final class LocalStore {
    private LocalStore() {
    }

    /** The stored text, or null when there is none or storage cannot be read. */
    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); } catch (e) { return null; }")
    public static native String get(String key);

    /** Stores the text; whether it was stored. */
    @JSBody(params = { "key", "value" },
            script = "try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }")
    public static native boolean set(String key, String value);
}
