package descent.engine;

import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.RaceSurface;
import descent.core.landscape.LossPlane;
import descent.engine.EngineProtocol.Command;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loss surface built where the lanes train: the page's copy is the picture the JVM's race gives. */
class EngineSurfaceTest {
    @Test
    void theEnginesSurfaceIsTheRacesAndComesUnaskedWhenDone() {
        String hash = HashState.encode(new PlaygroundConfig());
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(new Command(EngineProtocol.SURFACE, -1, 1, 0, false, "", null)); // before the race: kept
        engine.apply(new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, hash, null));
        engine.apply(new Command(EngineProtocol.STEP, 1, 120, 0, false, "", null));
        assertTrue(engine.surfaceComputing(), "the view is open: the surface of step 0 is computed at once");
        int slices = 0;
        while (engine.hasWork()) { // as the hosts' slices do: a few losses of the grid, then a few steps
            for (int k = 0; k < 40 && engine.advanceSurface(); k++) {
                // one loss at a time
            }
            engine.train(7);
            if (engine.stepDone()) {
                view.read(engine.snapshot());
            }
            slices++;
        }
        assertTrue(slices > 20);
        assertFalse(engine.stepDone());
        SurfaceMirror mirror = view.surface();
        assertEquals("done", mirror.state());

        Race jvm = new Race(HashState.decode(hash).config());
        jvm.steps(120);
        RaceSurface expected = RaceSurface.of(jvm, LossPlane.Directions.PRINCIPAL);
        while (!expected.plane().advance(64)) {
            // the whole grid
        }
        assertEquals(expected.size(), mirror.size());
        assertEquals(120, mirror.builtAtStep());
        assertArrayEquals(expected.values(), mirror.values(), 0);
        assertEquals(expected.captured(), mirror.captured(), 0);
        for (int j = 0; j < expected.size(); j++) {
            assertEquals(expected.pathLength(j), mirror.pathLength(j));
            assertEquals(expected.endLoss(j), mirror.endLoss(j), 0);
            for (int k = 0; k < expected.pathLength(j); k++) {
                assertEquals(expected.pathX(j, k), mirror.pathX(j, k), 0);
                assertEquals(expected.step(j, k), mirror.step(j, k));
            }
            double[] ab = new double[2];
            assertTrue(mirror.livePosition(j, ab));
            int last = expected.pathLength(j) - 1;
            assertEquals(expected.pathX(j, last), ab[0], 1e-9, "a lane at rest is where its path ends");
        }
    }
}
