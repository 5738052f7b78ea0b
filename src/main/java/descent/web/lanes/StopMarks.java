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
            views.get(i).setStop(check.kind(race, i).id(), check.note(race, i));
        }
    }
}
