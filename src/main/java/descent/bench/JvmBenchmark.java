package descent.bench;

/**
 * The browser benchmark's workloads on the JVM, for comparison:
 * {@code java -cp target/classes descent.bench.JvmBenchmark} prints the same JSON as bench.html.
 */
public final class JvmBenchmark {
    private JvmBenchmark() {
    }

    public static void main(String[] args) {
        Clock clock = () -> System.nanoTime() / 1e6;
        double small = new BenchmarkRunner(Workloads.small(), clock).runAll();
        double deep = new BenchmarkRunner(Workloads.deep(), clock).runAll();
        double heatmap = new BenchmarkRunner(Workloads.heatmap(), clock).runAll();
        double digits = new BenchmarkRunner(Workloads.digits(), clock).runAll();
        System.out.println(BenchmarkResult.json("jvm", new double[] {small, deep, heatmap, digits}, null));
    }
}
