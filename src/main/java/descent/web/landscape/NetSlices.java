package descent.web.landscape;

import descent.core.experiment.PlaygroundConfig;
import descent.engine.DataPacking;
import descent.engine.EngineProtocol;
import descent.engine.EngineProtocol.Command;
import descent.engine.EngineProtocol.Snapshot;
import descent.engine.SliceEngine;
import descent.engine.SliceJob;
import descent.web.PageStates;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.engine.EngineLink;
import descent.web.engine.RemoteLanes;
import descent.web.state.HashState;
import descent.web.view.ContourView;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The real network's loss for one lane of the comparison playground, carried over by link:
 * {@code landscape.html#net=<the comparison page's hash, percent-encoded>&lane=0}. The page reads the link and
 * the lane's data (the learner's own, or a shipped file); the engine's worker ({@link SliceJob}; the page's own
 * thread with {@code ?thread=main} or without Workers) trains that one lane and computes the line and plane
 * slices, while the page pulls its progress each frame for the progress bar, then draws what it sent.
 */
final class NetSlices implements EngineLink.Receiver {
    private static final String[] PHASES = {"training", "slicing", "projecting", "done", "failed"};

    private EngineLink link;
    private boolean fellBack;
    private Command order;
    private boolean pullPending;
    private String label = "";
    private String linked = "";
    private int lane;
    private String state = "none";
    private String error = "";
    private int steps;
    private double[] line;
    private double[] plane;
    private double[] pathA;
    private double[] pathB;
    private ContourView planeView;
    private HiDpiCanvas lineCanvas;
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
        Window.requestAnimationFrame(now -> build()); // a task of its own, after the page's start
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
        // only the chosen lane: θ₀ and the data depend on its settings and the seed, not on the other lanes
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
            send(loaded);
        });
        if (!waiting) {
            send(withData);
        }
    }

    private void send(PlaygroundConfig config) {
        // a table lane says which table: its loss is a cross-entropy over K classes, not the plane's
        String data = config.usesCustomTable() ? "your table" : config.usesTable() ? config.table.title() : "";
        label = config.lanes[0].displayLabel() + (data.isEmpty() ? "" : ", on " + data);
        order = DataPacking.configure(EngineProtocol.SLICES, config, 0);
        link = RemoteLanes.asked() ? EngineLink.open(this) : EngineLink.inThisThread(this);
        link.send(order);
        state = "training";
        Dom.setText("net-status", notes() + "Training lane " + (lane + 1) + " for " + SliceJob.TRAIN_STEPS + " steps…");
        Window.requestAnimationFrame(this::tick);
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

    private boolean working() {
        return state.equals("training") || state.equals("slicing") || state.equals("projecting");
    }

    /** A frame while the engine works: ask for its progress (one pull at a time). */
    private void tick(double now) {
        if (!working()) {
            return;
        }
        if (!pullPending) {
            pullPending = true;
            link.send(Command.of(EngineProtocol.SLICES_PULL));
        }
        Window.requestAnimationFrame(this::tick);
    }

    @Override
    public void received(Snapshot snapshot) {
        pullPending = false;
        double[] n = snapshot.numbers;
        if (!working()) {
            return;
        }
        int phase = (int) n[EngineProtocol.SLICES_STATE];
        steps = (int) n[EngineProtocol.SLICES_STEPS];
        setProgress(n[EngineProtocol.SLICES_PROGRESS]);
        if (phase == SliceEngine.FAILED) {
            fail(snapshot.texts);
            return;
        }
        String next = PHASES[Math.max(0, Math.min(PHASES.length - 1, phase))];
        if (next.equals("slicing") && state.equals("training")) {
            Dom.setText("net-status", "Lane " + (lane + 1) + " (" + label + ") trained for " + steps
                    + " steps; computing the slices…");
        }
        state = next;
        if (phase == SliceJob.DONE) {
            int at = EngineProtocol.SLICES_HEADER;
            line = take(n, at);
            at += 1 + line.length;
            plane = take(n, at);
            at += 1 + plane.length;
            pathA = take(n, at);
            pathB = new double[pathA.length];
            System.arraycopy(n, at + 1 + pathA.length, pathB, 0, pathA.length);
            finish();
        }
    }

    private static double[] take(double[] n, int at) {
        double[] out = new double[(int) n[at]];
        System.arraycopy(n, at + 1, out, 0, out.length);
        return out;
    }

    /** The worker could not start: the same engine in this thread starts the slices over. */
    @Override
    public void engineFailed(String why) {
        if (fellBack) {
            return;
        }
        fellBack = true;
        pullPending = false;
        link = EngineLink.inThisThread(this);
        if (working()) {
            link.send(order);
        }
    }

    private void setProgress(double p) {
        Dom.byId("net-progress").setAttribute("value", Format.fixed(p, 3));
    }

    private void finish() {
        state = "done";
        Dom.byId("net-progress").setAttribute("hidden", "");
        Dom.byId("net-plots").removeAttribute("hidden");
        planeView = new ContourView("net-plane", SliceJob.GRID);
        lineCanvas = new HiDpiCanvas("net-line");
        descent.core.landscape.ContourGrid grid = planeView.grid();
        System.arraycopy(plane, 0, grid.values(), 0, SliceJob.GRID * SliceJob.GRID);
        double span = SliceJob.SPAN;
        grid.valuesChanged(-span, span, -span, span);
        planeView.fieldChanged(-span, span, -span, span);
        Dom.setText("net-status", "Lane " + (lane + 1) + " (" + label + "), "
                + steps + " steps: training loss " + Format.significant(line[centreIndex(1)], 4)
                + " at θ_final, " + Format.significant(line[centreIndex(0)], 4) + " at θ₀.");
        draw();
        Window.current().addEventListener("resize", e -> draw());
    }

    private int centreIndex(double alpha) {
        return (int) Math.round((alpha + 0.5) / 2.0 * (SliceJob.LINE_POINTS - 1));
    }

    private void draw() {
        CanvasRenderingContext2D g = planeView.begin();
        g.setStrokeStyle("#d55e00");
        g.setLineWidth(2);
        g.beginPath();
        for (int k = 0; k < pathA.length; k++) {
            if (k == 0) {
                g.moveTo(planeView.px(pathA[k]), planeView.py(pathB[k]));
            } else {
                g.lineTo(planeView.px(pathA[k]), planeView.py(pathB[k]));
            }
        }
        g.stroke();
        PathLayer.drawMinimum(g, planeView, 0, 0);
        planeView.end();
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
        double[] v = line;
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
        if (!state.equals("none") && !state.equals("failed")) {
            s.append(",\"lane\":").append(lane).append(",\"steps\":").append(steps);
        }
        if (state.equals("done")) {
            int finite = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : line) {
                finite += v - v == 0 ? 1 : 0;
            }
            for (double v : plane) {
                if (v - v == 0) {
                    finite++;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            s.append(",\"values\":").append(line.length + plane.length).append(",\"finite\":").append(finite)
                    .append(",\"planeLow\":").append(ScriptApi.number(lo))
                    .append(",\"planeHigh\":").append(ScriptApi.number(hi))
                    .append(",\"lossInitial\":").append(ScriptApi.number(line[centreIndex(0)]))
                    .append(",\"lossFinal\":").append(ScriptApi.number(line[centreIndex(1)]))
                    .append(",\"pathPoints\":").append(pathA.length)
                    .append(",\"pathStart\":[").append(ScriptApi.number(pathA[0])).append(',')
                    .append(ScriptApi.number(pathB[0])).append(']');
        }
        return s.append('}').toString();
    }
}
