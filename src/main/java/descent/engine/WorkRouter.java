package descent.engine;

import descent.engine.EngineProtocol.Command;

/**
 * A host's three kinds of work — the comparison's lanes, the layers lab, a lane's network slices — each made when
 * first asked for; a page's worker serves the one its commands are for.
 */
public final class WorkRouter {
    private Engine lanes;
    private LabEngine lab;
    private SliceEngine slices;
    private EngineWork current;

    /** The work this command is for (which the host then slices, and whose snapshots it sends). */
    public EngineWork route(Command c) {
        if (c.kind.startsWith(EngineProtocol.LAB)) {
            current = lab = lab != null ? lab : new LabEngine();
        } else if (c.kind.startsWith(EngineProtocol.SLICES)) {
            current = slices = slices != null ? slices : new SliceEngine();
        } else {
            current = lanes();
        }
        return current;
    }

    /** The lanes' engine (an EXPORT's file comes from it). */
    public Engine lanes() {
        if (lanes == null) {
            lanes = new Engine();
        }
        return lanes;
    }

    /** The work of the latest command (the lanes' before any). */
    public EngineWork current() {
        return current != null ? current : lanes();
    }

    /** Whether the host answers this command with a snapshot whatever happens (a page's pull). */
    public static boolean isPull(Command c) {
        return c.kind.equals(EngineProtocol.PULL) || c.kind.equals(EngineProtocol.LAB_PULL)
                || c.kind.equals(EngineProtocol.SLICES_PULL);
    }
}
