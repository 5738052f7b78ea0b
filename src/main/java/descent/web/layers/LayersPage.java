package descent.web.layers;

import static descent.web.layers.LabControls.select;

import descent.core.data.table.TableKind;
import descent.core.experiment.LayerLab;
import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.LineChart;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

import java.util.List;

/**
 * layers.html (CURRICULUM §4, §5): a deep network's activations and gradients layer by layer, at
 * initialization and while it trains; batch norm's batch and running statistics; the deep linear chain; and the
 * lockstep comparison. The math is the core's ({@link LayerLab}, {@link LayerStats}, DeepLinearChain, Race);
 * this class turns controls into settings and numbers into views.
 */
public final class LayersPage implements LabTraining.View {
    private static final double[] SCALES = {0.01, 0.03, 0.05, 0.1, 0.2, 0.5, 0.8, 1, 1.2, 1.5, 2, 3, 5};

    private LabTraining training;
    private LayerLab.Settings settings;
    private LayerLab lab;
    private HistogramView histograms;
    private String axis = "auto";
    private LineChart gradChart;
    private LineChart ratioChart;
    private final ChainPanel chain = new ChainPanel();
    private final LockstepPanel lockstep = new LockstepPanel();
    private final LayerTable table = new LayerTable();
    private final BatchNormPanel batchNorm = new BatchNormPanel();
    private final LabData data = new LabData();
    private String writtenHash = "";

    /** Calls back once, when the element comes within a screen of the viewport. */
    @org.teavm.jso.JSBody(params = { "element", "callback" }, script = ""
            + "if (!('IntersectionObserver' in window)) { callback(); return; }"
            + "var seen = new IntersectionObserver(function (entries) {"
            + "  if (entries.some(function (e) { return e.isIntersecting; })) { seen.disconnect(); callback(); }"
            + "}, {rootMargin: '100% 0px'});"
            + "seen.observe(element);")
    private static native void whenNearView(HTMLElement element, Callback callback);

    @org.teavm.jso.JSFunctor
    interface Callback extends org.teavm.jso.JSObject {
        void run();
    }

    public void start() {
        histograms = new HistogramView("lay-hist", "lay-hist-box");
        gradChart = new LineChart("lay-grad-chart");
        ratioChart = new LineChart("lay-ratio-chart");
        gradChart.setLogScale(true);
        ratioChart.setLogScale(true);
        LayersLink.Decoded decoded = LayersLink.decode(Dom.locationHash());
        settings = decoded.settings;
        LinkNotices.show(decoded.notices);
        showAxis(decoded.axis);
        training = new LabTraining(this);
        wireControls();
        TableKind wanted = settings.table;
        if (!LabData.ready(wanted)) {
            settings.table = null; // the circle until the file is in
            requestData(wanted);
        }
        rebuild();
        // The chain and the lockstep comparison come in later tasks, so the first picture is not held up.
        Window.setTimeout(() -> {
            chain.install();
            lockstep.install(settings.depth, settings.width, settings.activation, settings.table);
            whenNearView(Dom.byId("compare"), lockstep::build);
            LayersCalls calls = new LayersCalls(this);
            ScriptApi.serve(calls, calls);
            Window.current().addEventListener("hashchange", e -> hashChanged());
            Window.current().addEventListener("resize", e -> drawAll());
            Dom.document().getBody().setAttribute("data-ready", "true");
        }, 0);
    }

    // ---- controls ----

    private void wireControls() {
        Dom.onClick("lab-play", this::togglePlay);
        Dom.onClick("lab-step", () -> step(1));
        Dom.onClick("lab-reset", () -> training.reset());
        String[] ids = {"lab-data", "lab-depth", "lab-width", "lab-activation", "lab-init", "lab-gain", "lab-k", "lab-bn",
            "lab-lr", "lab-batch", "lab-seed"};
        for (String id : ids) {
            Dom.onChange(id, this::controlsChanged);
        }
        HTMLInputElement scale = Dom.byId("lab-scale");
        scale.addEventListener("input", e -> {
            Dom.setText("lab-scale-value", Format.shortest(SCALES[scaleIndex()]));
        });
        scale.addEventListener("change", e -> controlsChanged());
        Dom.onChange("lab-preset", this::presetChosen);
        Dom.onChange("lay-axis", () -> {
            showAxis(select("lay-axis").getValue());
            writeHash();
            drawAll();
        });
        batchNorm.wire(this::drawAll);
    }

