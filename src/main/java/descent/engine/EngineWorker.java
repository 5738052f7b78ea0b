package descent.engine;

import descent.engine.EngineProtocol.Message;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Entry point of the engine's own build, run in a dedicated Web Worker (js/engine-worker.js starts it): takes
 * {@link EngineProtocol} commands from the page, trains in slices of about {@link #SLICE_MS} between which
 * commands are read, and posts a snapshot for each PULL and for each STEP that finished. The worker's global
 * scope has no JSO type, hence the few {@code @JSBody} calls on {@code self}.
 */
public final class EngineWorker {
    /** Long enough that scheduling costs little, short enough that a command waits at most this long. */
    private static final double SLICE_MS = 12;
    private static final int MAX_STEPS_PER_SLICE = 4096;

    private final WorkRouter works = new WorkRouter();
    /** The work the page's commands are for (a page's worker serves one kind). */
    private EngineWork engine = works.current();
    private int stepsPerSlice = 1;
    private boolean scheduled;

    @JSFunctor
    interface Handler extends JSObject {
        void handle(Message message);
    }

    @JSFunctor
    interface Tick extends JSObject {
        void run();
    }

    private EngineWorker() {
    }

    public static void main(String[] args) {
        EngineWorker worker = new EngineWorker();
        listen(worker::received, worker::slice);
    }

    private void received(Message message) {
        EngineProtocol.Command c = EngineProtocol.command(message);
        engine = works.route(c);
        if (c.kind.equals(EngineProtocol.EXPORT)) {
            Message file = EngineProtocol.exported(c.id, works.lanes().export(c));
            post(file, EngineProtocol.transferList(file));
            return;
        }
        engine.apply(c);
        if (WorkRouter.isPull(c) || engine.stepDone()) {
            send();
        }
        schedule();
    }

    private void send() {
        if (engine.ready()) {
            Message m = EngineProtocol.toMessage(engine.snapshot());
            post(m, EngineProtocol.transferList(m));
        }
    }

    private void schedule() {
        if (!scheduled && engine.hasWork()) {
            scheduled = true;
            nextSlice();
        }
    }

    /** One slice of training, sized from the last one's speed (grow gently, shrink at once). */
    private void slice() {
        scheduled = false;
        if (engine.surfaceComputing()) { // the surface's grid shares the slice with training
            double until = now() + SLICE_MS / 2;
            while (engine.advanceSurface() && now() < until) {
                // one full-batch loss per call
            }
        }
        double before = now();
        int taken = engine.train(stepsPerSlice);
        double spent = now() - before;
        if (taken > 0 && spent > 0) {
            int fit = (int) (SLICE_MS / (spent / taken));
            stepsPerSlice = Math.max(1, Math.min(MAX_STEPS_PER_SLICE, Math.min(fit, 2 * stepsPerSlice)));
        } else if (taken > 0) {
            stepsPerSlice = Math.min(MAX_STEPS_PER_SLICE, 2 * stepsPerSlice);
        }
        if (engine.stepDone()) {
            send();
        }
        schedule();
    }

    /**
     * Listens for the page's messages; {@code tick} runs when {@link #nextSlice} asks. A MessageChannel, not
     * setTimeout: nested timeouts are clamped to 4 ms, a third of a slice.
     */
    @JSBody(params = {"handler", "tick"}, script = "self.addEventListener('message', function (e) { handler(e.data); });"
            + " var channel = new MessageChannel(); channel.port1.onmessage = function () { tick(); };"
            + " self.descentEngineTick = channel.port2;")
    private static native void listen(Handler handler, Tick tick);

    @JSBody(script = "self.descentEngineTick.postMessage(0);")
    private static native void nextSlice();

    @JSBody(params = {"m", "transfer"}, script = "self.postMessage(m, transfer);")
    private static native void post(Message m, JSObject transfer);

    @JSBody(script = "return performance.now();")
    private static native double now();
}
