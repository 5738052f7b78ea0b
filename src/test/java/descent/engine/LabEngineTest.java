package descent.engine;

import descent.core.experiment.LayerLab;
import descent.core.nn.BatchNormPlacement;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.web.layers.LayersLink;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab's engine as the worker runs it: commands in, snapshots out, and a mirror equal to a lab trained directly. */
class LabEngineTest {
    private final LabEngine engine = new LabEngine();
    private int answered = -1;
    private int taken;

    @Test
    void steppedInSlicesTheMirrorIsTheDirectLab() {
        LayerLab.Settings s = new LayerLab.Settings();
        s.placement = BatchNormPlacement.AFTER_ACTIVATION;
        s.depth = 4;
        LayerLab mirror = configure(s);
        // 10 000 steps: more than the engine records between pulls, so it must send unasked snapshots meanwhile
        engine.apply(new Command(EngineProtocol.LAB_STEP, 7, 10_000, 0, false, "", null));
        runUntilAnswered(mirror);
        assertEquals(7, answered);
        assertEquals(10_000, taken);
        LayerLab direct = new LayerLab(s);
        direct.steps(10_000);
        LabJobTest.same(direct, mirror);
    }

    @Test
    void quickStepsAddUpAndAResetDropsOlderSnapshots() {
        LayerLab.Settings s = new LayerLab.Settings();
        LayerLab mirror = configure(s);
        engine.apply(new Command(EngineProtocol.LAB_STEP, 1, 30, 0, false, "", null));
        engine.train(10);
        engine.apply(new Command(EngineProtocol.LAB_STEP, 2, 30, 0, false, "", null));
        Snapshot first = engine.snapshot();
        assertEquals(1, (int) first.numbers[EngineProtocol.DONE]); // the first is answered at once, 10 steps in
        assertEquals(10, (int) first.numbers[EngineProtocol.TAKEN]);
        read(first, mirror);
        runUntilAnswered(mirror);
        assertEquals(2, answered);
        assertEquals(60, mirror.stepCount()); // 10, then the 20 left of the first and the 30 of the second

        engine.apply(new Command(EngineProtocol.LAB_PLAY, -1, 0, 0, false, "", null));
        engine.train(5);
        Snapshot stale = engine.snapshot();
        engine.apply(Command.of(EngineProtocol.LAB_RESET));
        mirror.reset();
        assertFalse(read(stale, mirror, 2)); // the page is at generation 2 now: the older snapshot is dropped
        assertEquals(0, mirror.stepCount());
        engine.apply(Command.of(EngineProtocol.LAB_PAUSE));
        assertFalse(engine.hasWork());
        assertTrue(read(engine.snapshot(), mirror, 2));
        assertEquals(0, mirror.stepCount());
    }

    @Test
    void aDivergingLabStopsPlaying() {
        LayerLab.Settings s = LabJobTest.diverging();
        LayerLab mirror = configure(s);
        engine.apply(new Command(EngineProtocol.LAB_PLAY, -1, 0, 0, false, "", null));
        for (int i = 0; i < 1000 && engine.hasWork(); i++) {
            engine.train(100);
            read(engine.snapshot(), mirror);
        }
        Snapshot last = engine.snapshot();
        assertEquals(0, (int) last.numbers[EngineProtocol.PLAYING]);
        read(last, mirror);
        assertTrue(mirror.divergedAtStep() > 0);
    }

    private LayerLab configure(LayerLab.Settings s) {
        engine.apply(new Command(EngineProtocol.LAB_CONFIGURE, -1, 0, 0, false, LayersLink.encode(s), null));
        return new LayerLab(LayersLink.decode(LayersLink.encode(s)).settings);
    }

    private void runUntilAnswered(LayerLab mirror) {
        answered = -1;
        for (int i = 0; i < 100_000 && answered < 0; i++) {
            engine.train(97);
            if (engine.stepDone()) {
                read(engine.snapshot(), mirror);
            }
        }
    }

    private boolean read(Snapshot s, LayerLab mirror) {
        return read(s, mirror, 1);
    }

    /** As the page reads a snapshot: only of its own generation; records a STEP's answer. */
    private boolean read(Snapshot s, LayerLab mirror, int generation) {
        if ((int) s.numbers[EngineProtocol.LAB_GENERATION] != generation) {
            return false;
        }
        LabJob.unpack(s.numbers, EngineProtocol.LAB_HEADER, mirror);
        if (s.numbers[EngineProtocol.DONE] >= 0) {
            answered = (int) s.numbers[EngineProtocol.DONE];
            taken = (int) s.numbers[EngineProtocol.TAKEN];
        }
        return true;
    }
}
