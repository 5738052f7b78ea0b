package descent.engine;

import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.Series;
import descent.engine.EngineProtocol.Command;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine trains exactly as a race does, and its snapshots rebuild the race's numbers on the page's side. */
class EngineTest {
    private static Command step(int id, int n) {
        return new Command(EngineProtocol.STEP, id, n, 0, false, "", null);
    }

    private static Command configure(String hash) {
        return new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, hash, null);
    }

    @Test
    void snapshotsTakenInSlicesRebuildTheRaceNumbersAndHistories() {
        String hash = HashState.encode(new PlaygroundConfig());
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(configure(hash));
        view.read(engine.snapshot());
        engine.apply(step(7, 300));
        while (engine.hasWork()) {
            engine.train(37);
            if (!engine.stepDone()) {
                view.read(engine.snapshot()); // the page pulls between slices
            }
        }
        assertTrue(engine.stepDone());
        EngineProtocol.Snapshot last = engine.snapshot();
        assertEquals(7, (int) last.numbers[EngineProtocol.DONE]);
        assertEquals(300, (int) last.numbers[EngineProtocol.TAKEN]);
        view.read(last);

        Race race = new Race(HashState.decode(hash).config());
        race.steps(300);
        assertEquals(race.laneCount(), view.laneCount());
        for (int i = 0; i < race.laneCount(); i++) {
            Run run = race.run(i);
            LaneMirror lane = view.lane(i);
            assertEquals(run.stepCount(), lane.stepCount());
            assertEquals(run.trainLoss(), lane.value(EngineProtocol.TRAIN_LOSS), 0);
            assertEquals(run.validationAccuracy(), lane.value(EngineProtocol.VALIDATION_ACCURACY), 0);
            assertEquals(run.gradientNorm(), lane.value(EngineProtocol.GRADIENT_NORM), 0);
            sameSeries(run.trainLossSeries(), lane.series(EngineProtocol.TRAIN_LOSS_SERIES));
            sameSeries(run.gradientNormSeries(), lane.series(EngineProtocol.GRADIENT_NORM_SERIES));
            sameSeries(run.validationLossSeries(), lane.series(EngineProtocol.VALIDATION_LOSS_SERIES));
            assertNotNull(lane.map(), "every lane's map came once the engine rested");
        }
    }

    @Test
    void stepsAskedForBeforeAnEarlierStepEndedAddUp() {
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(configure(HashState.encode(new PlaygroundConfig())));
        engine.apply(step(1, 3));
        engine.apply(step(2, 3)); // a second Step click before the worker took the first
        assertTrue(engine.stepDone(), "the first STEP is answered at once");
        double[] first = engine.snapshot().numbers;
        assertEquals(1, (int) first[EngineProtocol.DONE]);
        assertEquals(0, (int) first[EngineProtocol.TAKEN], "it had taken no step yet");
        while (engine.hasWork()) {
            engine.train(1);
        }
        EngineProtocol.Snapshot snapshot = engine.snapshot();
        double[] last = snapshot.numbers;
        view.read(snapshot);
        assertEquals(2, (int) last[EngineProtocol.DONE]);
        assertEquals(6, (int) last[EngineProtocol.TAKEN], "its own three steps and the first's three");
        assertEquals(6, view.furthestStep());
    }

    @Test
    void aResetStartsTheHistoriesOverAndAPlayLimitStopsAtItsStep() {
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(configure(HashState.encode(new PlaygroundConfig())));
        engine.apply(step(1, 50));
        engine.train(1000);
        view.read(engine.snapshot());
        engine.apply(Command.of(EngineProtocol.RESET));
        view.read(engine.snapshot());
        assertEquals(0, view.furthestStep());
        assertEquals(1, view.lane(0).series(EngineProtocol.TRAIN_LOSS_SERIES).size(), "the step-0 evaluation only");
        engine.apply(new Command(EngineProtocol.PLAY, -1, 120, 0, false, "", null));
        while (engine.hasWork()) {
            engine.train(50);
        }
        view.read(engine.snapshot());
        assertEquals(120, view.furthestStep());
        assertTrue(!view.isPlaying());
    }

    @Test
    void aRunningEngineSendsOneMapPerSnapshotInTurn() {
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(configure(HashState.encode(new PlaygroundConfig())));
        view.read(engine.snapshot());
        engine.apply(Command.of(EngineProtocol.PLAY));
        engine.train(5);
        int maps = view.read(engine.snapshot());
        assertEquals(1, Integer.bitCount(maps));
        engine.apply(Command.of(EngineProtocol.PAUSE));
        assertEquals((1 << view.laneCount()) - 1 - maps, view.read(engine.snapshot()), "the rest once it rests");
        assertNull(new EngineView().lane(0).map());
    }

    private static void sameSeries(Series expected, Series actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.step(i), actual.step(i));
            assertEquals(expected.value(i), actual.value(i), 0);
        }
    }
}
