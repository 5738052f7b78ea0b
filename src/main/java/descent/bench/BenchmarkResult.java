package descent.bench;

/** The benchmark's one-line JSON: {"engine": …, "small": E, "deep": E, "heatmap": G}. */
public final class BenchmarkResult {
    private BenchmarkResult() {
    }

    public static String json(String engine, double small, double deep, double heatmap) {
        return "{\"engine\": \"" + engine + "\", \"small\": " + number(small) + ", \"deep\": " + number(deep)
                + ", \"heatmap\": " + number(heatmap) + "}";
    }

    /** Whole units per second are precise enough, and integers are valid JSON in every engine's toString. */
    private static String number(double rate) {
        return rate - rate == 0 ? Integer.toString((int) Math.round(rate)) : "null";
    }
}