    /** The histograms' axis (auto, linear, log) on the control and the view; the link carries it. */
    private void showAxis(String value) {
        axis = value;
        select("lay-axis").setValue(value);
        histograms.setAxis(value.equals("log") ? HistogramView.Axis.LOG
                : value.equals("linear") ? HistogramView.Axis.LINEAR : HistogramView.Axis.AUTO);
    }

    private int scaleIndex() {
        HTMLInputElement scale = Dom.byId("lab-scale");
        int i = (int) parse(scale.getValue(), 7);
        return Math.max(0, Math.min(SCALES.length - 1, i));
    }

    static double parse(String s, double fallback) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }


    private void controlsChanged() {
        LayerLab.Settings s = settings.copy();
        s.depth = (int) parse(select("lab-depth").getValue(), s.depth);
        s.width = (int) parse(select("lab-width").getValue(), s.width);
        Activation a = LayersLink.activation(select("lab-activation").getValue());
        s.activation = a == null ? s.activation : a;
        Init init = Init.fromId(select("lab-init").getValue());
        s.init = init == null ? s.init : init;
        if (nearestScale(s.scale) != scaleIndex()) { // a link's exact scale stays until the slider moves
            s.scale = SCALES[scaleIndex()];
        }
        s.gain = parse(select("lab-gain").getValue(), s.gain);
        s.nonZero = (int) parse(select("lab-k").getValue(), s.nonZero);
        BatchNormPlacement p = BatchNormPlacement.fromId(select("lab-bn").getValue());
        s.placement = p == null ? s.placement : p;
        s.learningRate = parse(select("lab-lr").getValue(), s.learningRate);
        s.batchSize = (int) parse(select("lab-batch").getValue(), s.batchSize);
        s.seed = (int) parse(select("lab-seed").getValue(), s.seed);
        String data = select("lab-data").getValue();
        s.table = LayersLink.isData(data) ? LayersLink.data(data) : s.table;
        select("lab-preset").setValue("");
        apply(s);
    }

    static int nearestScale(double v) {
        int best = 0;
        for (int i = 1; i < SCALES.length; i++) {
            if (Math.abs(Math.log(SCALES[i] / v)) < Math.abs(Math.log(SCALES[best] / v))) {
                best = i;
            }
        }
        return best;
    }

    private void presetChosen() {
        String id = select("lab-preset").getValue();
        LayerLab.Settings s = settings.copy();
        if (!Presets.set(id, s)) {
            return;
        }
        apply(s);
        select("lab-preset").setValue(id);
    }

    /** Uses new settings: a fresh lab at step 0 (the old one paused), the controls and the link follow. */
    private void apply(LayerLab.Settings next) {
        LayerLab.Settings s = next.copy();
        if (!LabData.ready(s.table)) {
            requestData(s.table);
            s.table = settings.table; // the rest applies now, the data once the file is in
        } else {
            data.cancel(); // chosen again while a file loads: that choice stands
        }
        boolean shapeChanged = s.depth != settings.depth || s.width != settings.width || s.activation != settings.activation
                || s.table != settings.table;
        settings = s;
        rebuild();
        if (shapeChanged && Dom.document().getBody().hasAttribute("data-ready")) {
            lockstep.setShape(settings.depth, settings.width, settings.activation, settings.table);
        }
    }

    /** Loads a shipped table and then switches the lab (with whatever settings it has by then) to it. */
    private void requestData(TableKind wanted) {
        data.load(wanted, error -> {
            if (!error.isEmpty()) {
                LabControls.show(settings, null);
                return;
            }
            LayerLab.Settings s = settings.copy();
            s.table = wanted;
            apply(s);
        });
    }

    // ---- the lab ----

    private void rebuild() {
        lab = training.configure(settings);
        LabControls.show(settings, data.pending());
        histograms.rememberInitial(lab.network(), lab.stats(), lab.depth());
        table.build(lab.depth());
        buildCharts();
        batchNorm.build(settings);
        writeHash();
        drawAll();
    }

    /** A hue from blue (layer 1) to red (the deepest), so that depth reads as a colour ramp. */
    private String layerColour(int l) {
        double t = lab.depth() == 1 ? 0 : (l - 1) / (double) (lab.depth() - 1);
        int hue = (int) Math.round(215 - 195 * t);
        return "hsl(" + hue + ", 70%, " + (int) Math.round(42 + 6 * t) + "%)";
    }

    private void buildCharts() {
        gradChart.clear();
        ratioChart.clear();
        HTMLElement legend = Dom.byId("lay-legend");
        El.clear(legend);
        for (int l = 1; l <= lab.depth(); l++) {
            String colour = layerColour(l);
            String dash = l % 2 == 0 ? "6 3" : "";
            gradChart.add(lab.gradientNormSeries(l), colour, dash);
            ratioChart.add(lab.updateRatioSeries(l), colour, dash);
            HTMLElement item = El.make("li", "");
            HTMLElement swatch = El.make("span", "swatch line");
            Dom.setStyle(swatch, "border-top", "3px " + (dash.isEmpty() ? "solid" : "dashed") + " " + colour);
            item.appendChild(swatch);
            item.appendChild(El.text("span", "", "layer " + l));
            legend.appendChild(item);
        }
    }

    private void togglePlay() {
        if (training.isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    void play() {
        training.play();
    }

    void pause() {
        training.pause();
    }

    void step(int n) {
        training.step(n);
    }

    /** The script API's step(n) as one command to the worker (its id), or −1 where the page steps in slices. */
    int stepAsync(int n) {
        return training.inWorker() ? training.step(n) : -1;
    }

    /** Up to n steps without drawing (a slice of the script API's step); how many were taken. */
    int advance(int n) {
        return training.advance(n);
    }

    @Override
    public void playing(boolean on) {
        HTMLElement b = Dom.byId("lab-play");
        b.setTextContent(on ? "Pause" : "Play");
        b.setAttribute("aria-pressed", on ? "true" : "false");
    }

    @Override
    public void drawCount() {
        Dom.setText("lab-step-count", Format.count(lab.stepCount()));
    }

    /** Measures the probe batch and redraws every view of the lab. */
    @Override
    public void drawAll() {
        double now = org.teavm.jso.browser.Performance.now();
        batchNorm.measure(lab, settings.depth, now);
        lab.measure(); // last, so that the network's buffers hold the probe pass the views read
        histograms.draw(lab.network(), lab.stats());
        table.show(lab, settings.activation, histograms);
        table.showSymmetry(lab, settings.init);
        batchNorm.show(lab, settings.depth);
        gradChart.draw();
        ratioChart.draw();
        Dom.setText("lab-step-count", Format.count(lab.stepCount()));
        Dom.setText("lab-loss", Format.significant(lab.probeLoss(), 3));
        Dom.setText("lab-accuracy", Format.percent(lab.validationAccuracy()));
        String shown = lab.divergedAtStep() >= 0 ? "diverged" : training.isPlaying() ? "running" : "paused";
        Dom.setText("lab-status", lab.divergedAtStep() >= 0 ? "diverged at step " + lab.divergedAtStep() : shown);
        Dom.byId("lab-status").setAttribute("data-status", shown);
        Dom.setText("lay-hist-note", HistogramNote.text(histograms, lab.stats(), lab.depth()));
    }

    /**
     * The script API's word: "running" until the engine's last steps after a Pause have come (the page's status
     * line says paused at once), so that a script reading metrics() then sees where the lab stopped.
     */
    String statusId() {
        return lab.divergedAtStep() >= 0 ? "diverged" : training.isRunning() ? "running" : "paused";
    }

    LayerLab lab() {
        return lab;
    }

    /** The table being loaded for the lab, or null. */
    TableKind loading() {
        return data.pending();
    }

    String hash() {
        return writtenHash;
    }

    String lockstepJson() {
        return lockstep.json();
    }

    // ---- URL state and notices ----

    private void writeHash() {
        String hash = LayersLink.encode(settings, axis);
        if (!hash.equals(writtenHash)) {
            writtenHash = hash;
            Dom.replaceHash(hash);
        }
    }

    private void hashChanged() {
        String hash = Dom.locationHash();
        if (hash.startsWith("#")) {
            hash = hash.substring(1);
        }
        if (!hash.equals(writtenHash)) {
            load(hash);
        }
    }

    List<String> load(String hash) {
        LayersLink.Decoded d = LayersLink.decode(hash);
        LinkNotices.show(d.notices);
        showAxis(d.axis);
        apply(d.settings);
        return d.notices;
    }
}
