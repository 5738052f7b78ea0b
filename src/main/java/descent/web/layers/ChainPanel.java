package descent.web.layers;

import descent.core.nn.DeepLinearChain;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The deep linear chain (CURRICULUM §5): ŷ after one gradient step expanded in powers of ε by
 * {@link DeepLinearChain}, shown as numbers, a table of the orders and a plot of ŷ after a step of size t
 * (exact polynomial) against the first-order line.
 */
final class ChainPanel {
    private static final double X = 1;
    private final HiDpiCanvas canvas = new HiDpiCanvas("chain-chart");
    private final HTMLSelectElement depth = Dom.byId("chain-depth");
    private final HTMLInputElement weight = Dom.byId("chain-w");
    private final HTMLSelectElement eps = Dom.byId("chain-eps");
    private final HTMLSelectElement target = Dom.byId("chain-y");
    private DeepLinearChain chain;
    private int stepsTaken;

    void install() {
        depth.addEventListener("change", e -> rebuild());
        weight.addEventListener("input", e -> rebuild());
        eps.addEventListener("change", e -> show());
        target.addEventListener("change", e -> rebuild());
        Dom.onClick("chain-step", () -> {
            chain.step(epsilon());
            stepsTaken++;
            show();
        });
        Dom.onClick("chain-reset", this::rebuild);
        rebuild();
    }

    private double epsilon() {
        return parse(eps.getValue(), 0.01);
    }

    private static double parse(String s, double fallback) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void rebuild() {
        int l = (int) parse(depth.getValue(), 8);
        double w = parse(weight.getValue(), 120) / 100;
        Dom.setText("chain-w-value", Format.fixed(w, 2));
        double[] ws = new double[l];
        for (int i = 0; i < l; i++) {
            ws[i] = w;
        }
        chain = new DeepLinearChain(ws, X, parse(target.getValue(), 1));
        stepsTaken = 0;
        show();
    }

    void show() {
        double e = epsilon();
        chain.analyzeStep(e);
        double exact = chain.exactChange();
        double first = chain.firstOrderChange();
        double higher = chain.higherOrderChange();
        Dom.setText("chain-yhat", Format.significant(chain.output(), 4) + " (target " + Format.shortest(chain.target())
                + ")");
        Dom.setText("chain-first", signed(first));
        Dom.setText("chain-exact", signed(exact));
        Dom.setText("chain-higher", signed(higher));
        HTMLElement box = Dom.byId("chain-higher");
        box.setAttribute("data-higher", Double.toString(higher));
        box.setAttribute("data-first", Double.toString(first));
        double share = exact != 0 ? Math.abs(higher / exact) : 0;
        String after = stepsTaken == 0 ? "" : " (after " + stepsTaken + (stepsTaken == 1 ? " step" : " steps") + ")";
        String text;
        if (chain.loss() < 1e-12) {
            text = "ŷ equals the target" + after + ": the gradient is 0 and no step changes anything.";
        } else if (share < 0.01) {
            text = "With ε = " + Format.shortest(e) + " the first-order prediction is almost exact" + after
                    + ": the higher orders add " + Format.percent(share) + " of the change. Raise ε, the depth or the"
                    + " weights and watch them grow.";
        } else {
            text = "With ε = " + Format.shortest(e) + " the terms of order 2 and higher are " + Format.percent(share)
                    + " of the real change" + after + ": the step does "
                    + (Math.abs(exact) > Math.abs(first) ? "more" : "less")
                    + " than the gradient promised, because every layer moved at once. Batch norm is one way to"
                    + " tame this coordination problem.";
        }
        Dom.setText("chain-text", text);
        HTMLElement rows = Dom.byId("chain-terms");
        El.clear(rows);
        for (int k = 1; k <= chain.depth(); k++) {
            HTMLElement tr = El.make("tr", "");
            tr.appendChild(El.text("th", "", Integer.toString(k) + (k == 1 ? " (gradient)" : "")));
            tr.appendChild(El.text("td", "", signed(chain.term(k))));
            tr.appendChild(El.text("td", "", exact != 0 ? Format.percent(chain.term(k) / exact) : "–"));
            rows.appendChild(tr);
        }
        draw(e);
    }

