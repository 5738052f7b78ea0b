package descent.web.layers;

import descent.core.experiment.LayerLab;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.nn.LayerStats;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The per-layer table (mean and σ of f(z), saturation, σ of ∂L/∂a, ‖∂L/∂W‖, ‖ΔW‖/‖W‖, identical units) and the
 * symmetry banner. Each row also carries, as data attributes, the numbers it shows and where the histogram
 * drew that layer's middle 90 % ({@code data-act-drawn="from to"}, fractions of the cell), for the tests.
 */
final class LayerTable {
    /** Units whose parameters differ by at most this are reported identical. */
    static final double IDENTICAL = 1e-12;

    private HTMLElement[][] cells = new HTMLElement[0][];
    private HTMLElement[] rows = new HTMLElement[0];

    void build(int depth) {
        HTMLElement body = Dom.byId("lay-rows");
        El.clear(body);
        rows = new HTMLElement[depth + 1];
        cells = new HTMLElement[depth + 1][];
        for (int l = 1; l <= depth; l++) {
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

    void show(LayerLab lab, Activation activation, HistogramView histograms) {
        LayerStats st = lab.stats();
        boolean relu = activation == Activation.RELU;
        for (int l = 1; l <= lab.depth(); l++) {
            HTMLElement[] c = cells[l];
            boolean identical = lab.unitSpread(l) <= IDENTICAL;
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
            double[] a = histograms.drawnActivations(l);
            double[] g = histograms.drawnGradients(l);
            r.setAttribute("data-act-drawn", a[0] + " " + a[1]);
            r.setAttribute("data-grad-drawn", g[0] + " " + g[1]);
        }
    }

    /** "all units of layers 1–10 are identical after 200 steps", with why, or nothing when none are. */
    void showSymmetry(LayerLab lab, Init init) {
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
                + (init == Init.ZERO || init == Init.CONSTANT ? " A random initialization breaks the symmetry." : ""));
        box.setHidden(false);
    }
}
