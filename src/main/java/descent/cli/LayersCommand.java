package descent.cli;

import descent.core.math.Rng;
import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.DepthProbe;
import descent.core.nn.Init;
import descent.core.nn.LayerStats;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code layers}: activation and gradient statistics of every hidden layer of a deep network at
 * initialization, as CSV {@code layer,act_mean,act_std,saturated,grad_norm} — tables for course notes on
 * initialization and batch norm (CURRICULUM §4–5).
 *
 * <p>The network ({@link DepthProbe}) has D hidden layers of width W, input dimension W (so that every hidden
 * layer has fan-in W) and one linear output. B inputs are drawn from N(0, I_W); the loss is squared error
 * against zero targets, L = (1/B) Σ ½ŷ². Per hidden layer l = 1 … D: the mean and (population) standard
 * deviation of the activations f(z_l) over all B·W values; {@code saturated}, the fraction with |a| &gt; 0.99
 * (tanh), a outside [0.01, 0.99] (sigmoid) or a = 0 (relu); and {@code grad_norm} = ‖∂L/∂W_{l−1}‖, the
 * Frobenius norm of the gradient of the weights into layer l. {@code --bn} inserts batch norm before each
 * hidden activation, in training mode (batch statistics). Weights and inputs come from two streams forked
 * from the seed, so changing {@code --batch} does not change the weights nor {@code --init} the inputs.
 * Numbers are printed with 6 significant digits.
 */
final class LayersCommand {
    static final int MAX_DEPTH = 1000;
    static final int MAX_WIDTH = 4096;
    static final int MAX_BATCH = 1_000_000;
    /** Caps on B·W (input and activation rows) and D·W² (weights): about 80 MB and 400 MB of doubles. */
    static final long MAX_ROWS_TIMES_WIDTH = 10_000_000L;
    static final long MAX_WEIGHTS = 50_000_000L;

    static final String USAGE = String.join("\n",
            "usage: descent.cli.Main layers --depth D --width W --activation tanh|relu|sigmoid --init NAME",
            "         [--scale S] [--gain G] [--k K] [--bn | --bn-after] --batch B --seed N",
            "",
            "inits: " + Init.ids() + "  (xavier-uniform = xavier, he-normal = he)",
            "",
            "  --depth D        hidden layers, 1 … " + MAX_DEPTH,
            "  --width W        units per hidden layer, 1 … " + MAX_WIDTH + "; the input has W dimensions too",
            "  --activation F   tanh, relu, sigmoid or linear",
            "  --init NAME      weight initialization; biases start at 0",
            "  --scale S        multiplies every weight (σ for normal, the value for constant); default 1",
            "  --gain G         orthogonal's gain: W = S·G·Q; default 1",
            "  --k K            sparse: non-zero incoming weights per unit; default " + Init.DEFAULT_NON_ZERO,
            "  --bn             batch norm before each hidden activation (batch statistics)",
            "  --bn-after       batch norm after each hidden activation instead",
            "  --batch B        standard-normal inputs, 1 … " + MAX_BATCH,
            "  --seed N         integer seed of weights and inputs",
            "",
            "prints CSV layer,act_mean,act_std,saturated,grad_norm for hidden layers 1 … D at initialization:",
            "saturated = fraction with |a| > 0.99 (tanh), a outside [0.01, 0.99] (sigmoid), a = 0 (relu);",
            "grad_norm = ‖∂L/∂W‖ of the weights into the layer for L = mean ½ŷ² (squared error, zero targets).");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");
    private static final String[] VALUED = {"depth", "width", "activation", "init", "scale", "gain", "k", "batch",
        "seed"};
    private static final String[] FLAGS = {"bn", "bn-after"};

    private LayersCommand() {
    }

