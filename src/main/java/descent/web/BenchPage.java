package descent.web;

import descent.bench.BenchmarkResult;
import descent.bench.BenchmarkRunner;
import descent.bench.Clock;
import descent.bench.Workloads;
import descent.web.dom.Dom;
import descent.web.view.Format;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * bench.html: runs the fixed workloads of {@link Workloads} in this engine, one timed round per timer
 * callback so the page can show progress, then writes the JSON result into #result and the console.
 */
public final class BenchPage {
    private static final String[] NAMES = {"small", "deep", "heatmap"};
    private static final String[] UNITS = {" examples/s", " examples/s", " grids/s"};

    private final Clock clock = Performance::now;
    private final BenchmarkRunner[] runners = {
        new BenchmarkRunner(Workloads.small(), clock),
        new BenchmarkRunner(Workloads.deep(), clock),
        new BenchmarkRunner(Workloads.heatmap(), clock),
    };
    private final double[] results = new double[NAMES.length];
    private int current;

    public void start() {
        Dom.setText("bench-progress", "Running on the " + engineName() + " build…");
        Window.setTimeout(this::advance, 50);
    }

    private void advance() {
        if (current == runners.length) {
            finish();
            return;
        }
        BenchmarkRunner runner = runners[current];
        if (runner.next()) {
            Dom.setText("bench-" + NAMES[current], "running…");
        } else {
            results[current] = runner.median();
            Dom.setText("bench-" + NAMES[current], Format.count((int) Math.round(results[current])) + UNITS[current]);
            current++;
        }
        Window.setTimeout(this::advance, 0);
    }

    private void finish() {
        String json = BenchmarkResult.json(Dom.engine(), results[0], results[1], results[2]);
        Dom.setText("result", json);
        Dom.setText("bench-progress", "Done: median of " + BenchmarkRunner.ROUNDS + " timed rounds after a warm-up, "
                + engineName() + " build.");
        Dom.log(json);
        Dom.document().getBody().setAttribute("data-done", "true");
    }

    private static String engineName() {
        return Dom.engine().equals("wasm") ? "WebAssembly GC" : "JavaScript";
    }
}
