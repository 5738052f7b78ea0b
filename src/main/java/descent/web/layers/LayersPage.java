package descent.web.layers;

import descent.core.experiment.LayerLab;
import descent.core.nn.Activation;
import descent.core.nn.BatchNorm;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;
import descent.core.nn.LayerStats;
import descent.core.nn.Network;
import descent.web.FrameLoop;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.LineChart;
import org.teavm.jso.browser.Performance;
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
public final class LayersPage implements FrameLoop.Frame {
    private static final double[] SCALES = {0.01, 0.03, 0.05, 0.1, 0.2, 0.5, 0.8, 1, 1.2, 1.5, 2, 3, 5};
    private static final double MEASURE_INTERVAL_MS = 200;
    private static final double BN_INTERVAL_MS = 1000;
    /** Units whose parameters differ by at most this are reported identical. */
    private static final double IDENTICAL = 1e-12;

    private final FrameLoop loop = new FrameLoop(this);
    private LayerLab.Settings settings;
    private LayerLab lab;
    private HistogramView histograms;
    private LineChart gradChart;
    private LineChart ratioChart;
    private final ChainPanel chain = new ChainPanel();
    private final LockstepPanel lockstep = new LockstepPanel();
    private HTMLElement[][] cells = new HTMLElement[0][];
    private HTMLElement[] rows = new HTMLElement[0];
    private String writtenHash = "";
    private double lastMeasure = -1e9;
    private double lastBn = -1e9;
    private final double[] bnEffect = new double[3];

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
        showNotices(decoded.notices);
        wireControls();
        rebuild();
        // The chain and the lockstep comparison come in later tasks, so the first picture is not held up.
        Window.setTimeout(() -> {
            chain.install();
            lockstep.install(settings.depth, settings.width, settings.activation);
            whenNearView(Dom.byId("compare"), lockstep::build);
            ScriptApi.install(this::dispatch);
            Window.current().addEventListener("hashchange", e -> hashChanged());
            Window.current().addEventListener("resize", e -> drawAll());
            Dom.document().getBody().setAttribute("data-ready", "true");
        }, 0);
    }

    // ---- controls ----

    private void wireControls() {
        Dom.onClick("lab-play", this::togglePlay);
        Dom.onClick("lab-step", () -> step(1));
        Dom.onClick("lab-reset", () -> {
            lab.reset();
            drawAll();
        });
        String[] ids = {"lab-depth", "lab-width", "lab-activation", "lab-init", "lab-gain", "lab-k", "lab-bn",
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
        Dom.onChange("bn-layer", this::showBatchNorm);
        Dom.onChange("bn-batch", () -> {
            lastBn = -1e9;
            showBatchNorm();
        });
    }

    private int scaleIndex() {
        HTMLInputElement scale = Dom.byId("lab-scale");
        int i = (int) parse(scale.getValue(), 7);
        return Math.max(0, Math.min(SCALES.length - 1, i));
    }

    private static double parse(String s, double fallback) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static HTMLSelectElement select(String id) {
        return Dom.byId(id);
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
        select("lab-preset").setValue("");
        apply(s);
    }

    private static int nearestScale(double v) {
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
        s.placement = BatchNormPlacement.NONE;
        s.scale = 1;
        s.activation = Activation.TANH;
        switch (id) {
            case "saturate":
                s.init = Init.NORMAL;
                break;
            case "vanish":
                s.init = Init.NORMAL;
                s.scale = 0.01;
                break;
            case "xavier":
                s.init = Init.XAVIER_UNIFORM;
                break;
            case "he":
                s.activation = Activation.RELU;
                s.init = Init.HE_NORMAL;
                break;
            case "zero":
                s.init = Init.ZERO;
                break;
            case "bn":
                s.init = Init.NORMAL;
                s.placement = BatchNormPlacement.BEFORE_ACTIVATION;
                break;
            default:
                return;
        }
        apply(s);
        select("lab-preset").setValue(id);
    }

    /** Uses new settings: a fresh lab at step 0 (the old one paused), the controls and the link follow. */
    private void apply(LayerLab.Settings s) {
        boolean shapeChanged = s.depth != settings.depth || s.width != settings.width || s.activation != settings.activation;
        settings = s.copy();
        rebuild();
        if (shapeChanged && Dom.document().getBody().hasAttribute("data-ready")) {
            lockstep.setShape(settings.depth, settings.width, settings.activation);
        }
    }

    private void showControls() {
        select("lab-depth").setValue(Integer.toString(settings.depth));
        select("lab-width").setValue(ensureOption(select("lab-width"), Integer.toString(settings.width)));
        select("lab-activation").setValue(LayersLink.activationId(settings.activation));
        select("lab-init").setValue(settings.init.id());
        ((HTMLInputElement) Dom.byId("lab-scale")).setValue(Integer.toString(nearestScale(settings.scale)));
        Dom.setText("lab-scale-value", Format.shortest(settings.scale));
        select("lab-gain").setValue(ensureOption(select("lab-gain"), LayersLink.number(settings.gain)));
        select("lab-k").setValue(ensureOption(select("lab-k"), Integer.toString(settings.nonZero)));
        select("lab-bn").setValue(settings.placement.id());
        select("lab-lr").setValue(ensureOption(select("lab-lr"), LayersLink.number(settings.learningRate)));
        select("lab-batch").setValue(ensureOption(select("lab-batch"), Integer.toString(settings.batchSize)));
        select("lab-seed").setValue(ensureOption(select("lab-seed"), Integer.toString(settings.seed)));
        Dom.byId("lab-gain-box").setHidden(settings.init != Init.ORTHOGONAL);
        Dom.byId("lab-k-box").setHidden(settings.init != Init.SPARSE);
    }

    /** Adds the value as an option when a link asks for one the control does not offer (shown as text). */
    private static String ensureOption(HTMLSelectElement s, String value) {
        for (int i = 0; i < s.getOptions().getLength(); i++) {
            if (s.getOptions().item(i).getValue().equals(value)) {
                return value;
            }
        }
        s.appendChild(El.option(value, value));
        return value;
    }

    // ---- the lab ----

    private void rebuild() {
        loop.stop();
        setPlayButton(false);
        lab = new LayerLab(settings);
        showControls();
        histograms.rememberInitial(lab.network(), lab.stats(), lab.depth());
        buildTable();
        buildCharts();
        buildBatchNorm();
        writeHash();
        drawAll();
    }

    private void buildTable() {
        HTMLElement body = Dom.byId("lay-rows");
        El.clear(body);
        int d = lab.depth();
        rows = new HTMLElement[d + 1];
        cells = new HTMLElement[d + 1][];
        for (int l = 1; l <= d; l++) {
            HTMLElement tr = El.make("tr", "");
            tr.setAttribute("data-layer", Integer.toString(l));
            tr.appendChild(El.text("th", "", Integer.toString(l)));
            cells[l] = new HTMLElement[7];
            for (int c = 0; c < 7; c++) {
                cells[l][c] = El.make("td", "");
                tr.appendChild(cells[l][c]);
            }
            rows[l] = tr;
            body.appendChild(tr);
        }
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

    private void buildBatchNorm() {
        boolean on = settings.placement != BatchNormPlacement.NONE;
        Dom.byId("bn-on").setHidden(!on);
        Dom.byId("bn-off").setHidden(on);
        HTMLSelectElement layer = select("bn-layer");
        El.clear(layer);
        for (int l = 1; l <= settings.depth; l++) {
            layer.appendChild(El.option(Integer.toString(l), "layer " + l));
        }
        layer.setValue(Integer.toString(Math.min(settings.depth, 3)));
        lastBn = -1e9;
    }

    private void togglePlay() {
        if (loop.isRunning()) {
            pause();
        } else {
            play();
        }
    }

    void play() {
        if (lab.divergedAtStep() < 0) {
            loop.start();
            setPlayButton(true);
        }
    }

    void pause() {
        loop.stop();
        setPlayButton(false);
        if (lab != null) {
            drawAll();
        }
    }

    void step(int n) {
        if (loop.isRunning()) {
            pause();
        }
        lab.steps(n);
        drawAll();
    }

    private void setPlayButton(boolean playing) {
        HTMLElement b = Dom.byId("lab-play");
        b.setTextContent(playing ? "Pause" : "Play");
        b.setAttribute("aria-pressed", playing ? "true" : "false");
    }

    @Override
    public int train(int steps) {
        int done = lab.steps(steps);
        if (lab.divergedAtStep() >= 0) {
            loop.stop();
            setPlayButton(false);
        }
        return done;
    }

    @Override
    public void draw(double now) {
        if (Performance.now() - lastMeasure >= MEASURE_INTERVAL_MS) {
            drawAll();
        } else {
            Dom.setText("lab-step-count", Format.count(lab.stepCount()));
        }
    }

    /** Measures the probe batch and redraws every view of the lab. */
    private void drawAll() {
        double now = Performance.now();
        lastMeasure = now;
        if (lab.network().hasBatchNorm() && now - lastBn >= BN_INTERVAL_MS) {
            int layer = (int) parse(select("bn-layer").getValue(), 1);
            int b = (int) parse(select("bn-batch").getValue(), 16);
            lab.batchSizeEffect(b, Math.max(1, Math.min(settings.depth, layer)), bnEffect);
            lastBn = now;
        }
        lab.measure(); // last, so that the network's buffers hold the probe pass the views read
        histograms.draw(lab.network(), lab.stats());
        showTable();
        showSymmetry();
        showBatchNorm();
        gradChart.draw();
        ratioChart.draw();
        Dom.setText("lab-step-count", Format.count(lab.stepCount()));
        Dom.setText("lab-loss", Format.significant(lab.probeLoss(), 3));
        String status = lab.divergedAtStep() >= 0 ? "diverged at step " + lab.divergedAtStep()
                : loop.isRunning() ? "running" : "paused";
        Dom.setText("lab-status", status);
        Dom.byId("lab-status").setAttribute("data-status", lab.divergedAtStep() >= 0 ? "diverged"
                : loop.isRunning() ? "running" : "paused");
        StringBuilder note = new StringBuilder("Bars: now; dashed outline: at initialization (each scaled to its own"
                + " tallest bin). Ranges are shared by all layers, so a layer whose values shrink shows a narrow spike.");
        if (histograms.clampedActivations() + histograms.clampedGradients() > 0) {
            note.append(" Values beyond the range are piled into the edge bins.");
        }
        Dom.setText("lay-hist-note", note.toString());
    }

    private void showTable() {
        LayerStats st = lab.stats();
        boolean relu = settings.activation == Activation.RELU;
        for (int l = 1; l <= lab.depth(); l++) {
            HTMLElement[] c = cells[l];
            double spread = lab.unitSpread(l);
            boolean identical = spread <= IDENTICAL;
            c[0].setTextContent(Format.significant(st.activationMean(l), 2));
            c[1].setTextContent(Format.significant(st.activationStd(l), 2));
            c[2].setTextContent(Format.percent(st.saturatedFraction(l)) + (relu ? " zero" : ""));
            c[3].setTextContent(Format.significant(st.gradientStd(l), 2));
            c[4].setTextContent(Format.significant(st.weightGradientNorm(l), 2));
            c[5].setTextContent(Format.significant(lab.lastUpdateRatio(l), 2));
            c[6].setTextContent(identical ? "all identical" : "differ");
            HTMLElement r = rows[l];
            r.setAttribute("data-saturated", Double.toString(st.saturatedFraction(l)));
            r.setAttribute("data-eval-saturated", Double.toString(lab.evaluationSaturation(l)));
            r.setAttribute("data-act-std", Double.toString(st.activationStd(l)));
            r.setAttribute("data-grad-std", Double.toString(st.gradientStd(l)));
            r.setAttribute("data-grad-norm", Double.toString(st.weightGradientNorm(l)));
            r.setAttribute("data-ratio", Double.toString(lab.lastUpdateRatio(l)));
            r.setAttribute("data-identical", identical ? "true" : "false");
            r.setAttribute("data-hot", st.saturatedFraction(l) > 0.5 ? "true" : "false");
        }
    }

    private void showSymmetry() {
        int first = 0;
        int last = 0;
        int count = 0;
        for (int l = 1; l <= lab.depth(); l++) {
            if (lab.unitSpread(l) <= IDENTICAL) {
                if (first == 0) {
                    first = l;
                }
                last = l;
                count++;
            }
        }
        HTMLElement box = Dom.byId("symmetry");
        if (count == 0) {
            box.setHidden(true);
            box.setTextContent("");
            return;
        }
        String which = count == 1 ? "layer " + first
                : count == last - first + 1 ? "layers " + first + "–" + last : count + " of the layers";
        String when = lab.stepCount() == 0 ? "at initialization" : "after " + Format.count(lab.stepCount()) + " steps";
        String example = count == 1 ? "" : " (for instance, all units of layer " + Math.min(last, Math.max(first, 3))
                + " are identical)";
        box.setTextContent("Symmetry: all units of " + which + " are identical " + when + example
                + ". Every unit of such a layer has the same weights in and out, so it computes the same thing and"
                + " receives the same gradient, and no step can make them differ: the layer works like a single unit."
                + (settings.init == Init.ZERO || settings.init == Init.CONSTANT
                        ? " A random initialization breaks the symmetry." : ""));
        box.setHidden(false);
    }

    private void showBatchNorm() {
        if (!lab.network().hasBatchNorm()) {
            return;
        }
        Network net = lab.network();
        int layer = Math.max(1, Math.min(settings.depth, (int) parse(select("bn-layer").getValue(), 1)));
        Dom.setText("bn-train-loss", Format.significant(lab.probeLoss(), 3));
        Dom.setText("bn-eval-loss", Format.significant(lab.evaluationLoss(), 3));
        Dom.setText("bn-train-sat", Format.percent(lab.stats().saturatedFraction(settings.depth)));
        Dom.setText("bn-eval-sat", Format.percent(lab.evaluationSaturation(settings.depth)));
        BatchNorm bn = net.batchNorm(layer);
        HTMLElement body = Dom.byId("bn-units");
        El.clear(body);
        int units = Math.min(6, bn.units());
        for (int j = 0; j < units; j++) {
            HTMLElement tr = El.make("tr", "");
            tr.appendChild(El.text("th", "", Integer.toString(j + 1)));
            tr.appendChild(El.text("td", "", Format.significant(bn.batchMean()[j], 3)));
            tr.appendChild(El.text("td", "", Format.significant(bn.runningMean()[j], 3)));
            tr.appendChild(El.text("td", "", Format.significant(bn.batchSigma()[j], 3)));
            tr.appendChild(El.text("td", "", Format.significant(bn.runningSigma()[j], 3)));
            body.appendChild(tr);
        }
        int b = (int) parse(select("bn-batch").getValue(), 16);
        Dom.setText("bn-b-loss", Format.significant(bnEffect[0], 3));
        Dom.setText("bn-b-eval", Format.significant(bnEffect[1 + 1], 3));
        Dom.setText("bn-b-stray", Format.significant(bnEffect[1], 3));
        String text;
        if (lab.stepCount() == 0) {
            text = "Before training the running averages are μ̄ = 0, σ̄ = 1: evaluation mode normalizes nothing yet, so"
                    + " its numbers differ from training mode's. Train a few hundred steps and they converge.";
        } else if (b == 1) {
            text = "With B = 1 every unit's value equals its batch mean, so the normalized value is 0 and the layer"
                    + " outputs β whatever the input: the network cannot tell examples apart (loss "
                    + Format.significant(bnEffect[0], 3) + " against " + Format.significant(bnEffect[2], 3)
                    + " with the running averages).";
        } else {
            text = "Each batch of " + b + " is normalized by its own μ and σ, which stray from the running ones by "
                    + Format.significant(bnEffect[1], 2) + " σ̄ on average: smaller batches, noisier normalization."
                    + " Evaluation uses μ̄ and σ̄, the same for every example.";
        }
        Dom.setText("bn-b-text", text);
    }

    // ---- URL state and notices ----

    private void writeHash() {
        String hash = LayersLink.encode(settings);
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

    private List<String> load(String hash) {
        LayersLink.Decoded d = LayersLink.decode(hash);
        showNotices(d.notices);
        apply(d.settings);
        return d.notices;
    }

    private static void showNotices(List<String> notices) {
        HTMLElement box = Dom.byId("notices");
        El.clear(box);
        if (notices.isEmpty()) {
            box.setHidden(true);
            return;
        }
        box.appendChild(El.text("p", "", "Some of the link could not be used as written:"));
        HTMLElement list = El.make("ul", "");
        for (String n : notices) {
            list.appendChild(El.text("li", "", n));
        }
        box.appendChild(list);
        box.setHidden(false);
    }

    // ---- script API: window.descent ----

    private String dispatch(String method, String argument) {
        switch (method) {
            case "load": {
                List<String> notices = load(argument);
                StringBuilder s = new StringBuilder("[");
                for (int i = 0; i < notices.size(); i++) {
                    s.append(i > 0 ? "," : "").append(ScriptApi.quote(notices.get(i)));
                }
                return s.append(']').toString();
            }
            case "play":
                play();
                return "true";
            case "pause":
                pause();
                return "true";
            case "step": {
                int n = (int) Math.max(0, Math.min(100000, parse(argument, 1)));
                step(n);
                return Integer.toString(n);
            }
            case "lessons":
                return "[]";
            case "metrics":
                return metricsJson();
            default:
                return "null";
        }
    }

    private String metricsJson() {
        LayerStats st = lab.stats();
        StringBuilder s = new StringBuilder("{\"step\":").append(lab.stepCount())
                .append(",\"loss\":").append(ScriptApi.number(lab.probeLoss()))
                .append(",\"evalLoss\":").append(ScriptApi.number(lab.evaluationLoss()))
                .append(",\"status\":").append(ScriptApi.quote(lab.divergedAtStep() >= 0 ? "diverged"
                        : loop.isRunning() ? "running" : "paused"))
                .append(",\"hash\":").append(ScriptApi.quote(writtenHash))
                .append(",\"layers\":[");
        for (int l = 1; l <= lab.depth(); l++) {
            s.append(l > 1 ? "," : "").append("{\"layer\":").append(l)
                    .append(",\"actMean\":").append(ScriptApi.number(st.activationMean(l)))
                    .append(",\"actStd\":").append(ScriptApi.number(st.activationStd(l)))
                    .append(",\"saturated\":").append(ScriptApi.number(st.saturatedFraction(l)))
                    .append(",\"gradStd\":").append(ScriptApi.number(st.gradientStd(l)))
                    .append(",\"gradNorm\":").append(ScriptApi.number(st.weightGradientNorm(l)))
                    .append(",\"ratio\":").append(ScriptApi.number(lab.lastUpdateRatio(l)))
                    .append(",\"identical\":").append(lab.unitSpread(l) <= IDENTICAL)
                    .append('}');
        }
        s.append("],\"lanes\":").append(lockstep.json()).append('}');
        return s.toString();
    }
}
