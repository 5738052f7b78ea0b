package descent.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code window.descent}: the page's script API, and the same calls for a host page through postMessage.
 * Every call goes through one Java function that takes the method name and one string argument and returns
 * JSON, so the two builds (JS and Wasm GC) need only one kind of callback.
 */
public final class ScriptApi {
    /** The page's side: answers a call with JSON. */
    @JSFunctor
    public interface Dispatcher extends JSObject {
        String call(String method, String argument);
    }

    private ScriptApi() {
    }

    /**
     * Installs window.descent and the message listener. A host page posts
     * {@code {descent: "metrics", args: [], id: 7}} to the iframe and receives
     * {@code {descent: "metrics", id: 7, result: …}} back at its own origin.
     */
    @JSBody(params = "dispatch", script = ""
            + "var call = function (m, a) { return JSON.parse(dispatch(m, a === undefined ? '' : String(a))); };"
            + "var api = Object.freeze({"
            + "  load: function (hash) { return call('load', hash); },"
            + "  play: function () { return call('play'); },"
            + "  pause: function () { return call('pause'); },"
            + "  step: function (n) { return call('step', n === undefined ? 1 : n); },"
            + "  lessons: function () { return call('lessons'); },"
            + "  metrics: function () { return call('metrics'); }"
            + "});"
            + "window.descent = api;"
            + "window.addEventListener('message', function (e) {"
            + "  var d = e.data;"
            + "  if (!d || typeof d !== 'object' || typeof d.descent !== 'string'"
            + "      || !Object.prototype.hasOwnProperty.call(api, d.descent)) { return; }"
            + "  var args = Array.isArray(d.args) ? d.args : [];"
            + "  var reply = {descent: d.descent, id: d.id};"
            + "  try { reply.result = api[d.descent].apply(null, args.slice(0, 1)); }"
            + "  catch (err) { reply.error = String(err && err.message || err); }"
            + "  if (e.source && e.source.postMessage) {"
            + "    e.source.postMessage(reply, e.origin && e.origin !== 'null' ? e.origin : '*'); }"
            + "});")
    public static native void install(Dispatcher dispatch);

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                String hex = Integer.toHexString(c);
                out.append("\\u");
                for (int k = hex.length(); k < 4; k++) {
                    out.append('0');
                }
                out.append(hex);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A JSON number, or null for NaN and infinities (which JSON cannot hold). */
    public static String number(double v) {
        return v - v == 0 ? Double.toString(v) : "null";
    }
}
