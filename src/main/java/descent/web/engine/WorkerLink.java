package descent.web.engine;

import descent.engine.EngineProtocol;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Message;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The engine in a dedicated Web Worker (js/engine-worker.js), in the same build as the page (Wasm GC or JS). */
final class WorkerLink implements EngineLink {
    @JSFunctor
    interface Handler extends JSObject {
        void handle(Message message);
    }

    @JSFunctor
    interface Failure extends JSObject {
        void failed(String why);
    }

    private final JSObject worker;

    WorkerLink(Receiver receiver) {
        worker = start(engineUrl(), m -> {
            if (EngineProtocol.EXPORTED.equals(m.getKind())) {
                receiver.exported(m.getId(), m.getText());
            } else {
                receiver.received(EngineProtocol.snapshot(m));
            }
        }, receiver::engineFailed);
    }

    @Override
    public void send(Command command) {
        if (worker == null) {
            return; // it failed to start: the receiver has been told and moves to an engine in this thread
        }
        Message m = EngineProtocol.toMessage(command);
        post(worker, m, EngineProtocol.transferList(m));
    }

    private static String engineUrl() {
        return "js/engine-worker.js" + ("js".equals(pageEngine()) ? "?engine=js" : "");
    }

    @JSBody(script = "return typeof Worker === 'function';")
    static native boolean available();

    @JSBody(script = "return document.documentElement.getAttribute('data-engine') || '';")
    private static native String pageEngine();

    /** Starts the worker; {@code failed} hears of a script that cannot load or run (and of a worker that cannot start). */
    @JSBody(params = {"url", "handler", "failed"}, script = "var w;"
            + " try { w = new Worker(url); } catch (e) { setTimeout(function () { failed(String(e)); }, 0); return null; }"
            + " w.onmessage = function (e) { if (e.data && (e.data.kind === 'snapshot' || e.data.kind === 'exported')) { handler(e.data); } };"
            + " w.onerror = function (e) { w.terminate(); failed(e && e.message ? e.message : 'the engine worker did not start'); };"
            + " return w;")
    private static native JSObject start(String url, Handler handler, Failure failed);

    @JSBody(params = {"w", "m", "transfer"}, script = "w.postMessage(m, transfer);")
    private static native void post(JSObject w, Message m, JSObject transfer);
}
