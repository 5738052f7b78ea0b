package descent.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkRunnerTest {
    /** A fake clock that advances 1 ms per unit of work: every round must then report 1000 units/s. */
    @Test
    void medianRateFollowsTheClock() {
        double[] now = {0};
        Workload work = new Workload() {
            @Override
            public int run(int repetitions) {
                now[0] += repetitions;
                return repetitions;
            }

            @Override
            public double checksum() {
                return now[0];
            }
        };
        BenchmarkRunner runner = new BenchmarkRunner(work, () -> now[0]);
        assertEquals(1000, runner.runAll(), 1e-9);
        assertTrue(runner.finished());
    }

    @Test
    void resultIsTheDocumentedJson() {
        assertEquals("{\"engine\": \"jvm\", \"small\": 476923, \"deep\": 2, \"heatmap\": null, \"digits\": 7}",
                BenchmarkResult.json("jvm", new double[] {476922.6, 1.5, Double.NaN, 7}, null));
        assertEquals("{\"engine\": \"wasm\", \"small\": 3, \"deep\": 2, \"heatmap\": 1, \"digits\": null,"
                        + " \"reference\": {\"small\": 6, \"deep\": 5, \"heatmap\": null}}",
                BenchmarkResult.json("wasm", new double[] {3, 2, 1}, new double[] {6, 5, Double.NaN}));
    }

    @Test
    void workloadsReportWhatTheyProcessed() {
        assertEquals(30, Workloads.small().run(3)); // 3 batches of 10
        assertEquals(64, Workloads.deep().run(2)); // 2 batches of 32
        Workload heatmap = Workloads.heatmap();
        assertEquals(2, heatmap.run(2));
        double p = heatmap.checksum();
        assertTrue(p > 0 && p < 1, "a sigmoid output: " + p);
        Workload digits = Workloads.digits();
        assertEquals(96, digits.run(3)); // 3 batches of 32
        double loss = digits.checksum();
        assertTrue(loss > 1 && loss < 4, "a softmax loss near ln 10 at the start: " + loss);
    }
}
