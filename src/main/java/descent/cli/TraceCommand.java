package descent.cli;

import descent.core.experiment.DivergenceWatch;
import descent.core.landscape.Surface;
import descent.core.landscape.SurfaceKind;
import descent.core.optim.CgVariant;
import descent.core.optim.LineSearchKind;
import descent.core.optim.Optimizer;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code trace}: runs one optimizer on one 2D surface and prints its trajectory as CSV, {@code step,x,y,loss},
 * step 0 being the start, every number with 17 significant digits (round-trips to the same double).
 *
 * <p>Each row k &gt; 0 is θ after k calls of {@link Optimizer#step} with the settings' constant ε, and J there.
 * For Nesterov the row is θ, not the look-ahead θ + αv. If a step makes J or θ non-finite, the run is
 * DIVERGED: the rows stop at the last finite step and one line on stderr says where (exit code 0).
 */
final class TraceCommand {
    static final String USAGE = String.join("\n",
            "usage: descent.cli.Main trace --surface S --optimizer O --start X,Y --steps N",
            "         [--lr V] [--momentum V] [--rho V] [--beta1 V] [--beta2 V] [--eps V] [--kappa V]",
            "         [--weight-decay V] [--memory M] [--damping V] [--line-search wolfe|armijo] [--cg pr|fr]",
            "",
            "surfaces:   " + surfaceIds(),
            "optimizers: " + optimizerIds(),
            "",
            "  --lr V            learning rate ε (default: the optimizer's own, e.g. adam 0.001)",
            "  --momentum V      α of v ← αv − εg (momentum, nesterov, rmsprop-nesterov), in [0, 1)",
            "  --rho V           ρ of r ← ρr + (1 − ρ)g⊙g (rmsprop, adadelta), in [0, 1)",
            "  --beta1 V, --beta2 V   Adam's moment decays, in [0, 1)",
            "  --eps V           δ, the small constant of the adaptive rules",
            "  --kappa V         κ of the quadratic ½(x² + κy²) (default 10)",
            "  --weight-decay V  λ of adamw;  --memory M  pairs kept by lbfgs;  --damping V  damped/saddle-free Newton",
            "  --line-search K   bfgs, lbfgs, cg: wolfe (default) or armijo;  --cg V  cg: pr (default) or fr",
            "",
            "prints CSV step,x,y,loss; step 0 is the start; 17 significant digits.");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("\\+?\\d{1,9}");
    private static final int MAX_STEPS = 10_000_000;
    private static final String[] KNOWN = {"surface", "optimizer", "start", "steps", "lr", "momentum", "rho",
        "beta1", "beta2", "eps", "kappa", "weight-decay", "memory", "damping", "line-search", "cg"};

    private TraceCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        for (String a : args) {
            if ("--help".equals(a) || "-h".equals(a)) {
                out.println(USAGE);
                return 0;
            }
        }
        Map<String, String> options = parse(args);
        SurfaceKind surfaceKind = SurfaceKind.fromId(required(options, "surface"));
        if (surfaceKind == null) {
            throw new UsageException("unknown surface '" + options.get("surface") + "' (surfaces: " + surfaceIds() + ")");
        }
        OptimizerKind kind = OptimizerKind.fromId(required(options, "optimizer"));
        if (kind == null) {
            throw new UsageException("unknown optimizer '" + options.get("optimizer") + "' (optimizers: "
                    + optimizerIds() + ")");
        }
        double[] start = parseStart(required(options, "start"));
        int steps = parseSteps(required(options, "steps"));
        double kappa = options.containsKey("kappa") ? number(options, "kappa") : SurfaceKind.DEFAULT_KAPPA;
        if (!(kappa > 0)) {
            throw new UsageException("--kappa must be positive, got " + options.get("kappa"));
        }
        OptimizerSettings settings = settings(kind, options);
        Surface surface = surfaceKind.create(kappa);
        trace(surface, kind.create(settings, 2), settings.learningRate(), start, steps, out, err);
        return 0;
    }

    /** Writes the trajectory. Public behaviour documented on the class. */
    static void trace(Surface surface, Optimizer optimizer, double learningRate, double[] start, int steps,
            PrintStream out, PrintStream err) {
        double[] theta = start.clone();
        StringBuilder csv = new StringBuilder(64 * Math.min(steps + 2, 100_000));
        csv.append("step,x,y,loss\n");
        row(csv, 0, theta, surface.value(theta));
        DivergenceWatch watch = new DivergenceWatch(theta);
        for (int k = 1; k <= steps; k++) {
            optimizer.step(surface, theta, learningRate);
            double loss = surface.value(theta);
            if (!watch.check(k, loss, theta)) {
                out.print(csv);
                err.println("descent trace: diverged at step " + k + " (" + watch.reason() + "); rows stop at step "
                        + (k - 1));
                return;
            }
            row(csv, k, theta, loss);
            if (csv.length() > 1 << 20) {
                out.print(csv);
                csv.setLength(0);
            }
        }
        out.print(csv);
    }

    private static void row(StringBuilder csv, int step, double[] theta, double loss) {
        csv.append(step).append(',').append(format(theta[0])).append(',').append(format(theta[1])).append(',')
                .append(format(loss)).append('\n');
    }

    /**
     * The exact binary value rounded (half-even) to 17 significant digits, as d.dddddddddddddddde±XX — what C's
     * {@code %.16e} prints, and enough to round-trip every double. (Java's own {@code %e} pads the shortest
     * representation with zeros instead: 0.1 would print as 1.0000000000000000e-01, not 1.0000000000000001e-01.)
     */
    static String format(double v) {
        if (v == 0) {
            return (1 / v < 0 ? "-" : "") + "0.0000000000000000e+00";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(17, RoundingMode.HALF_EVEN));
        StringBuilder digits = new StringBuilder(rounded.unscaledValue().abs().toString());
        int exponent = digits.length() - 1 - rounded.scale();
        while (digits.length() < 17) {
            digits.append('0');
        }
        StringBuilder b = new StringBuilder(24);
        if (v < 0) {
            b.append('-');
        }
        b.append(digits.charAt(0)).append('.').append(digits, 1, 17).append('e').append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) {
            b.append('0');
        }
        return b.append(e).toString();
    }

    private static OptimizerSettings settings(OptimizerKind kind, Map<String, String> o) throws UsageException {
        OptimizerSettings s = kind.defaults();
        try {
            if (o.containsKey("lr")) {
                s = s.withLearningRate(number(o, "lr"));
            }
            if (o.containsKey("momentum")) {
                s = s.withMomentum(number(o, "momentum"));
            }
            if (o.containsKey("rho")) {
                s = s.withRho(number(o, "rho"));
            }
            if (o.containsKey("beta1")) {
                s = s.withBeta1(number(o, "beta1"));
            }
            if (o.containsKey("beta2")) {
                s = s.withBeta2(number(o, "beta2"));
            }
            if (o.containsKey("eps")) {
                s = s.withDelta(number(o, "eps"));
            }
            if (o.containsKey("weight-decay")) {
                s = s.withWeightDecay(number(o, "weight-decay"));
            }
            if (o.containsKey("damping")) {
                s = s.withDamping(number(o, "damping"));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (o.containsKey("memory")) {
            String m = o.get("memory");
            if (!INTEGER.matcher(m).matches() || Integer.parseInt(m) < 1) {
                throw new UsageException("--memory expects a positive integer, got '" + m + "'");
            }
            s = s.withMemory(Integer.parseInt(m));
        }
        if (o.containsKey("line-search")) {
            LineSearchKind ls = LineSearchKind.fromId(o.get("line-search"));
            if (ls == null) {
                throw new UsageException("unknown line search '" + o.get("line-search") + "' (wolfe, armijo)");
            }
            s = s.withLineSearch(ls);
        }
        if (o.containsKey("cg")) {
            CgVariant v = CgVariant.fromId(o.get("cg"));
            if (v == null) {
                throw new UsageException("unknown CG variant '" + o.get("cg") + "' (pr, fr)");
            }
            s = s.withCgVariant(v);
        }
        return s;
    }

    private static Map<String, String> parse(String[] args) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument '" + a + "' (options start with --)");
            }
            String name;
            String value;
            int eq = a.indexOf('=');
            if (eq >= 0) {
                name = a.substring(2, eq);
                value = a.substring(eq + 1);
            } else {
                name = a.substring(2);
                if (i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!isKnown(name)) {
                throw new UsageException("unknown option '--" + name + "'");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return options;
    }

    private static boolean isKnown(String name) {
        for (String k : KNOWN) {
            if (k.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String required(Map<String, String> options, String name) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("missing --" + name);
        }
        return v;
    }

    private static double number(Map<String, String> options, String name) throws UsageException {
        return parseNumber(options.get(name), "--" + name);
    }

    private static double parseNumber(String text, String what) throws UsageException {
        String t = text.trim();
        if (!NUMBER.matcher(t).matches()) {
            throw new UsageException(what + " expects a number, got '" + text + "'");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new UsageException(what + " is out of range: '" + text + "'");
        }
        return v;
    }

    private static double[] parseStart(String text) throws UsageException {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new UsageException("--start expects X,Y (two numbers separated by a comma), got '" + text + "'");
        }
        return new double[] {parseNumber(parts[0], "--start x"), parseNumber(parts[1], "--start y")};
    }

    private static int parseSteps(String text) throws UsageException {
        if (!INTEGER.matcher(text).matches()) {
            throw new UsageException("--steps expects a non-negative integer, got '" + text + "'");
        }
        int steps = Integer.parseInt(text);
        if (steps > MAX_STEPS) {
            throw new UsageException("--steps is at most " + MAX_STEPS + ", got " + text);
        }
        return steps;
    }

    private static String surfaceIds() {
        StringBuilder b = new StringBuilder();
        for (SurfaceKind k : SurfaceKind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.id());
        }
        return b.toString();
    }

    private static String optimizerIds() {
        StringBuilder b = new StringBuilder();
        for (OptimizerKind k : OptimizerKind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.id());
        }
        return b.toString();
    }
}
