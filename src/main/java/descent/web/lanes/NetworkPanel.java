package descent.web.lanes;

import descent.core.data.Dataset;
import descent.core.experiment.LaneInternals;
import descent.core.nn.Activation;
import descent.core.nn.Network;
import descent.core.nn.UnitOutputs;
import descent.core.optim.RuleTerms;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.NetworkPicture;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lane's network drawn live ({@link NetworkPicture}): each unit's output over the plane, each weight's sign and
 * size, and which layers have collapsed into copies of one unit (zero or constant init). Pointing at a weight — or
 * focusing the picture and pressing ← → — names it with its value, its last gradient and its last update; a table
 * lists every weight the same way, the picture's text equivalent. The numbers come from the core
 * ({@link UnitOutputs}, the rule's {@link RuleTerms}); this class only lays them out.
 */
final class NetworkPanel {
    private static final double REFRESH_MS = 300;
    private static final int RESOLUTION = 16;
    /** More weights than this are not listed one per row: the table would outgrow the card. */
    private static final int MAX_ROWS = 400;

    private final HTMLElement panel = El.make("section", "network-view");
    private final HTMLElement caption = El.make("p", "network-caption");
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) El.make("canvas", "network-canvas");
    private final HTMLElement readout = El.make("p", "readout network-readout");
    private final HTMLElement details = El.make("details", "network-table");
    private final HTMLElement table = El.make("table", "final");
    private final NetworkPicture picture;
    private LaneInternals run;
    private double[][] pictures = new double[0][];
    private double[] lo = new double[0];
    private double[] hi = new double[0];
    private double[] layerLo = new double[0];
    private double[] layerHi = new double[0];
    private int[] weightAt = new int[0];
    private double[] terms = new double[0];
    private int focus = -1;
    private int shownStep = -1;
    private double lastRefresh = -1e9;
    private int tableRows = -1;

    NetworkPanel() {
        panel.setHidden(true);
        panel.appendChild(El.text("h4", "rule-title", "The network"));
        panel.appendChild(caption);
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("role", "img");
        panel.appendChild(canvas);
        readout.setAttribute("aria-live", "polite");
        panel.appendChild(readout);
        details.appendChild(El.text("summary", "", "Every weight as a table"));
        details.appendChild(table);
        panel.appendChild(details);
        picture = new NetworkPicture(canvas);
        canvas.addEventListener("mousemove", e -> {
            MouseEvent m = (MouseEvent) e;
            int k = picture.nearest(m.getOffsetX(), m.getOffsetY());
            if (k >= 0) {
                focusOn(picture.shownParameter(k));
            }
        });
        canvas.addEventListener("keydown", e -> {
            String key = ((KeyboardEvent) e).getKey();
            int step = key.equals("ArrowRight") || key.equals("ArrowDown") ? 1
                    : key.equals("ArrowLeft") || key.equals("ArrowUp") ? -1 : 0;
            if (step != 0 && picture.shownWeights() > 0) {
                e.preventDefault();
                int at = 0;
                for (int k = 0; k < picture.shownWeights(); k++) {
                    if (picture.shownParameter(k) == focus) {
                        at = k + step;
                    }
                }
                int n = picture.shownWeights();
                focusOn(picture.shownParameter(((at % n) + n) % n));
            }
        });
        details.addEventListener("toggle", e -> refresh(true));
    }

    HTMLElement element() {
        return panel;
    }

    void setId(String id) {
        panel.setAttribute("id", id);
    }

    boolean isOpen() {
        return !panel.isHidden();
    }

    void setOpen(boolean open) {
        panel.setHidden(!open);
        if (open) {
            refresh(true);
        }
    }

    /** {@code next} is null when the lane trains in the engine worker, which does not send its weights. */
    void bind(LaneInternals next) {
        run = next;
        focus = -1;
        shownStep = -1;
        tableRows = -1;
        if (run == null) {
            caption.setTextContent("The network is drawn when the lane trains in this page; the engine worker "
                    + "(?thread=worker) does not send the weights yet.");
            return;
        }
        Network net = run.network();
        int layers = net.layerCount();
        pictures = new double[layers + 1][];
        lo = new double[layers + 1];
        hi = new double[layers + 1];
        layerLo = new double[layers + 1];
        layerHi = new double[layers + 1];
        weightAt = new int[layers];
        for (int l = 0; l < layers; l++) {
            weightAt[l] = net.weightOffset(l);
        }
        for (int l = 1; l <= layers; l++) {
            pictures[l] = new double[net.width(l) * RESOLUTION * RESOLUTION];
            Activation f = l == layers ? net.outputActivation() : net.hiddenActivation();
            lo[l] = f == Activation.TANH ? -1 : f == Activation.SIGMOID ? 0 : Double.NaN; // NaN: the unit's own range
            hi[l] = f == Activation.TANH || f == Activation.SIGMOID ? 1 : Double.NaN;
        }
        if (isOpen()) {
            refresh(true);
        }
    }

    private void focusOn(int parameter) {
        if (parameter == focus) {
            return;
        }
        focus = parameter;
        refresh(true);
    }

    /** Called with the lane's numbers; redraws a few times a second while open. */
    void refresh(boolean now) {
        if (run == null || !isOpen()) {
            return;
        }
        double time = Performance.now();
        if (!now && (time - lastRefresh < REFRESH_MS || run.stepCount() == shownStep)) {
            return;
        }
        lastRefresh = time;
        shownStep = run.stepCount();
        Network net = run.network();
        double[] theta = run.parameters();
        boolean plane = net.inputSize() == 2;
        if (plane) {
            UnitOutputs.overPlane(net, theta, Dataset.EXTENT, RESOLUTION, pictures);
        }
        System.arraycopy(lo, 0, layerLo, 0, lo.length);
        System.arraycopy(hi, 0, layerHi, 0, hi.length);
        for (int l = 1; l < layerLo.length && plane; l++) {
            if (layerLo[l] != layerLo[l]) { // an unbounded activation: the layer's own range
                double a = 0;
                double b = 1e-12;
                for (double v : pictures[l]) {
                    a = Math.min(a, v);
                    b = Math.max(b, v);
                }
                layerLo[l] = a;
                layerHi[l] = b;
            }
        }
        picture.draw(net.sizes(), theta, weightAt, plane ? pictures : null, RESOLUTION, layerLo, layerHi, focus);
        String symmetry = symmetryText(net, theta);
        caption.setTextContent(symmetry + " Squares: each unit's output over the plane"
                + (plane ? "" : " (not drawn: more than two inputs)") + "; lines: the weights, blue positive, orange "
                + "negative, wider for larger |w|.");
        canvas.setAttribute("aria-label", "Network of lane: " + layerText(net) + ". " + symmetry);
        readout.setTextContent(focus < 0 ? "Point at a weight, or focus the picture and press ← →, to read it."
                : weightText(net, theta, focus));
        if (details.hasAttribute("open")) {
            fillTable(net, theta);
        }
    }

    private static String layerText(Network net) {
        StringBuilder s = new StringBuilder();
        for (int l = 0; l <= net.layerCount(); l++) {
            s.append(l > 0 ? "-" : "").append(net.width(l));
        }
        return s.toString();
    }

    /** "Layer 1: all 8 units are the same." or "Every unit differs from the others." */
    private static String symmetryText(Network net, double[] theta) {
        StringBuilder s = new StringBuilder();
        for (int l = 1; l < net.layerCount(); l++) {
            int distinct = UnitOutputs.distinctUnits(net, theta, l, 1e-9);
            if (distinct < net.width(l)) {
                s.append("Layer ").append(l).append(": ").append(distinct == 1 ? "all " + net.width(l)
                        + " units are the same (their weights are equal: symmetry never broken)."
                        : "only " + distinct + " different units of " + net.width(l) + ".").append(' ');
            }
        }
        return s.length() == 0 ? "Every hidden unit differs from the others." : s.toString().trim();
    }

    private String weightText(Network net, double[] theta, int p) {
        int l = 0;
        while (l + 1 < net.layerCount() && p >= net.weightOffset(l + 1)) {
            l++;
        }
        int m = net.width(l);
        int j = (p - net.weightOffset(l)) / m;
        int i = (p - net.weightOffset(l)) - j * m;
        String from = l == 0 ? "input x" + (i + 1) : "unit " + (i + 1) + " of layer " + l;
        String to = l + 1 == net.layerCount() ? "output " + (j + 1) : "unit " + (j + 1) + " of layer " + (l + 1);
        return "θ" + p + ", from " + from + " to " + to + ": w = " + Format.significant(theta[p], 3) + ", g = "
                + Format.significant(term(p, "g"), 3) + ", last update Δw = " + Format.significant(term(p, "Δθ"), 3);
    }

    /** The rule's term {@code symbol} for parameter p after the last step (NaN when the rule has no such term). */
    private double term(int p, String symbol) {
        if (run.ruleTerms() == null) {
            return Double.NaN;
        }
        RuleTerms rule = run.ruleTerms();
        String[] symbols = rule.termSymbols();
        if (terms.length < symbols.length) {
            terms = new double[symbols.length];
        }
        rule.terms(p, terms);
        for (int k = 0; k < symbols.length; k++) {
            if (symbols[k].equals(symbol)) {
                return terms[k];
            }
        }
        return Double.NaN;
    }

    private void fillTable(Network net, double[] theta) {
        int count = 0;
        for (int l = 0; l < net.layerCount(); l++) {
            count += net.width(l) * net.width(l + 1);
        }
        int rows = Math.min(count, MAX_ROWS);
        if (rows != tableRows) {
            El.clear(table);
            HTMLElement head = El.make("tr", "");
            for (String h : new String[] {"Weight", "w", "g", "Δw"}) {
                HTMLElement th = El.text("th", "", h);
                th.setAttribute("scope", "col");
                head.appendChild(th);
            }
            table.appendChild(head);
            for (int r = 0; r < rows; r++) {
                HTMLElement tr = El.make("tr", "");
                for (int c = 0; c < 4; c++) {
                    tr.appendChild(El.make(c == 0 ? "th" : "td", ""));
                }
                table.appendChild(tr);
            }
            tableRows = rows;
        }
        int r = 0;
        for (int l = 0; l < net.layerCount() && r < rows; l++) {
            for (int p = net.weightOffset(l); p < net.biasOffset(l) && r < rows; p++, r++) {
                HTMLElement tr = (HTMLElement) table.getChildNodes().item(r + 1);
                set(tr, 0, "W" + l + " θ" + p);
                set(tr, 1, Format.significant(theta[p], 3));
                set(tr, 2, Format.significant(term(p, "g"), 3));
                set(tr, 3, Format.significant(term(p, "Δθ"), 3));
            }
        }
    }

    private static void set(HTMLElement row, int cell, String text) {
        HTMLElement e = (HTMLElement) row.getChildNodes().item(cell);
        if (!text.equals(e.getTextContent())) {
            e.setTextContent(text);
        }
    }
}
