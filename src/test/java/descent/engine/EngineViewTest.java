package descent.engine;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.optim.AveragingMode;
import descent.engine.EngineProtocol.Command;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page's view passes over the engine's numbers from before a change, and reads every other lane right. */
class EngineViewTest {
    @Test
    void aSnapshotFromBeforeARestartIsPassedOverForThatLaneOnly() {
        PlaygroundConfig config = new PlaygroundConfig();
        config.lanes[0].averaging = AveragingMode.POLYAK; // two maps for lane 0 in each snapshot that brings maps
        String hash = HashState.encode(config);
        Race page = new Race(HashState.decode(hash).config());
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, hash, null));
        EngineView direct = new EngineView();
        EngineProtocol.Snapshot first = engine.snapshot(); // the new race's first: every lane fresh
        view.read(first);
        direct.read(first);
        engine.apply(new Command(EngineProtocol.STEP, 1, 80, 0, false, "", null));
        while (engine.hasWork()) {
            engine.train(40);
        }
        EngineProtocol.Snapshot before = engine.snapshot(); // every lane's map, lane 0's twice: sent, not yet read

        // the learner restarts lane 0 without averaging: the page shows its own run of it until the engine's
        LaneConfig plain = page.lane(0).copy();
        plain.averaging = AveragingMode.NONE;
        page.changeLane(0, plain, true);
        view.expectFresh(0, page.run(0));
        view.read(before);
        assertEquals(0, view.lane(0).stepCount(), "the restarted lane is not undone by the older snapshot");
        assertEquals(80, view.lane(1).stepCount(), "the others read as usual");

        direct.read(before);
        for (int i = 1; i < view.laneCount(); i++) {
            assertArrayEquals(direct.lane(i).map(), view.lane(i).map(), 0,
                    "lane " + i + "'s map read at its own place, after lane 0's two images of the older layout");
        }
    }
}
