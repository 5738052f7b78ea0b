package descent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LayersCommandTest {
    /** stdout, stderr and the exit code of one command line, through Main's dispatcher. */
    private static final class Result {
        final int code;
        final String out;
        final String err;

        Result(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }

        /** The data rows as numbers: rows[l − 1] = {layer, act_mean, act_std, saturated, grad_norm}. */
        double[][] rows() {
            String[] lines = out.split("\n");
            assertEquals("layer,act_mean,act_std,saturated,grad_norm", lines[0]);
            double[][] rows = new double[lines.length - 1][];
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                assertEquals(5, f.length, lines[i]);
                rows[i - 1] = new double[5];
                for (int c = 0; c < 5; c++) {
                    rows[i - 1][c] = Double.parseDouble(f[c]);
                }
                assertEquals(i, (int) rows[i - 1][0]);
            }
            return rows;
        }
    }

    private static Result run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = ("layers " + line).trim().split(" +");
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String TANH_NORMAL = "--depth 10 --width 32 --activation tanh --init normal --batch 256 --seed 1";

    @Test
    void printsOneRowPerHiddenLayerAndTheSameRowsForTheSameSeed() {
        Result r = run(TANH_NORMAL);
        assertEquals(0, r.code, r.err);
        assertEquals("", r.err);
        double[][] rows = r.rows();
        assertEquals(10, rows.length);
        assertEquals(r.out, run(TANH_NORMAL).out);
        assertTrue(!r.out.equals(run(TANH_NORMAL.replace("--seed 1", "--seed 2")).out));
        assertEquals(r.out, run(TANH_NORMAL.replace("--depth 10 --width 32", "--width=32 --depth=10")).out);
    }

    @Test
    void theIssuesClaimsShowInTheTable() {
        double[][] saturated = run(TANH_NORMAL).rows();
        assertTrue(saturated[9][3] > 0.5, "tanh, normal scale 1: layer 10 mostly saturated");
        double[][] tiny = run(TANH_NORMAL + " --scale 0.01").rows();
        assertTrue(tiny[9][2] < 1e-10, "scale 0.01: collapses toward 0");
        double[][] xavier = run(TANH_NORMAL.replace("normal", "xavier")).rows();
        assertTrue(xavier[9][2] > 0.15 && xavier[9][3] < 0.02, "Xavier keeps the spread");
        double[][] bn = run(TANH_NORMAL + " --bn").rows();
        assertTrue(bn[9][3] < 0.02, "batch norm keeps the scale-1 init out of saturation");
        double[][] he = run("--depth 10 --width 64 --activation relu --init he --batch 256 --seed 1").rows();
        for (double[] row : he) {
            assertTrue(row[2] / he[0][2] > 0.5 && row[2] / he[0][2] < 2, "He keeps ReLU's spread");
            assertTrue(row[3] > 0.3 && row[3] < 0.7, "about half of ReLU outputs are 0");
        }
        double[][] sigmoid = run("--depth 3 --width 16 --activation sigmoid --init normal --scale 4 --batch 64 "
                + "--seed 3").rows();
        assertTrue(sigmoid[2][3] > 0.3, "a large normal saturates the sigmoid too");
    }

    @Test
    void zeroInitGivesZeroActivationsAndGradientsAndABatchOfOneWorksWithBatchNorm() {
        for (double[] row : run("--depth 4 --width 8 --activation tanh --init zero --batch 16 --seed 5").rows()) {
            assertEquals(0.0, row[1]);
            assertEquals(0.0, row[2]);
            assertEquals(0.0, row[4]);
        }
        Result one = run("--depth 4 --width 8 --activation relu --init he --bn --batch 1 --seed 5");
        assertEquals(0, one.code, one.err);
        for (double[] row : one.rows()) {
            assertEquals(0.0, row[2], "one example: BN outputs β = 0 for every unit");
        }
        Result after = run("--depth 4 --width 8 --activation sigmoid --init orthogonal --gain 1.2 --bn-after "
                + "--batch 32 --seed 5");
        assertEquals(0, after.code, after.err);
        Result sparse = run("--depth 3 --width 20 --activation tanh --init sparse --k 4 --batch 32 --seed 5");
        assertEquals(3, sparse.rows().length);
    }

    @Test
    void badCommandLinesGiveOneLineOnStderrAndExitCodeTwo() {
        String ok = "--depth 3 --width 8 --activation tanh --init xavier --batch 16 --seed 1";
        String[] bad = {
            ok.replace("xavier", "glorot"),
            ok.replace("tanh", "softplus"),
            ok.replace("--depth 3 ", ""),
            ok.replace("--seed 1", "--seed"),
            ok.replace("--width 8", "--width 0"),
            ok.replace("--width 8", "--width 8.5"),
            ok.replace("--batch 16", "--batch abc"),
            ok.replace("--batch 16", "--batch 0"),
            ok.replace("--depth 3", "--depth 99999999999"),
            ok + " --scale NaN",
            ok + " --scale 1e999",
            ok + " --gain x",
            ok + " --k 0",
            ok + " --bn --bn-after",
            ok + " --bn=1",
            ok + " --colour red",
            ok + " --depth 4",
            ok + " stray",
            ok.replace("--width 8", "--width 4096").replace("--depth 3", "--depth 1000"),
        };
        for (String line : bad) {
            Result r = run(line);
            assertEquals(2, r.code, line);
            assertEquals("", r.out, line);
            assertTrue(r.err.startsWith("descent layers: "), line + " → " + r.err);
            assertEquals(1, r.err.split("\n").length, line + " → " + r.err);
        }
        Result help = run("--help");
        assertEquals(0, help.code);
        assertTrue(help.out.contains("xavier-normal") && help.out.contains("--bn"));
    }

    @Test
    void numbersHaveSixSignificantDigits() {
        assertEquals("0", LayersCommand.format(0));
        assertEquals("0.123457", LayersCommand.format(0.1234567));
        assertEquals("3.02847e-13", LayersCommand.format(3.028469e-13));
        assertEquals("12345.7", LayersCommand.format(12345.67));
        assertEquals("NaN", LayersCommand.format(Double.NaN));
    }
}
