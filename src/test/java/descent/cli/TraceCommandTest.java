package descent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.optim.OptimizerKind;
import descent.core.landscape.SurfaceKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TraceCommandTest {
    private static final class Result {
        final int code;
        final String out;
        final String err;

        Result(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }

        String[] lines() {
            return out.split("\n");
        }

        double field(int row, int column) {
            return Double.parseDouble(lines()[row].split(",")[column]);
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gradientDescentRowsByHand() {
        // ½(x² + 4y²) with ε = 0.1 from (1, 1): x ← 0.9x, y ← 0.6y; J(1, 1) = ½(1 + 4) = 2.5
        Result r = run("trace", "--surface", "quadratic", "--kappa", "4", "--optimizer", "gd", "--start", "1,1",
                "--steps", "3", "--lr", "0.1");
        assertEquals(0, r.code);
        assertEquals("", r.err);
        String[] lines = r.lines();
        assertEquals(5, lines.length);
        assertEquals("step,x,y,loss", lines[0]);
        assertEquals("0,1.0000000000000000e+00,1.0000000000000000e+00,2.5000000000000000e+00", lines[1]);
        double[][] expected = {{0.9, 0.6}, {0.81, 0.36}, {0.729, 0.216}};
        for (int k = 1; k <= 3; k++) {
            assertEquals(String.valueOf(k), lines[k + 1].split(",")[0]);
            double x = r.field(k + 1, 1);
            double y = r.field(k + 1, 2);
            assertEquals(expected[k - 1][0], x, 1e-15);
            assertEquals(expected[k - 1][1], y, 1e-15);
            assertEquals(0.5 * (x * x + 4 * y * y), r.field(k + 1, 3), 1e-15);
        }
    }

    @Test
    void numbersHaveSeventeenSignificantDigits() {
        assertEquals("1.0000000000000001e-01", TraceCommand.format(0.1)); // 0.1000000000000000055511…
        assertEquals("1.0000000000000000e+00", TraceCommand.format(1));
        assertEquals("-2.5000000000000000e-300", TraceCommand.format(-2.5e-300));
        assertEquals("1.2345678912345679e+08", TraceCommand.format(123456789.123456789));
        assertEquals("4.9406564584124654e-324", TraceCommand.format(Double.MIN_VALUE));
        assertEquals("0.0000000000000000e+00", TraceCommand.format(0));
        assertEquals("-0.0000000000000000e+00", TraceCommand.format(-0.0));
        descent.core.math.Rng rng = new descent.core.math.Rng(3);
        for (int i = 0; i < 1000; i++) {
            double v = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(40) - 20);
            String s = TraceCommand.format(v);
            assertEquals(v, Double.parseDouble(s), 0, s);
            assertEquals(17, s.replace("-", "").replaceAll("e.*", "").replace(".", "").length());
        }
    }

    @Test
    void nesterovPrintsThetaNotTheLookAhead() {
        // ε = 0.1, α = 0.5 on ½(x² + 4y²): θ = (0.9, 0.6), (0.765, 0.24), (0.62775, 0.036) (the look-aheads
        // would be (0.85, 0.4), (0.6975, 0.06), …)
        Result r = run("trace", "--surface", "quadratic", "--kappa", "4", "--optimizer", "nesterov", "--start", "1,1",
                "--steps", "3", "--lr", "0.1", "--momentum", "0.5");
        assertEquals(0, r.code);
        assertEquals(0.9, r.field(2, 1), 1e-15);
        assertEquals(0.6, r.field(2, 2), 1e-15);
        assertEquals(0.765, r.field(3, 1), 1e-15);
        assertEquals(0.24, r.field(3, 2), 1e-15);
        assertEquals(0.62775, r.field(4, 1), 1e-15);
        assertEquals(0.036, r.field(4, 2), 1e-15);
    }

    @Test
    void newtonTakesTheFullStep() {
        // Rosenbrock at (−1.2, 1): g = (−2·2.2 − 400·(−1.2)·(1 − 1.44), 200·(1 − 1.44)) = (−215.6, −88),
        // H = [[2 − 400 + 1200·1.44, 480], [480, 200]] = [[1330, 480], [480, 200]], det = 266000 − 230400 = 35600,
        // H⁻¹g = ((200·(−215.6) − 480·(−88))/35600, (−480·(−215.6) + 1330·(−88))/35600) = (−880, −13552)/35600
        Result r = run("trace", "--surface", "rosenbrock", "--optimizer", "newton", "--start", "-1.2,1", "--steps", "1");
        assertEquals(0, r.code);
        assertEquals(-1.2 + 880.0 / 35600, r.field(2, 1), 1e-14);
        assertEquals(1 + 13552.0 / 35600, r.field(2, 2), 1e-14);
        Result q = run("trace", "--surface", "quadratic", "--optimizer", "newton", "--start", "-2.5,1.5", "--steps", "1");
        assertEquals(0, q.field(2, 1), 0);
        assertEquals(0, q.field(2, 2), 0);
    }

    @Test
    void quasiNewtonRunsUseTheirLineSearchOneIterationPerStep() {
        for (String o : new String[] {"bfgs", "lbfgs", "cg"}) {
            Result r = run("trace", "--surface", "rosenbrock", "--optimizer", o, "--start", "-1.2,1", "--steps", "100");
            assertEquals(0, r.code, o);
            assertEquals(102, r.lines().length, o);
            assertTrue(r.field(101, 3) < 1e-10, o + " reaches the minimum");
        }
    }

    @Test
    void everyOptimizerRunsOnEverySurface() {
        for (SurfaceKind s : SurfaceKind.values()) {
            for (OptimizerKind o : OptimizerKind.values()) {
                Result r = run("trace", "--surface", s.id(), "--optimizer", o.id(), "--start", "0.5,-0.5",
                        "--steps", "5");
                assertEquals(0, r.code, s.id() + "/" + o.id() + ": " + r.err);
                for (int i = 1; i < r.lines().length; i++) {
                    for (int c = 1; c <= 3; c++) {
                        assertTrue(Double.isFinite(r.field(i, c)));
                    }
                }
            }
        }
    }

    @Test
    void divergenceStopsTheRowsAndSaysWhere() {
        // ε = 1e300: θ1 = 1 − 1e300 is finite but J(θ1) overflows, so step 1 is the divergence
        Result r = run("trace", "--surface", "quadratic", "--optimizer", "gd", "--start", "1,1", "--steps", "10",
                "--lr", "1e300");
        assertEquals(0, r.code);
        assertEquals(2, r.lines().length);
        assertEquals("descent trace: diverged at step 1 (loss is infinite); rows stop at step 0\n",
                r.err.replace(System.lineSeparator(), "\n"));
    }

    private static void assertUsageError(String expectedStart, String... args) {
        Result r = run(args);
        assertEquals(2, r.code, String.join(" ", args));
        assertEquals("", r.out);
        String err = r.err.strip();
        assertTrue(err.startsWith(expectedStart), err);
        assertEquals(1, r.err.split("\\R").length, "one line: " + r.err);
    }

    @Test
    void badCommandLinesExitWithTwoAndOneLine() {
        String[] base = {"--surface", "rosenbrock", "--optimizer", "adam", "--start", "-1.2,1", "--steps", "10"};
        assertUsageError("descent trace: unknown surface 'banana'", "trace", "--surface", "banana", "--optimizer",
                "adam", "--start", "0,0", "--steps", "1");
        assertUsageError("descent trace: unknown optimizer 'adamm'", "trace", "--surface", "saddle", "--optimizer",
                "adamm", "--start", "0,0", "--steps", "1");
        assertUsageError("descent trace: --lr expects a number, got 'fast'", concat(base, "--lr", "fast"));
        assertUsageError("descent trace: --lr expects a number, got 'NaN'", concat(base, "--lr", "NaN"));
        assertUsageError("descent trace: --lr is out of range", concat(base, "--lr", "1e999"));
        assertUsageError("descent trace: momentum α must be in [0, 1)", concat(base, "--momentum", "1.5"));
        assertUsageError("descent trace: --kappa must be positive", concat(base, "--kappa", "-3"));
        assertUsageError("descent trace: --start expects X,Y", "trace", "--surface", "saddle", "--optimizer", "gd",
                "--start", "1", "--steps", "1");
        assertUsageError("descent trace: --start y expects a number", "trace", "--surface", "saddle", "--optimizer",
                "gd", "--start", "1,b", "--steps", "1");
        assertUsageError("descent trace: --steps expects a non-negative integer, got '-1'", "trace", "--surface",
                "saddle", "--optimizer", "gd", "--start", "1,1", "--steps", "-1");
        assertUsageError("descent trace: --steps expects a non-negative integer, got '2.5'", "trace", "--surface",
                "saddle", "--optimizer", "gd", "--start", "1,1", "--steps", "2.5");
        assertUsageError("descent trace: missing --steps", "trace", "--surface", "saddle", "--optimizer", "gd",
                "--start", "1,1");
        assertUsageError("descent trace: unknown option '--speed'", concat(base, "--speed", "3"));
        assertUsageError("descent trace: --lr given twice", concat(base, "--lr", "1", "--lr", "2"));
        assertUsageError("descent trace: --lr needs a value", concat(base, "--lr"));
        assertUsageError("descent: unknown command 'plot'", "plot");
        assertUsageError("descent: missing command");
    }

    @Test
    void equalsFormAndHelpWork() {
        Result r = run("trace", "--surface=saddle", "--optimizer=gd", "--start=1,0.5", "--steps=0");
        assertEquals(0, r.code);
        assertEquals("step,x,y,loss\n0,1.0000000000000000e+00,5.0000000000000000e-01,7.5000000000000000e-01\n", r.out);
        Result help = run("trace", "--help");
        assertEquals(0, help.code);
        assertTrue(help.out.contains("--surface S --optimizer O --start X,Y --steps N"));
        assertTrue(help.out.contains("rosenbrock"));
        Result top = run("--help");
        assertEquals(0, top.code);
        assertTrue(top.out.contains("trace"));
    }

    private static String[] concat(String[] base, String... more) {
        String[] out = new String[1 + base.length + more.length];
        out[0] = "trace";
        System.arraycopy(base, 0, out, 1, base.length);
        System.arraycopy(more, 0, out, 1 + base.length, more.length);
        return out;
    }
}
