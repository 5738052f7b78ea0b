package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.table.ShippedData;
import descent.core.data.table.Table;
import descent.core.data.table.TableKind;
import descent.core.nn.ConfusionMatrix;
import descent.core.optim.OptimizerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TableRaceTest {
    static Table shipped(ShippedData set) throws IOException {
        return set.parse(Files.readAllBytes(Path.of("webapp/data").resolve(set.file())));
    }

    private static PlaygroundConfig on(TableKind kind, LaneConfig... lanes) throws IOException {
        PlaygroundConfig c = new PlaygroundConfig();
        c.table = kind;
        c.loadedTable = kind.isShipped() ? shipped(kind.shipped()) : null;
        c.lanes = lanes;
        return c;
    }

    @Test
    void aTableRaceHasDInputsKLogitsAndLanesThatShareDataAndWeights() throws IOException {
        Race race = new Race(on(TableKind.PENGUINS, LaneConfig.of(OptimizerKind.GD, 0.1),
                LaneConfig.of(OptimizerKind.ADAM, 0.01)));
        Run a = race.run(0);
        assertEquals(3, a.classCount());
        assertEquals(2 * 8 + 8 + 8 * 8 + 8 + 8 * 3 + 3, a.parameters().length, "2-8-8-3");
        assertEquals(171 + 171, a.task().trainSize() + a.task().validationSize(), "342 penguins");
        assertEquals(a.task().trainSize(), LaneCheck.trainSize(race.config()), "the check knows N_train early");
        assertArrayEquals(a.initialParameters(), race.run(1).initialParameters(), 0.0);
        assertEquals(a.task().trainSize(), race.data().train().size(), "d = 2: the points can be drawn");
        assertEquals(3, race.data().train().classCount());
        assertEquals(Math.log(3), a.trainLoss(), 0.5, "near uniform softmax at θ₀");
        race.steps(300);
        assertTrue(race.run(1).validationAccuracy() > 0.9, "Adam separates the species: " + race.run(1).validationAccuracy());
    }

    @Test
    void aShippedTableMustBeLoadedBeforeItsRaceStarts() {
        assertThrows(IllegalStateException.class, () -> TableKind.DIGITS.table(null, 400, 0.1, new descent.core.math.Rng(1)));
        assertEquals(2, TableKind.IRIS.table(descent.core.data.table.LoadedTables.get(ShippedData.IRIS), 0, 0,
                new descent.core.math.Rng(1)).dimension(), "iris: the two petal measurements");
    }

    @Test
    void generatedKClassSetsTrainOnThePlane() throws IOException {
        Race race = new Race(on(TableKind.GAUSSIANS4, LaneConfig.of(OptimizerKind.ADAM, 0.01)));
        assertEquals(4, race.run(0).classCount());
        assertEquals(200, race.run(0).task().trainSize());
        race.steps(400);
        assertTrue(race.run(0).validationAccuracy() > 0.9, "" + race.run(0).validationAccuracy());
        int[] classes = new int[16 * 16];
        double[] confidence = new double[16 * 16];
        race.run(0).predictClasses(-3, 3, -3, 3, 16, classes, confidence, false);
        boolean[] seen = new boolean[4];
        for (int c : classes) {
            seen[c] = true;
        }
        for (int k = 0; k < 4; k++) {
            assertTrue(seen[k], "class " + k + " has a region on the map");
        }
    }

    @Test
    void digitsReachNinetyPercentWithin2000AdamStepsForSeedsOneToFive() throws IOException {
        for (int seed = 1; seed <= 5; seed++) {
            LaneConfig adam = LaneConfig.of(OptimizerKind.ADAM, 0.001);
            adam.batchSize = 32;
            PlaygroundConfig c = on(TableKind.DIGITS, adam);
            c.hiddenLayers = new int[] {32};
            c.seed = seed;
            Race race = new Race(c);
            Run run = race.run(0);
            assertEquals(64 * 32 + 32 + 32 * 10 + 10, run.parameters().length, "64-32-10");
            int done = 0;
            while (done < 2000 && run.validationAccuracy() < 0.9) {
                done += race.steps(100);
            }
            run.evaluate();
            assertTrue(run.validationAccuracy() >= 0.9, "seed " + seed + ": " + run.validationAccuracy());
            ConfusionMatrix m = new ConfusionMatrix(10);
            int[] wrong = new int[8];
            int[] predicted = new int[8];
            int listed = ((TableTask) run.task()).confusion(run.parameters(), m, wrong, predicted);
            assertTrue(listed > 0 && listed <= 8, "a few digits are still wrong: " + listed);
            for (int i = 0; i < listed; i++) {
                int actual = ((TableTask) run.task()).split().validation().label(wrong[i]);
                assertTrue(actual != predicted[i] && m.count(actual, predicted[i]) > 0);
            }
            assertEquals(run.task().validationSize(), m.total(), "the matrix counts every validation image");
            assertEquals(run.validationAccuracy(), m.accuracy(), 1e-12);
            assertEquals(0, race.data().train().size(), "64 inputs: nothing to draw on the plane");
        }
    }

    @Test
    void l2InTheLossShrinksTheWeightsOnTablesAndOnThePlaneAndAChangeRestartsTheLane() throws IOException {
        for (TableKind kind : new TableKind[] {TableKind.PENGUINS, null}) {
            LaneConfig plain = LaneConfig.of(OptimizerKind.ADAM, 0.01);
            LaneConfig decayed = LaneConfig.of(OptimizerKind.ADAM, 0.01);
            decayed.l2 = 0.01;
            PlaygroundConfig c = kind == null ? new PlaygroundConfig() : on(kind);
            c.lanes = new LaneConfig[] {plain, decayed};
            Race race = new Race(c);
            assertEquals(race.run(0).trainLoss(), race.run(1).trainLoss(), 0.0, "the reported loss leaves λ out");
            race.steps(500);
            double w0 = weightNorm(race.run(0));
            double w1 = weightNorm(race.run(1));
            assertTrue(w1 < 0.8 * w0, (kind == null ? "plane" : kind.id()) + ": ‖W‖ " + w1 + " vs " + w0);
            LaneConfig more = decayed.copy();
            more.l2 = 0.1;
            assertTrue(race.changeLane(1, more, false).contains("L2"), "a new λ is a new loss: the lane restarts");
            assertEquals(0, race.run(1).stepCount());
        }
    }

    private static double weightNorm(Run run) {
        double sq = 0;
        double[] theta = run.parameters();
        descent.core.nn.Network n = run.network();
        for (int l = 0; l < n.layerCount(); l++) {
            for (int p = n.weightOffset(l); p < n.biasOffset(l); p++) {
                sq += theta[p] * theta[p];
            }
        }
        return Math.sqrt(sq);
    }
}