    private static String signed(double v) {
        String s = Format.significant(v, 3);
        return v > 0 ? "+" + s : s;
    }

    /** ŷ(t) = Σ c_k t^k for t in [0, 2ε], the first-order line ŷ + c₁t, and a mark at t = ε. */
    private void draw(double e) {
        canvas.fit();
        CanvasRenderingContext2D g = canvas.context();
        double w = canvas.width();
        double h = canvas.height();
        g.setFillStyle(Dom.cssVariable("--panel"));
        g.fillRect(0, 0, w, h);
        double left = 56;
        double right = 34;
        double top = 10;
        double bottom = 28;
        double tMax = 2 * e;
        int samples = 80;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= samples; i++) {
            double t = tMax * i / samples;
            double exact = poly(t);
            double lin = chain.coefficient(0) + chain.coefficient(1) * t;
            lo = Math.min(lo, Math.min(exact, lin));
            hi = Math.max(hi, Math.max(exact, lin));
        }
        lo = Math.min(lo, chain.target());
        hi = Math.max(hi, chain.target());
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double pad = 0.05 * (hi - lo);
        lo -= pad;
        hi += pad;
        double pw = w - left - right;
        double ph = h - top - bottom;
        String muted = Dom.cssVariable("--muted");
        String ink = Dom.cssVariable("--ink");
        g.setFont("12px system-ui, sans-serif");
        g.setFillStyle(muted);
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = top + ph * (1 - (v - lo) / (hi - lo));
            g.fillText(Format.significant(v, 3), left - 6, y);
        }
        g.setTextAlign("center");
        g.setTextBaseline("top");
        for (int i = 0; i <= 4; i++) {
            double t = tMax * i / 4;
            g.fillText("t = " + Format.significant(t, 2), left + pw * i / 4, top + ph + 6);
        }
        g.setStrokeStyle(ink);
        g.setLineWidth(1);
        g.beginPath();
        g.moveTo(left, top);
        g.lineTo(left, top + ph);
        g.lineTo(left + pw, top + ph);
        g.stroke();
        // target
        double ty = top + ph * (1 - (chain.target() - lo) / (hi - lo));
        g.setStrokeStyle(muted);
        HiDpiCanvas.setLineDash(g, 2, 3);
        g.beginPath();
        g.moveTo(left, ty);
        g.lineTo(left + pw, ty);
        g.stroke();
        // first-order line
        g.setStrokeStyle(Dom.cssVariable("--val"));
        g.setLineWidth(2);
        HiDpiCanvas.setLineDash(g, 8, 5);
        g.beginPath();
        for (int i = 0; i <= samples; i++) {
            double t = tMax * i / samples;
            double v = chain.coefficient(0) + chain.coefficient(1) * t;
            double x = left + pw * i / samples;
            double y = top + ph * (1 - (v - lo) / (hi - lo));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        // exact curve
        g.setStrokeStyle(Dom.cssVariable("--accent"));
        HiDpiCanvas.setLineDash(g, 0, 0);
        g.beginPath();
        for (int i = 0; i <= samples; i++) {
            double t = tMax * i / samples;
            double x = left + pw * i / samples;
            double y = top + ph * (1 - (poly(t) - lo) / (hi - lo));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        // the chosen ε
        double ex = left + pw / 2;
        g.setStrokeStyle(muted);
        g.setLineWidth(1);
        g.beginPath();
        g.moveTo(ex, top);
        g.lineTo(ex, top + ph);
        g.stroke();
        g.setFillStyle(ink);
        g.setTextAlign("left");
        g.fillText("t = ε", ex + 4, top + 2);
        g.fillText("target y", left + 6, ty + 3);
    }

    private double poly(double t) {
        double s = 0;
        for (int k = chain.depth(); k >= 0; k--) {
            s = s * t + chain.coefficient(k);
        }
        return s;
    }
}
