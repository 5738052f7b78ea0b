package descent.web.engine;

import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;

/** The page's line to its training engine: commands go out, snapshots come back, in order, asynchronously. */
public interface EngineLink {
    /** Where snapshots go. */
    interface Receiver {
        void received(Snapshot snapshot);

        /** The answer to EXPORT {@code id}: the file's text (only the lanes export). */
        default void exported(int id, String file) {
        }

        /** The worker could not start or run (its script blocked or missing): nothing more will come from it. */
        void engineFailed(String why);
    }

    void send(Command command);

    /** The engine in a Web Worker where the browser has them, else in this thread between frames. */
    static EngineLink open(Receiver receiver) {
        return WorkerLink.available() ? new WorkerLink(receiver) : inThisThread(receiver);
    }

    /** The same engine in the page's own thread (no Workers, or the worker failed). */
    static EngineLink inThisThread(Receiver receiver) {
        return new InThreadLink(receiver);
    }
}