    /** Runs {@code layers} with its arguments; returns the exit code (2 with one line on stderr if unusable). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        for (String a : args) {
            if ("--help".equals(a) || "-h".equals(a)) {
                out.println(USAGE);
                return 0;
            }
        }
        try {
            out.print(table(args));
            return 0;
        } catch (UsageException e) {
            err.println("descent layers: " + e.getMessage());
            return 2;
        }
    }

    /** The CSV for a command line, or a UsageException naming what is wrong with it. */
    static String table(String[] args) throws UsageException {
        Map<String, String> o = parse(args);
        int depth = integer(o, "depth", 1, MAX_DEPTH);
        int width = integer(o, "width", 1, MAX_WIDTH);
        Activation activation = activation(required(o, "activation"));
        Init init = Init.fromId(required(o, "init"));
        if (init == null) {
            throw new UsageException("unknown init '" + o.get("init") + "' (inits: " + Init.ids() + ")");
        }
        double scale = o.containsKey("scale") ? number(o, "scale") : 1;
        double gain = o.containsKey("gain") ? number(o, "gain") : 1;
        int k = o.containsKey("k") ? integer(o, "k", 1, MAX_WIDTH) : Init.DEFAULT_NON_ZERO;
        int batch = integer(o, "batch", 1, MAX_BATCH);
        int seed = integer(o, "seed", Integer.MIN_VALUE, Integer.MAX_VALUE);
        boolean before = o.containsKey("bn");
        boolean after = o.containsKey("bn-after");
        if (before && after) {
            throw new UsageException("--bn and --bn-after exclude each other");
        }
        if ((long) batch * width > MAX_ROWS_TIMES_WIDTH) {
            throw new UsageException("--batch × --width is at most " + MAX_ROWS_TIMES_WIDTH + ", got " + batch + " × "
                    + width);
        }
        if ((long) depth * width * width > MAX_WEIGHTS) {
            throw new UsageException("--depth × --width² is at most " + MAX_WEIGHTS + ", got " + depth + " × "
                    + width + "²");
        }
        BatchNormPlacement placement = before ? BatchNormPlacement.BEFORE_ACTIVATION
                : after ? BatchNormPlacement.AFTER_ACTIVATION : BatchNormPlacement.NONE;

        DepthProbe probe = new DepthProbe(depth, width, activation, placement);
        Rng root = new Rng(seed);
        Rng weights = root.fork(1);
        Rng inputs = root.fork(2);
        probe.initialize(init, scale, gain, k, weights);
        probe.sampleInputs(batch, inputs);
        probe.measure();
        LayerStats s = probe.stats();
        StringBuilder csv = new StringBuilder(64 * (depth + 1));
        csv.append("layer,act_mean,act_std,saturated,grad_norm\n");
        for (int l = 1; l <= depth; l++) {
            csv.append(l).append(',').append(format(s.activationMean(l))).append(',')
                    .append(format(s.activationStd(l))).append(',').append(format(s.saturatedFraction(l)))
                    .append(',').append(format(s.weightGradientNorm(l))).append('\n');
        }
        return csv.toString();
    }

    /** 6 significant digits, e.g. 0.912345, 3.02847e-13, 0 for zero, NaN/Infinity spelled out. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static Activation activation(String id) throws UsageException {
        switch (id) {
            case "tanh":
                return Activation.TANH;
            case "relu":
                return Activation.RELU;
            case "sigmoid":
                return Activation.SIGMOID;
            case "linear":
                return Activation.LINEAR;
            default:
                throw new UsageException("unknown activation '" + id + "' (tanh, relu, sigmoid, linear)");
        }
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
            if (contains(FLAGS, a.substring(2))) {
                name = a.substring(2);
                value = "";
            } else if (eq >= 0) {
                name = a.substring(2, eq);
                value = a.substring(eq + 1);
                if (contains(FLAGS, name)) {
                    throw new UsageException("--" + name + " takes no value");
                }
            } else {
                name = a.substring(2);
                if (contains(VALUED, name) && i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = i + 1 < args.length ? args[++i] : "";
            }
            if (!contains(VALUED, name) && !contains(FLAGS, name)) {
                throw new UsageException("unknown option '--" + name + "'");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return options;
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
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

    private static int integer(Map<String, String> options, String name, int min, int max) throws UsageException {
        String text = required(options, name).trim();
        long v;
        if (!INTEGER.matcher(text).matches()) {
            throw new UsageException("--" + name + " expects an integer, got '" + options.get(name) + "'");
        }
        v = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        if (v < min || v > max) {
            throw new UsageException("--" + name + " must lie in " + min + " … " + max + ", got " + text);
        }
        return (int) v;
    }

    private static double number(Map<String, String> options, String name) throws UsageException {
        String text = options.get(name).trim();
        if (!NUMBER.matcher(text).matches()) {
            throw new UsageException("--" + name + " expects a number, got '" + options.get(name) + "'");
        }
        double v = Double.parseDouble(text);
        if (Double.isInfinite(v)) {
            throw new UsageException("--" + name + " is out of range: '" + text + "'");
        }
        return v;
    }
}
