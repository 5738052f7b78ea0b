package descent.bench;

/**
 * The benchmark's one-line JSON: {"engine": …, "small": E, "deep": E, "heatmap": G, "reference": {"small": E,
 * "deep": E, "heatmap": G}}, the reference being the hand-written JavaScript MLP timed in the same page run.
 */
public final class BenchmarkResult {
    private BenchmarkResult() {
    }

    public static String json(String engine, double small, double deep, double heatmap) {
        return "{\"engine\": \"" + engine + "\", " + rates(small, deep, heatmap) + "}";
    }

    public static String json(String engine, double[] core, double[] reference) {
        return "{\"engine\": \"" + engine + "\", " + rates(core[0], core[1], core[2])
                + ", \"reference\": {" + rates(reference[0], reference[1], reference[2]) + "}}";
    }

    private static String rates(double small, double deep, double heatmap) {
        return "\"small\": " + number(small) + ", \"deep\": " + number(deep) + ", \"heatmap\": " + number(heatmap);
    }

    /** Whole units per second are precise enough, and integers are valid JSON in every engine's toString. */
    private static String number(double rate) {
        return rate - rate == 0 ? Integer.toString((int) Math.round(rate)) : "null";
    }
}
