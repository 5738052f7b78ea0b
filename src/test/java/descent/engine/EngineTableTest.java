package descent.engine;

import descent.core.data.table.ShippedData;
import descent.core.data.table.Table;
import descent.core.data.table.TableKind;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.TableReadout;
import descent.core.nn.ConfusionMatrix;
import descent.core.optim.OptimizerKind;
import descent.engine.EngineProtocol.Command;
import descent.web.state.HashState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table lanes trained by the engine: the table travels in the configure command (the worker reads no files), and
 * the snapshots carry each lane's confusion matrix and, on two inputs, its K-class map.
 */
class EngineTableTest {
    private static Table shipped(ShippedData set) throws IOException {
        return set.parse(Files.readAllBytes(Path.of("webapp/data").resolve(set.file())));
    }

    private static PlaygroundConfig on(TableKind kind, Table raw) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.table = kind;
        c.loadedTable = raw;
        c.lanes = new LaneConfig[] {LaneConfig.of(OptimizerKind.GD, 0.1), LaneConfig.of(OptimizerKind.ADAM, 0.01)};
        return c;
    }

    /** Trains the configuration n steps in an engine and returns the page's view of it (bound to the page's race). */
    private static EngineView trained(PlaygroundConfig config, Table raw, Race page, int n) {
        Engine engine = new Engine();
        EngineView view = new EngineView();
        for (int i = 0; i < page.laneCount(); i++) {
            view.lane(i).bindData(page.data());
            view.lane(i).bindTable(page.table());
        }
        engine.apply(new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, HashState.encode(config),
                DataPacking.packTable(raw), DataPacking.tableNames(raw)));
        view.read(engine.snapshot());
        engine.apply(new Command(EngineProtocol.STEP, 1, n, 0, false, "", null));
        while (engine.hasWork()) {
            engine.train(64);
        }
        view.read(engine.snapshot());
        return view;
    }

    @Test
    void aPackedTableComesBackWithItsNumbersLabelsAndNames() throws IOException {
        Table raw = shipped(ShippedData.PENGUINS);
        Table back = DataPacking.unpackTable(DataPacking.packTable(raw), DataPacking.tableNames(raw));
        assertTrue(DataPacking.isTable(DataPacking.packTable(raw)));
        assertEquals(raw.size(), back.size());
        assertArrayEquals(raw.rows(), back.rows(), 0);
        assertArrayEquals(raw.labels(), back.labels());
        for (int k = 0; k < raw.classCount(); k++) {
            assertEquals(raw.className(k), back.className(k));
        }
        for (int j = 0; j < raw.dimension(); j++) {
            assertEquals(raw.featureName(j), back.featureName(j));
        }
    }

    @Test
    void penguinsInTheEngineShowTheRaceConfusionMatrixAndClassMap() throws IOException {
        Table raw = shipped(ShippedData.PENGUINS);
        PlaygroundConfig config = on(TableKind.PENGUINS, raw);
        Race page = new Race(config);
        EngineView view = trained(config, raw, page, 200);
        page.steps(200);
        for (int i = 0; i < page.laneCount(); i++) {
            Run run = page.run(i);
            LaneMirror lane = view.lane(i);
            assertEquals(3, (int) lane.value(EngineProtocol.TABLE_CLASSES));
            assertEquals(run.trainLoss(), lane.trainLoss(), 0, "the same numbers in the engine");
            TableReadout expected = run.table();
            TableReadout actual = lane.table();
            assertNotNull(actual);
            ConfusionMatrix a = new ConfusionMatrix(3);
            ConfusionMatrix b = new ConfusionMatrix(3);
            int[] wa = new int[8];
            int[] pa = new int[8];
            int[] wb = new int[8];
            int[] pb = new int[8];
            int listed = expected.confusion(a, wa, pa);
            assertEquals(listed, actual.confusion(b, wb, pb));
            assertEquals(171, b.total(), "the matrix counts every validation penguin");
            for (int y = 0; y < 3; y++) {
                for (int p = 0; p < 3; p++) {
                    assertEquals(a.count(y, p), b.count(y, p));
                }
            }
            assertArrayEquals(wa, wb);
            assertArrayEquals(pa, pb);
            int res = EngineProtocol.MAP_RESOLUTION;
            double e = TableReadout.mapExtent(run.train(), run.validation());
            int[] ca = new int[res * res];
            int[] cb = new int[res * res];
            double[] fa = new double[res * res];
            double[] fb = new double[res * res];
            expected.predictClasses(-e, e, -e, e, res, ca, fa);
            actual.predictClasses(-e, e, -e, e, res, cb, fb);
            assertArrayEquals(ca, cb, "every cell in the class the network picks");
            assertArrayEquals(fa, fb, 0.5 / 255 + 1e-12, "confidence to a level of 256");
            assertEquals(e, lane.value(EngineProtocol.MAP_EXTENT), 0);
        }
        assertTrue(view.lane(1).validationAccuracy() > 0.9, "Adam separates the species in the engine too");
    }

    @Test
    void digitsInTheEngineSendAConfusionMatrixAndNoMap() throws IOException {
        Table raw = shipped(ShippedData.DIGITS);
        PlaygroundConfig config = on(TableKind.DIGITS, raw);
        config.lanes = new LaneConfig[] {LaneConfig.of(OptimizerKind.ADAM, 0.01)};
        Race page = new Race(config);
        EngineView view = trained(config, raw, page, 100);
        LaneMirror lane = view.lane(0);
        assertEquals(64, (int) lane.value(EngineProtocol.INPUTS));
        assertEquals(10, (int) lane.value(EngineProtocol.TABLE_CLASSES));
        ConfusionMatrix m = new ConfusionMatrix(10);
        int[] wrong = new int[8];
        int[] said = new int[8];
        int listed = lane.table().confusion(m, wrong, said);
        assertEquals(page.table().validation().size(), m.total());
        page.steps(100);
        ConfusionMatrix expected = new ConfusionMatrix(10);
        page.run(0).table().confusion(expected, new int[8], new int[8]);
        assertEquals(expected.accuracy(), m.accuracy(), 0, "the matrix of θ at step 100, as the page's own run has it");
        assertTrue(m.accuracy() > 0.5, "Adam learns digits in 100 steps: " + m.accuracy());
        for (int i = 0; i < listed; i++) {
            assertTrue(said[i] != page.table().validation().label(wrong[i]), "a listed digit is misclassified");
        }
        assertEquals(64, lane.table().inputCount());
    }

    @Test
    void aLaneOnThePlaneHasNoTable() {
        Engine engine = new Engine();
        EngineView view = new EngineView();
        engine.apply(new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, HashState.encode(new PlaygroundConfig()), null));
        view.read(engine.snapshot());
        assertNull(view.lane(0).table());
        assertEquals(0, (int) view.lane(0).value(EngineProtocol.TABLE_CLASSES));
        assertNotNull(view.lane(0).map());
    }
}
