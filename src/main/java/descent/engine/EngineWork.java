package descent.engine;

import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;

/**
 * What a host (the worker, or the page's own thread) runs: the comparison's lanes ({@link Engine}) or the layers
 * lab ({@link LabEngine}). The host obeys commands at once and calls {@link #train} in slices while there is work.
 */
public interface EngineWork {
    void apply(Command c);

    /** Whether there is anything to report yet (a race, a lab). */
    boolean ready();

    /** Whether {@link #train} or {@link #advanceSurface} has anything to do. */
    boolean hasWork();

    /** Up to {@code k} training steps; returns how many the furthest learner took. */
    int train(int k);

    /** Whether the host should send a snapshot unasked (a STEP ended, or other news the page waits for). */
    boolean stepDone();

    /** Whether a loss surface's grid is being computed (only the lanes have one). */
    default boolean surfaceComputing() {
        return false;
    }

    /** One more loss of that grid; false once it is done. */
    default boolean advanceSurface() {
        return false;
    }

    /** What changed since the last snapshot. */
    Snapshot snapshot();
}
