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
 * bench.html: runs the fixed workloads of {@link Workloads} in this engine beside the hand-written JavaScript
 * reference of {@code js/reference-mlp.js}, alternating their timed rounds (core, reference, core, …) so that
 * whatever else the machine does falls on both alike; one round per timer callback so the page shows
 * progress. Writes the JSON result into #result and the console.
 */
public final class BenchPage {
    private static final String[] NAMES = {"small", "deep", "heatmap", "digits"};
    private static final String[] UNITS = {" examples/s", " examples/s", " grids/s", " examples/s"};
    /** The hand-written reference has the first three workloads; digits is reported without a ratio. */
    private static final int WITH_REFERENCE = 3;

    private final Clock clock = Performance::now;
    private final BenchmarkRunner[] core = {
        new BenchmarkRunner(Workloads.small(), clock),
        new BenchmarkRunner(Workloads.deep(), clock),
        new BenchmarkRunner(Workloads.heatmap(), clock),
        new BenchmarkRunner(Workloads.digits(), clock),
    };
    private final BenchmarkRunner[] reference = new BenchmarkRunner[NAMES.length];
    private final double[] coreRates = new double[NAMES.length];
    private final double[] referenceRates = new double[NAMES.length];
    private int current;
    private boolean referenceTurn;

    public void start() {
        if (Dom.queryParameter("idle").equals("1")) {
            // the page as it looks, without saturating the CPU (an audit of its markup opens it so)
            Dom.setText("bench-progress", "Not run: this link says idle=1. Open bench.html to run the workloads.");
            return;
        }
        boolean withReference = ReferenceWorkload.available();
        for (int i = 0; i < NAMES.length; i++) {
            reference[i] = withReference && i < WITH_REFERENCE ? new BenchmarkRunner(new ReferenceWorkload(NAMES[i]), clock) : null;
            referenceRates[i] = Double.NaN;
        }
        Dom.setText("bench-progress", "Running on the " + engineName() + " build…");
        Window.setTimeout(this::advance, 50);
    }

    private void advance() {
        if (current == NAMES.length) {
            finish();
            return;
        }
        BenchmarkRunner ref = reference[current];
        boolean useReference = referenceTurn && ref != null && !ref.finished();
        BenchmarkRunner runner = useReference || core[current].finished() ? ref : core[current];
        referenceTurn = !referenceTurn;
        if (runner != null && !runner.finished()) {
            runner.next();
            Dom.setText("bench-" + NAMES[current], "running…");
        }
        if (core[current].finished() && (ref == null || ref.finished())) {
            coreRates[current] = core[current].median();
            Dom.setText("bench-" + NAMES[current], Format.count((int) Math.round(coreRates[current])) + UNITS[current]);
            if (ref != null) {
                referenceRates[current] = ref.median();
                Dom.setText("bench-" + NAMES[current] + "-reference",
                        Format.count((int) Math.round(referenceRates[current])) + UNITS[current]);
                Dom.setText("bench-" + NAMES[current] + "-ratio",
                        Format.fixed(coreRates[current] / referenceRates[current], 2) + "×");
            }
            current++;
            referenceTurn = false;
        }
        Window.setTimeout(this::advance, 0);
    }

    private void finish() {
        String json = BenchmarkResult.json(Dom.engine(), coreRates, referenceRates);
        Dom.setText("result", json);
        Dom.setText("bench-progress", "Done: median of " + BenchmarkRunner.ROUNDS + " timed rounds after a warm-up of "
                + Format.fixed(BenchmarkRunner.WARM_UP_MS / 1000, 1) + " s, " + engineName()
                + " build and the hand-written reference, alternating.");
        Dom.log(json);
        Dom.document().getBody().setAttribute("data-done", "true");
    }

    private static String engineName() {
        return Dom.engine().equals("wasm") ? "WebAssembly GC" : "JavaScript";
    }
}
