package descent.web.lanes;

import descent.core.experiment.Race;
import descent.core.experiment.StopCheck;
import java.util.List;

/**
 * Tells each lane card what its lane stopped at, so a lane stuck at a saddle is not shown as a success: the
 * diagnosis is the core's {@link StopCheck} (cached per run), the card shows it in a warning style.
 */
public final class StopMarks {
    private final StopCheck check = new StopCheck();

    public void show(Race race, List<LaneView> views) {
        int n = Math.min(race.laneCount(), views.size());
        for (int i = 0; i < n; i++) {
            StopCheck.Kind kind = check.kind(race, i);
            String id = kind == StopCheck.Kind.NOT_A_MINIMUM ? "not-minimum"
                    : kind == StopCheck.Kind.FAR_ABOVE_BEST ? "stalled" : "";
            views.get(i).setStop(id, check.note(race, i));
        }
    }
}
