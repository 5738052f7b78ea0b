package descent.web.export;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsExportTest {
    private static Race trainedRace() {
        PlaygroundConfig c = new PlaygroundConfig();
        LaneConfig a = LaneConfig.of(OptimizerKind.GD, 0.1);
        a.label = "plain, \"fast\"";
        c.lanes = new LaneConfig[] {a, LaneConfig.of(OptimizerKind.ADAM, 0.01)};
        Race race = new Race(c);
        race.steps(25);
        return race;
    }

    @Test
    void csvHasOneRowPerLaneMetricAndRecordedStep() {
        Race race = trainedRace();
        String csv = MetricsExport.csv(race);
        String[] lines = csv.split("\n");
        assertEquals("lane,label,metric,step,value", lines[0]);
        int expected = 0;
        for (int lane = 0; lane < 2; lane++) {
            for (int m = 0; m < MetricsExport.METRICS.length; m++) {
                expected += MetricsExport.series(race.run(lane), m).size();
            }
        }
        assertEquals(expected + 1, lines.length);
        assertTrue(csv.contains("\n0,\"plain, \"\"fast\"\"\",batch_loss,1,"), "labels quoted as CSV fields");
        String last = "1,Adam,train_loss," + race.run(1).trainLossSeries().step(race.run(1).trainLossSeries().size() - 1)
                + "," + race.run(1).trainLossSeries().last();
        assertTrue(csv.contains(last + "\n"), "the last training loss of Adam: " + last);
    }

    @Test
    void jsonHoldsTheSameSeriesAndTheLink() {
        Race race = trainedRace();
        String json = MetricsExport.json(race, "lanes=2&l0.label=x", new String[] {"paused", "diverged"});
        assertTrue(json.startsWith("{\"hash\":\"lanes=2&l0.label=x\",\"lanes\":[{\"lane\":0,\"label\":\"plain, \\\"fast\\\"\""), json.substring(0, 80));
        assertTrue(json.contains("\"status\":\"diverged\""));
        double first = race.run(0).batchLossSeries().value(0);
        int firstStep = race.run(0).batchLossSeries().step(0);
        assertTrue(json.contains("\"batch_loss\":[[" + firstStep + "," + first + "]"), "first batch loss: " + json.substring(0, 300));
        assertTrue(json.endsWith("]}}]}"), "closes lane, metrics and lanes");
    }

    @Test
    void fileNamesSayWhatTheyHold() {
        assertEquals("descent-playground-metrics.csv", MetricsExport.fileName("", "metrics", "csv"));
        assertEquals("descent-momentum-vs-gd-loss.png", MetricsExport.fileName("momentum-vs-gd", "loss", "png"));
        assertEquals("descent--x--metrics.json", MetricsExport.fileName("<x>", "metrics", "json"));
    }
}
