package descent.engine;

import descent.core.experiment.Race;
import descent.core.experiment.RaceSurface;
import descent.core.landscape.LossPlane;

/**
 * "All lanes on one loss surface" where the lanes train: the engine builds the {@link RaceSurface} from its own
 * runs' paths — when the page opens the view, when the lanes change, and when they come to rest after moving on
 * — computes its grid one loss at a time in the host's slices, and writes the finished picture into one
 * snapshot, then each watched lane's live position (a, b) into every later one.
 */
final class SurfaceWork {
    static final int OFF = 0;
    static final int COMPUTING = 1;
    static final int DONE = 2;
    static final int FAILED = 3;

    private int view;
    private RaceSurface surface;
    private boolean computing;
    private boolean dirty;
    private boolean justDone;
    private int build;
    private String failure = "";
    private final double[] ab = new double[2];

    /** 0 off, 1 the principal plane, 2 a random one: a new choice builds anew. */
    void request(int next) {
        if (next != view) {
            view = next;
            surface = null;
            computing = false;
            failure = "";
            dirty = next != OFF;
        }
    }

    /** Lanes were rebuilt, reset, added or removed: the paths on the surface are not theirs any more. */
    void lanesChanged() {
        dirty = view != OFF;
    }

    /** Builds the surface when it is due; {@code resting}: the lanes do not train now. */
    void maybeBuild(Race race, boolean resting) {
        if (view == OFF || race == null) {
            return;
        }
        if (dirty || resting && !computing && surface != null && grown(race)) {
            dirty = false;
            try {
                surface = RaceSurface.of(race, view == 2 ? LossPlane.Directions.RANDOM : LossPlane.Directions.PRINCIPAL);
                computing = true;
                failure = "";
            } catch (IllegalArgumentException e) {
                surface = null;
                computing = false;
                failure = e.getMessage();
            }
        }
    }

    private boolean grown(Race race) {
        int furthest = 0;
        for (int j = 0; j < surface.size() && surface.lane(j) < race.laneCount(); j++) {
            furthest = Math.max(furthest, race.run(surface.lane(j)).stepCount());
        }
        return furthest != surface.builtAtStep();
    }

    /** Whether a finished picture waits to be sent. */
    boolean hasNews() {
        return justDone;
    }

    boolean isComputing() {
        return computing;
    }

    /**
     * One more loss of the grid (a full pass over the training split); false once none is left. A surface
     * finished while the lanes rest after moving on (a STEP ran meanwhile) is built again from their paths
     * instead of being sent out of date.
     */
    boolean advance(Race race, boolean resting) {
        if (!computing) {
            return false;
        }
        if (surface.plane().advance(1)) {
            computing = false;
            if (resting && grown(race)) {
                dirty = true;
                maybeBuild(race, true);
            } else {
                justDone = true;
                build++;
            }
        }
        return computing;
    }

    /** The surface section's size in a snapshot (see {@link EngineProtocol}). */
    int size() {
        int size = 3 + 1 + 1;
        if (justDone) {
            size += fullSize();
        }
        if (surface != null && !computing) {
            size += 2 * surface.size();
        }
        return size;
    }

    private int fullSize() {
        int g = RaceSurface.GRID;
        int size = 1 + 4 + g * g + 3 + 1;
        for (int j = 0; j < surface.size(); j++) {
            size += 4 + 3 * surface.pathLength(j);
        }
        return size;
    }

    /** Writes the section at {@code at}: state, progress, build, the finished picture once, live positions. */
    int encode(Race race, double[] out, int at) {
        out[at++] = view == OFF ? OFF : computing ? COMPUTING : surface != null ? DONE : FAILED;
        out[at++] = computing ? surface.plane().progress() : surface != null ? 1 : 0;
        out[at++] = build;
        if (justDone) {
            out[at++] = fullSize();
            at = encodeFull(out, at);
            justDone = false;
        } else {
            out[at++] = 0;
        }
        boolean live = surface != null && !computing;
        out[at++] = live ? surface.size() : 0;
        for (int j = 0; live && j < surface.size(); j++) {
            int lane = surface.lane(j);
            if (lane < race.laneCount()) {
                surface.plane().project(race.run(lane).parameters(), ab);
            } else {
                ab[0] = Double.NaN;
                ab[1] = Double.NaN;
            }
            out[at++] = ab[0];
            out[at++] = ab[1];
        }
        return at;
    }

    private int encodeFull(double[] out, int at) {
        int g = RaceSurface.GRID;
        out[at++] = g;
        out[at++] = surface.xMin();
        out[at++] = surface.xMax();
        out[at++] = surface.yMin();
        out[at++] = surface.yMax();
        System.arraycopy(surface.values(), 0, out, at, g * g);
        at += g * g;
        out[at++] = surface.directions() == LossPlane.Directions.PRINCIPAL ? 0 : 1;
        out[at++] = surface.captured();
        out[at++] = surface.builtAtStep();
        out[at++] = surface.size();
        for (int j = 0; j < surface.size(); j++) {
            int m = surface.pathLength(j);
            out[at++] = surface.lane(j);
            out[at++] = surface.endLoss(j);
            out[at++] = surface.planeEndLoss(j);
            out[at++] = m;
            for (int k = 0; k < m; k++) {
                out[at++] = surface.step(j, k);
                out[at++] = surface.pathX(j, k);
                out[at++] = surface.pathY(j, k);
            }
        }
        return at;
    }

    /** The section's texts: why there is no surface (or ""), which lanes were left out, the plane's note. */
    void appendTexts(StringBuilder texts) {
        texts.append(failure).append(EngineProtocol.TEXT_SEPARATOR)
                .append(surface == null ? "" : surface.leftOut()).append(EngineProtocol.TEXT_SEPARATOR)
                .append(surface == null ? "" : surface.note()).append(EngineProtocol.TEXT_SEPARATOR);
    }
}
