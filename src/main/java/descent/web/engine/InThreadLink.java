package descent.web.engine;

import descent.engine.EngineProtocol;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineWork;
import descent.engine.WorkRouter;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * The same engine in the page's own thread, for browsers without Web Workers: it trains in slices of a few
 * milliseconds between tasks, so the page still draws, and answers exactly as the worker does.
 */
final class InThreadLink implements EngineLink {
    private static final double SLICE_MS = 6;

    private final WorkRouter works = new WorkRouter();
    /** The work the page's commands are for, as in the worker. */
    private EngineWork engine = works.current();
    private final Receiver receiver;
    private int stepsPerSlice = 1;
    private boolean scheduled;

    InThreadLink(Receiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void send(Command command) {
        engine = works.route(command);
        if (command.kind.equals(EngineProtocol.EXPORT)) {
            String file = works.lanes().export(command);
            Window.setTimeout(() -> receiver.exported(command.id, file), 0);
            return;
        }
        engine.apply(command);
        if (WorkRouter.isPull(command) || engine.stepDone()) {
            reply();
        }
        schedule();
    }

    private void reply() {
        if (engine.ready()) {
            EngineProtocol.Snapshot s = engine.snapshot();
            Window.setTimeout(() -> receiver.received(s), 0); // asynchronous, as from a worker
        }
    }

    private void schedule() {
        if (!scheduled && engine.hasWork()) {
            scheduled = true;
            Window.setTimeout(this::slice, 0);
        }
    }

    private void slice() {
        scheduled = false;
        if (engine.surfaceComputing()) { // the surface's grid shares the slice with training
            double until = Performance.now() + SLICE_MS / 2;
            while (engine.advanceSurface() && Performance.now() < until) {
                // one full-batch loss per call
            }
        }
        double before = Performance.now();
        int taken = engine.train(stepsPerSlice);
        double spent = Performance.now() - before;
        if (taken > 0 && spent > 0) {
            stepsPerSlice = Math.max(1, Math.min((int) (SLICE_MS * taken / spent), 2 * stepsPerSlice));
        } else if (taken > 0) {
            stepsPerSlice = 2 * stepsPerSlice;
        }
        if (engine.stepDone()) {
            reply();
        }
        schedule();
    }
}
