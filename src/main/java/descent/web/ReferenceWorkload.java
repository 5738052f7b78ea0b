package descent.web;

import descent.bench.Workload;
import org.teavm.jso.JSBody;

/**
 * One of the hand-written JavaScript reference workloads of {@code js/reference-mlp.js}, timed by the same
 * {@link descent.bench.BenchmarkRunner} as the compiled core so that the two rates compare.
 */
final class ReferenceWorkload implements Workload {
    private final String name;

    ReferenceWorkload(String name) {
        this.name = name;
    }

    static boolean available() {
        return present();
    }

    @Override
    public int run(int repetitions) {
        return run(name, repetitions);
    }

    @Override
    public double checksum() {
        return checksum(name);
    }

    @JSBody(script = "return typeof self.descentReference === 'object';")
    private static native boolean present();

    @JSBody(params = {"name", "repetitions"}, script = "return self.descentReference[name].run(repetitions);")
    private static native int run(String name, int repetitions);

    @JSBody(params = "name", script = "return self.descentReference[name].checksum();")
    private static native double checksum(String name);
}
