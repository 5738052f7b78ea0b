package descent.web.landscape;

import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.RunSetup;
import descent.core.landscape.ContourGrid;
import descent.core.landscape.NetworkSlices;
import descent.core.math.Rng;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import descent.core.nn.SoftmaxObjective;
import descent.web.PageStates;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.state.HashState;
import descent.web.view.ContourView;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The real network's loss for one lane of the comparison playground, carried over by link:
 * {@code landscape.html#net=<the comparison page's hash, percent-encoded>&lane=0}. Builds that one lane's run,
 * trains it {@link #TRAIN_STEPS} steps (a few milliseconds of each frame, keeping snapshots of θ), then computes
 * the line and plane slices one loss at a time and projects the snapshots, within a frame's budget under
 * requestAnimationFrame with a progress bar, and draws them. On a heavy network one full-batch loss is the
 * longest piece of work a frame holds.
 */
final class NetSlices {
    static final int TRAIN_STEPS = 1000;
    static final int SNAPSHOT_EVERY = 10;
    static final int LINE_POINTS = 41;
    static final int GRID = 31;
    static final double SPAN = 1;
    private static final double BUDGET_MS = 8;

    private Run run;
    private String label = "";
    private String linked = "";
    private int lane;
    private Network network;
    private NetworkSlices slices;
    private double[] snapshots;
    private int snapshotCount;
    private String state = "none";
    private String error = "";
    private ContourView plane;
    private HiDpiCanvas lineCanvas;
    private final double[] ab = new double[2];
    private double[] pathA;
    private double[] pathB;
    private double[] projectBuffer;
    private int projected;
    private final java.util.List<String> notices = new java.util.ArrayList<>();

    void start(String hash) {
        String h = hash.startsWith("#") ? hash.substring(1) : hash;
        if (!h.startsWith("net=")) {
            return;
        }
        int laneAt = h.lastIndexOf("&lane=");
        String inner = laneAt < 0 ? h.substring(4) : h.substring(4, laneAt);
        lane = laneAt < 0 ? 0 : (int) LandscapePage.parse(h.substring(laneAt + 6));
        if (inner.indexOf('=') < 0) {
            inner = decode(inner);
        }
        Dom.byId("net-progress").removeAttribute("hidden");
        linked = inner;
        state = "building";
        Dom.setText("net-status", "Building lane " + (lane + 1) + " of the link…");
        Window.requestAnimationFrame(this::tick); // the build gets a task of its own, after the page's start
    }

    private void build() {
        PlaygroundConfig config;
        try {
            config = HashState.decode(linked).config();
        } catch (RuntimeException e) {
            fail("This link's lane cannot be trained here: " + e.getMessage());
            return;
        }
        lane = Math.max(0, Math.min(config.lanes.length - 1, lane));
        // only the chosen lane: θ₀ and the data depend on its settings and the seed, not on the other lanes,
        // and building six heavy runs to train one was a long task of its own
        config.lanes = new descent.core.experiment.LaneConfig[] {config.lanes[lane]};
        // the learner's own data, kept in this browser, and a shipped table read from data/ as the playground does
        PlaygroundConfig withData = PageStates.withStoredData(config, notices);
        state = "loading";
        boolean wantsTable = withData.table != null;
        boolean waiting = PageStates.awaitingTable(withData, notices, loaded -> {
            if (wantsTable && loaded.table == null) { // the file did not load: training the plane would mislead
                fail("This link's lane cannot be trained here: " + String.join("; ", notices) + ".");
                return;
            }
            build(loaded);
            if (state.equals("training")) {
                Window.requestAnimationFrame(this::tick);
            }
        });
        if (!waiting) {
            build(withData);
        }
    }

    private void build(PlaygroundConfig config) {
        try {
            Race race = new Race(config);
            run = race.run(0);
            // a table lane says which table: its loss is a cross-entropy over K classes, not the plane's
            String data = config.usesCustomTable() ? "your table" : config.usesTable() ? config.table.title() : "";
            label = race.lane(0).displayLabel() + (data.isEmpty() ? "" : ", on " + data);
        } catch (RuntimeException e) {
            fail("This link's lane cannot be trained here: " + e.getMessage());
            return;
        }
        network = RunSetup.makeNetwork(run.config());
        snapshots = new double[(TRAIN_STEPS / SNAPSHOT_EVERY + 2) * run.parameters().length];
        snapshot();
        state = "training";
        Dom.setText("net-status", notes() + "Training lane " + (lane + 1) + " for " + TRAIN_STEPS + " steps…");
    }

    /** What reading the link changed (the learner's data not in this browser, a file that did not load), or "". */
    private String notes() {
        if (notices.isEmpty()) {
            return "";
        }
        String all = String.join("; ", notices);
        return all.substring(0, 1).toUpperCase() + all.substring(1) + ". ";
    }

    @JSBody(params = "s", script = "try { return decodeURIComponent(s); } catch (e) { return s; }")
    private static native String decode(String s);

    private void fail(String message) {
        state = "failed";
        error = message;
        Dom.setText("net-status", message);
        Dom.byId("net-progress").setAttribute("hidden", "");
    }

    private void snapshot() {
        double[] theta = run.parameters();
        int n = theta.length;
        if ((snapshotCount + 1) * n <= snapshots.length) {
            System.arraycopy(theta, 0, snapshots, snapshotCount * n, n);
            snapshotCount++;
        }
    }

    private void tick(double now) {
        double until = Performance.now() + BUDGET_MS;
        if (state.equals("building")) {
            build();
        } else if (state.equals("training")) {
            while (Performance.now() < until && run.stepCount() < TRAIN_STEPS) {
                if (!run.step()) {
                    break;
                }
                if (run.stepCount() % SNAPSHOT_EVERY == 0) {
                    snapshot();
                }
            }
            boolean stopped = run.status() != descent.core.experiment.Status.RUNNING;
            setProgress(0.3 * run.stepCount() / TRAIN_STEPS);
            if (run.stepCount() >= TRAIN_STEPS || stopped) {
                if (run.stepCount() % SNAPSHOT_EVERY != 0) {
                    snapshot();
                }
                prepareSlices();
            }
        } else if (state.equals("slicing")) {
            // one loss over the full training set per call: on a heavy network a few of them fill a frame
            while (Performance.now() < until && !slices.isDone()) {
                slices.advance(1);
            }
            setProgress(0.3 + 0.69 * slices.progress());
            if (slices.isDone()) {
                state = "projecting";
                projected = 0;
                pathA = new double[snapshotCount];
                pathB = new double[snapshotCount];
                projectBuffer = new double[run.parameters().length];
            }
        } else if (state.equals("projecting")) {
            int n = projectBuffer.length;
            while (projected < snapshotCount && (projected == 0 || Performance.now() < until)) {
                System.arraycopy(snapshots, projected * n, projectBuffer, 0, n);
                slices.project(projectBuffer, ab);
                pathA[projected] = ab[0];
                pathB[projected] = ab[1];
                projected++;
            }
            if (projected == snapshotCount) {
                finish();
            }
        }
        if (state.equals("building") || state.equals("training") || state.equals("slicing")
                || state.equals("projecting")) {
            Window.requestAnimationFrame(this::tick);
        }
    }

    private void setProgress(double p) {
        Dom.byId("net-progress").setAttribute("value", Format.fixed(p, 3));
    }

    private void prepareSlices() {
        // J(θ) on the whole training split without weight decay: cross-entropy of K logits on a table, else the
        // plane task's loss
        descent.core.experiment.TableReadout table = run.table();
        int n = table != null ? table.split().train().size() : run.train().size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        descent.core.optim.Objective full;
        if (table != null) {
            SoftmaxObjective softmax = new SoftmaxObjective(network, table.split().train(), 0);
            softmax.setBatch(all, n);
            full = softmax;
        } else {
            NetworkObjective plane = new NetworkObjective(network, run.config().effectiveLoss(), run.train());
            plane.setBatch(all, n);
            full = plane;
        }
        slices = new NetworkSlices(full, network, run.initialParameters(), run.parameters(),
                new Rng(run.config().seed * 7919 + 17), LINE_POINTS, GRID, SPAN);
        state = "slicing";
        Dom.setText("net-status", "Lane " + (lane + 1) + " (" + label + ") trained for "
                + run.stepCount() + " steps; computing the slices…");
    }

    private void finish() {
        state = "done";
        Dom.byId("net-progress").setAttribute("hidden", "");
        Dom.byId("net-plots").removeAttribute("hidden");
        plane = new ContourView("net-plane", GRID);
        lineCanvas = new HiDpiCanvas("net-line");
        ContourGrid grid = plane.grid();
        System.arraycopy(slices.plane(), 0, grid.values(), 0, GRID * GRID);
        grid.valuesChanged(-SPAN, SPAN, -SPAN, SPAN);
        plane.fieldChanged(-SPAN, SPAN, -SPAN, SPAN);
        Dom.setText("net-status", "Lane " + (lane + 1) + " (" + label + "), "
                + run.stepCount() + " steps: training loss " + Format.significant(slices.line()[centreIndex(1)], 4)
                + " at θ_final, " + Format.significant(slices.line()[centreIndex(0)], 4) + " at θ₀.");
        draw();
        Window.current().addEventListener("resize", e -> draw());
    }

    private int centreIndex(double alpha) {
        return (int) Math.round((alpha + 0.5) / 2.0 * (LINE_POINTS - 1));
    }

    private void draw() {
        CanvasRenderingContext2D g = plane.begin();
        g.setStrokeStyle("#d55e00");
        g.setLineWidth(2);
        g.beginPath();
        for (int k = 0; k < snapshotCount; k++) {
            if (k == 0) {
                g.moveTo(plane.px(pathA[k]), plane.py(pathB[k]));
            } else {
                g.lineTo(plane.px(pathA[k]), plane.py(pathB[k]));
            }
        }
        g.stroke();
        PathLayer.drawMinimum(g, plane, 0, 0);
        plane.end();
        drawLine();
    }

    private void drawLine() {
        lineCanvas.fit();
        CanvasRenderingContext2D g = lineCanvas.context();
        double w = lineCanvas.width();
        double h = lineCanvas.height();
        double left = 56;
        double bottom = 30;
        double top = 10;
        double right = 12;
        g.setFillStyle(Dom.cssVariable("--panel"));
        g.fillRect(0, 0, w, h);
        double[] v = slices.line();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (x - x == 0) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double pw = w - left - right;
        double ph = h - top - bottom;
        g.setStrokeStyle(Dom.cssVariable("--ink"));
        g.setLineWidth(1);
        g.strokeRect(left, top, pw, ph);
        g.setFont("12px system-ui, sans-serif");
        g.setFillStyle(Dom.cssVariable("--muted"));
        g.setTextAlign("center");
        g.setTextBaseline("top");
        for (int i = 0; i <= 4; i++) {
            double a = -0.5 + 0.5 * i;
            double x = left + pw * (a + 0.5) / 2;
            g.fillText(a == 0 ? "0 (θ₀)" : a == 1 ? "1 (θ_final)" : Format.shortest(a), x, top + ph + 6);
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i <= 4; i++) {
            double val = lo + (hi - lo) * i / 4;
            g.fillText(Format.significant(val, 3), left - 6, top + ph * (1 - i / 4.0));
        }
        g.setStrokeStyle("#0072b2");
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < v.length; i++) {
            double x = left + pw * i / (v.length - 1);
            double y = top + ph * (1 - (v[i] - lo) / (hi - lo));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    String json() {
        StringBuilder s = new StringBuilder("{\"state\":").append(ScriptApi.quote(state));
        if (!error.isEmpty()) {
            s.append(",\"error\":").append(ScriptApi.quote(error));
        }
        if (run != null) {
            s.append(",\"lane\":").append(lane).append(",\"steps\":").append(run.stepCount());
        }
        if (state.equals("done")) {
            int finite = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : slices.line()) {
                finite += v - v == 0 ? 1 : 0;
            }
            for (double v : slices.plane()) {
                if (v - v == 0) {
                    finite++;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            s.append(",\"values\":").append(slices.total()).append(",\"finite\":").append(finite)
                    .append(",\"planeLow\":").append(ScriptApi.number(lo))
                    .append(",\"planeHigh\":").append(ScriptApi.number(hi))
                    .append(",\"lossInitial\":").append(ScriptApi.number(slices.line()[centreIndex(0)]))
                    .append(",\"lossFinal\":").append(ScriptApi.number(slices.line()[centreIndex(1)]))
                    .append(",\"pathPoints\":").append(snapshotCount)
                    .append(",\"pathStart\":[").append(ScriptApi.number(pathA[0])).append(',')
                    .append(ScriptApi.number(pathB[0])).append(']');
        }
        return s.append('}').toString();
    }
}
