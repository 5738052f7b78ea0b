package descent.engine;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lane's network slices as the worker computes them: trained, sliced, projected, and sent in one snapshot. */
class SliceEngineTest {
    @Test
    void aLinkedLaneIsTrainedSlicedAndItsPathEndsAtThePlanesCentre() {
        PlaygroundConfig config = HashState.decode("data=spiral&lanes=2").config();
        config.lanes = new LaneConfig[] {config.lanes[1]};
        SliceEngine engine = new SliceEngine();
        engine.apply(DataPacking.configure(EngineProtocol.SLICES, config, 0));
        assertTrue(engine.stepDone(), "the page hears at once that the work began");
        Snapshot first = engine.snapshot();
        assertEquals(SliceJob.TRAINING, (int) first.numbers[EngineProtocol.SLICES_STATE]);
        int slices = 0;
        while (engine.hasWork()) {
            assertTrue(engine.train(257) > 0);
            slices++;
        }
        assertTrue(slices > 4, "the work came in slices: " + slices);
        assertTrue(engine.stepDone(), "and that it is done");
        double[] n = engine.snapshot().numbers;
        assertEquals(SliceJob.DONE, (int) n[EngineProtocol.SLICES_STATE]);
        assertEquals(1.0, n[EngineProtocol.SLICES_PROGRESS]);
        assertEquals(SliceJob.TRAIN_STEPS, (int) n[EngineProtocol.SLICES_STEPS]);
        int at = EngineProtocol.SLICES_HEADER;
        int lineCount = (int) n[at];
        assertEquals(SliceJob.LINE_POINTS, lineCount);
        double atStart = n[at + 1 + 10]; // α = 0 is the 11th of 41 points from −0.5 to 1.5
        double atEnd = n[at + 1 + 30]; // α = 1
        at += 1 + lineCount;
        int cells = (int) n[at];
        assertEquals(SliceJob.GRID * SliceJob.GRID, cells);
        double centre = n[at + 1 + cells / 2]; // the plane is centred on θ_final
        at += 1 + cells;
        int path = (int) n[at];
        assertEquals(SliceJob.TRAIN_STEPS / SliceJob.SNAPSHOT_EVERY + 1, path);
        double lastA = n[at + path];
        double lastB = n[at + 1 + path + path - 1];
        assertEquals(at + 1 + 2 * path, n.length);
        assertEquals(atEnd, centre, 1e-12 * Math.abs(atEnd), "J(θ_final) on the line and at the plane's centre");
        assertTrue(atEnd < atStart, "training lowered the loss: " + atStart + " → " + atEnd);
        assertEquals(0, lastA, 1e-9, "θ_final projects onto the plane's centre");
        assertEquals(0, lastB, 1e-9);
        assertFalse(engine.stepDone());
    }

    @Test
    void aMalformedTableIsAFailureWithAReason() {
        PlaygroundConfig config = HashState.decode("data=penguins").config();
        SliceEngine engine = new SliceEngine();
        double[] truncated = {2, 300, 4, 3, 0.5}; // says 300 rows of 4 features, holds one value
        engine.apply(new Command(EngineProtocol.SLICES, -1, 0, 0, false, HashState.encode(config), truncated, ""));
        assertTrue(engine.ready());
        assertTrue(!engine.hasWork());
        Snapshot s = engine.snapshot();
        assertEquals(SliceEngine.FAILED, (int) s.numbers[EngineProtocol.SLICES_STATE]);
        assertTrue(s.texts.startsWith("This link's lane cannot be trained here: "), s.texts);
    }

    private static void assertFalse(boolean b) {
        assertTrue(!b);
    }
}
