package descent.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code window.descent}: the page's script API, and the same calls for a host page through postMessage.
 * Every call goes through one Java function that takes the method name and one string argument and returns
 * JSON, so the two builds (JS and Wasm GC) need only one kind of callback. A call the page does not know, or
 * an argument it cannot use ({@code step('abc')}), throws an Error on {@code window.descent} and gets
 * {@code {descent, id, error}} back over postMessage; nothing is done in either case.
 *
 * <p>On pages that train ({@link #serve}), {@code step(n)} is asynchronous: it returns a Promise of the steps
 * taken and runs them in slices of a few milliseconds between which the page draws and answers input, so
 * that no call, however large, freezes the page or its host; step calls made meanwhile wait their turn, and
 * a host's messages are answered in the order they came. The page redraws once, when the last slice is done.
 */
public final class ScriptApi {
    /** The page's side: answers a call with JSON, or with {@link #ERROR} and a message. */
    @JSFunctor
    public interface Dispatcher extends JSObject {
        String call(String method, String argument);
    }

    /** The calls every page with lanes answers; {@link #serve} checks the arguments before they get here. */
    public interface Calls {
        /** Applies a state (the part after '#'); the notices, as a JSON list. */
        String load(String hash);

        void play();

        void pause();

        /** Takes n steps synchronously (0 ≤ n ≤ {@link #MAX_STEPS}) and redraws. */
        void step(int n);

        /**
         * One slice of an asynchronous step(n): up to n steps (pausing the page's own loop), without redrawing;
         * returns how many were taken (fewer once every lane has diverged or converged).
         */
        int advance(int n);

        /** {@code [{id, title}, …]}. */
        String lessons();

        String metrics();

        /**
         * Whether a host page on another origin may make this call over postMessage: {@code "true"}, or
         * {@link #ERROR} and why not. Asked before every such call; the page's own script is never asked.
         */
        default String hostMay(String method, String argument) {
            return "true";
        }

        /** The most steps one step(n) takes on this page now: {@link #MAX_STEPS}, or fewer on heavy work. */
        default int maxSteps() {
            return MAX_STEPS;
        }
    }

    /**
     * A page whose engine trains in a worker: step(n) is one command there, answered later through
     * {@link #stepDone}. Returns the call's id, or -1 where the page steps in slices of its own.
     */
    public interface AsyncSteps {
        int stepAsync(int n);
    }

    /** Marks an answer as an error: the rest is the message. JSON never starts with it. */
    public static final String ERROR = "!";
    /** The most steps one {@code step(n)} call takes, so that a typo cannot freeze the tab for minutes. */
    public static final int MAX_STEPS = descent.core.experiment.StepBudget.MAX_STEPS;

    private ScriptApi() {
    }

    /** Installs window.descent and the message listener for a page that implements the standard calls. */
    public static void serve(Calls calls) {
        serve(calls, n -> -1);
    }

    /** As {@link #serve(Calls)}, for a page whose step(n) may run asynchronously elsewhere. */
    public static void serve(Calls calls, AsyncSteps async) {
        install((method, argument) -> method.equals("async-step")
                ? Integer.toString(async.stepAsync((int) parseSteps(argument)))
                : dispatch(calls, method, argument), true);
    }

    /** The asynchronous step call {@code id} took {@code taken} steps: its Promise resolves (after the page drew). */
    @JSBody(params = {"id", "taken"}, script = "if (self.descentStepDone) { self.descentStepDone(id, taken); }")
    public static native void stepDone(int id, int taken);

    /** Installs window.descent for a page with calls of its own, whose step(n) is cheap and synchronous. */
    public static void install(Dispatcher dispatch) {
        install(dispatch, false);
    }

    static String dispatch(Calls calls, String method, String argument) {
        switch (method) {
            case "load":
                return calls.load(argument);
            case "play":
                calls.play();
                return "true";
            case "pause":
                calls.pause();
                return "true";
            case "step": {
                double n = parseSteps(argument);
                if (n != n) {
                    return ERROR + "step(n) takes a number of steps from 0 to " + MAX_STEPS + ", not "
                            + quote(argument);
                }
                int steps = Math.min((int) n, calls.maxSteps());
                calls.step(steps);
                return Integer.toString(steps);
            }
            case "count": { // the JS side's check of step(n)'s argument before it slices
                double n = parseSteps(argument);
                return n != n ? ERROR + "step(n) takes a number of steps from 0 to " + MAX_STEPS + ", not "
                        + quote(argument) : Integer.toString(Math.min((int) n, calls.maxSteps()));
            }
            case "advance": {
                double n = parseSteps(argument);
                return n != n ? ERROR + "advance takes a number" : Integer.toString(calls.advance((int) n));
            }
            case "lessons":
                return calls.lessons();
            case "metrics":
                return calls.metrics();
            default:
                if (method.startsWith("host:")) { // the message listener's question before a cross-origin call
                    return calls.hostMay(method.substring(5), argument);
                }
                return ERROR + "unknown call " + quote(method);
        }
    }

    /** n from "25" (JS numbers arrive as their string), clamped to [0, MAX_STEPS]; NaN when it is no number. */
    static double parseSteps(String argument) {
        double n;
        try {
            n = Double.parseDouble(argument.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (n != n || argument.trim().isEmpty()) {
            return Double.NaN;
        }
        return n < 0 ? 0 : n > MAX_STEPS ? MAX_STEPS : Math.floor(n);
    }

    /**
     * Installs window.descent and the message listener. A host page posts
     * {@code {descent: "metrics", args: [], id: 7}} to the iframe and receives
     * {@code {descent: "metrics", id: 7, result: …}} back at its own origin, or {@code {…, error: "…"}}.
     * Arguments are checked by type here (step needs a number, load a string), then by value in Java.
     */
    @JSBody(params = { "dispatch", "sliced" }, script = ""
            + "var call = function (m, a) {"
            + "  var r = dispatch(m, a === undefined ? '' : String(a));"
            + "  if (r.charAt(0) === '!') { throw new Error(r.substring(1)); }"
            + "  return JSON.parse(r); };"
            // Slices grow while they stay under 8 ms, like the frame loop's budget; a timeout between them
            // lets the page draw (timeouts, unlike animation frames, also run in a hidden frame).
            + "var queue = Promise.resolve(); var inbox = Promise.resolve();"
            + "var waiting = {};"
            + "self.descentStepDone = function (id, taken) { var r = waiting[id]; if (r) { delete waiting[id]; r(taken); } };"
            + "var slices = function (total) {"
            + "  var id = call('async-step', total);"
            + "  if (id >= 0) { return new Promise(function (resolve) { waiting[id] = resolve; }); }"
            + "  return new Promise(function (resolve, reject) {"
            + "  var done = 0; var chunk = 1;"
            + "  var next = function () { try {"
            + "    var k = Math.min(chunk, total - done);"
            + "    var t0 = performance.now(); var taken = k > 0 ? call('advance', k) : 0; var spent = performance.now() - t0;"
            + "    done += taken;"
            + "    if (taken < k || done >= total) { call('step', 0); resolve(done); return; }"
            + "    chunk = Math.max(1, Math.min(chunk * 2, Math.floor(k * 8 / Math.max(spent, 0.05))));"
            + "    setTimeout(next, 0);"
            + "  } catch (err) { reject(err); } };"
            + "  next(); }); };"
            + "var api = Object.freeze({"
            + "  load: function (hash) {"
            + "    if (typeof hash !== 'string') { throw new Error('load(hash) takes a string, the part after #'); }"
            + "    return call('load', hash); },"
            + "  play: function () { return call('play'); },"
            + "  pause: function () { return call('pause'); },"
            + "  step: function (n) {"
            + "    if (n !== undefined && typeof n !== 'number') {"
            + "      throw new Error('step(n) takes a number of steps, not ' + JSON.stringify(n)); }"
            + "    if (!sliced) { return call('step', n === undefined ? 1 : n); }"
            + "    var total = call('count', n === undefined ? 1 : n);"
            + "    var run = queue.then(function () { return slices(total); });"
            + "    queue = run.catch(function () {});"
            + "    return run; },"
            + "  lessons: function () { return call('lessons'); },"
            + "  metrics: function () { return call('metrics'); }"
            + "});"
            + "window.descent = api;"
            + "window.addEventListener('message', function (e) {"
            + "  var d = e.data;"
            + "  if (!d || typeof d !== 'object' || typeof d.descent !== 'string'"
            + "      || 'result' in d || 'error' in d || d.descent === 'height') { return; }"
            // A host's messages are answered in the order they came: a metrics() posted after a step(n) sees
            // the steps taken.
            + "  inbox = inbox.then(function () { return new Promise(function (done) {"
            + "  var reply = {descent: d.descent, id: d.id};"
            + "  if (!Object.prototype.hasOwnProperty.call(api, d.descent)) {"
            + "    reply.error = 'unknown call ' + JSON.stringify(d.descent) + '; the calls are '"
            + "      + Object.keys(api).join(', ');"
            + "  } else {"
            + "    var args = Array.isArray(d.args) ? d.args : [];"
            // Another origin (a host page, an opener) is asked about first; the page may refuse it a call.
            + "    var may = e.origin === location.origin ? 'true' : dispatch('host:' + d.descent,"
            + "      args.length > 0 && args[0] !== undefined && args[0] !== null ? String(args[0]) : '');"
            + "    if (may.charAt(0) === '!') { reply.error = may.substring(1); } else {"
            + "    try { reply.result = api[d.descent].apply(null, args.slice(0, 1)); }"
            + "    catch (err) { reply.error = String(err && err.message || err); } }"
            + "  }"
            + "  var send = function () { if (e.source && e.source.postMessage) {"
            + "    e.source.postMessage(reply, e.origin && e.origin !== 'null' ? e.origin : '*'); } done(); };"
            + "  var r = reply.result;"
            + "  if (r && typeof r.then === 'function') {"
            + "    r.then(function (v) { reply.result = v; send(); },"
            + "      function (err) { delete reply.result; reply.error = String(err && err.message || err); send(); });"
            + "  } else { send(); }"
            + "  }); });"
            + "});")
    private static native void install(Dispatcher dispatch, boolean sliced);

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
