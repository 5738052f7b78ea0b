package descent.bench;

/**
 * The benchmark's one-line JSON: {"engine": …, "small": E, "deep": E, "heatmap": G, "digits": E, "reference":
 * {"small": E, "deep": E, "heatmap": G}}, the reference being the hand-written JavaScript MLP timed in the same page
 * run (it has no digits workload). A rate that was not measured is null.
 */
public final class BenchmarkResult {
    private BenchmarkResult() {
    }

    /** @param core small, deep, heatmap, digits; @param reference small, deep, heatmap, or null (the JVM has none) */
    public static String json(String engine, double[] core, double[] reference) {
        String json = "{\"engine\": \"" + engine + "\", " + rates(core, 4);
        if (reference != null) {
            json += ", \"reference\": {" + rates(reference, 3) + "}";
        }
        return json + "}";
    }

    private static final String[] NAMES = {"small", "deep", "heatmap", "digits"};

    private static String rates(double[] rates, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('"').append(NAMES[i]).append("\": ").append(number(i < rates.length ? rates[i] : Double.NaN));
        }
        return b.toString();
    }

    /** Whole units per second are precise enough, and integers are valid JSON in every engine's toString. */
    private static String number(double rate) {
        return rate - rate == 0 ? Integer.toString((int) Math.round(rate)) : "null";
    }
}
