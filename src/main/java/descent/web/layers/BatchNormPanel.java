package descent.web.layers;

import descent.core.experiment.LayerLab;
import descent.core.nn.BatchNorm;
import descent.core.nn.BatchNormPlacement;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The batch-norm panel: one layer's batch μ, σ beside the running μ̄, σ̄; training against evaluation mode; and
 * what batches of B examples do (the core's {@link LayerLab#batchSizeEffect}, at most once a second: it runs
 * the probe set in batches).
 */
final class BatchNormPanel {
    private static final double INTERVAL_MS = 1000;

    private final double[] effect = new double[3];
    private double last = -1e9;

    void wire(Runnable redraw) {
        Dom.onChange("bn-layer", redraw);
        Dom.onChange("bn-batch", () -> {
            last = -1e9;
            redraw.run();
        });
    }

    void build(LayerLab.Settings settings) {
        boolean on = settings.placement != BatchNormPlacement.NONE;
        Dom.byId("bn-on").setHidden(!on);
        Dom.byId("bn-off").setHidden(on);
        HTMLSelectElement layer = Dom.byId("bn-layer");
        El.clear(layer);
        for (int l = 1; l <= settings.depth; l++) {
            layer.appendChild(El.option(Integer.toString(l), "layer " + l));
        }
        layer.setValue(Integer.toString(Math.min(settings.depth, 3)));
        last = -1e9;
    }

    /** Runs the batch-size experiment when it is due; call before the lab's probe pass (it overwrites buffers). */
    void measure(LayerLab lab, int depth, double now) {
        if (lab.network().hasBatchNorm() && now - last >= INTERVAL_MS) {
            lab.batchSizeEffect(batch(), layer(depth), effect);
            last = now;
        }
    }

    private static int batch() {
        return (int) LayersPage.parse(((HTMLSelectElement) Dom.byId("bn-batch")).getValue(), 16);
    }

    private static int layer(int depth) {
        int l = (int) LayersPage.parse(((HTMLSelectElement) Dom.byId("bn-layer")).getValue(), 1);
        return Math.max(1, Math.min(depth, l));
    }

    void show(LayerLab lab, int depth) {
        if (!lab.network().hasBatchNorm()) {
            return;
        }
        Dom.setText("bn-train-loss", Format.significant(lab.probeLoss(), 3));
        Dom.setText("bn-eval-loss", Format.significant(lab.evaluationLoss(), 3));
        Dom.setText("bn-train-sat", Format.percent(lab.stats().saturatedFraction(depth)));
        Dom.setText("bn-eval-sat", Format.percent(lab.evaluationSaturation(depth)));
        BatchNorm bn = lab.network().batchNorm(layer(depth));
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
        int b = batch();
        Dom.setText("bn-b-loss", Format.significant(effect[0], 3));
        Dom.setText("bn-b-eval", Format.significant(effect[1 + 1], 3));
        Dom.setText("bn-b-stray", Format.significant(effect[1], 3));
        String text;
        if (lab.stepCount() == 0) {
            text = "Before training the running averages are μ̄ = 0, σ̄ = 1: evaluation mode normalizes nothing yet, so"
                    + " its numbers differ from training mode's. Train a few hundred steps and they converge.";
        } else if (b == 1) {
            text = "With B = 1 every unit's value equals its batch mean, so the normalized value is 0 and the layer"
                    + " outputs β whatever the input: the network cannot tell examples apart (loss "
                    + Format.significant(effect[0], 3) + " against " + Format.significant(effect[2], 3)
                    + " with the running averages).";
        } else {
            text = "Each batch of " + b + " is normalized by its own μ and σ, which stray from the running ones by "
                    + Format.significant(effect[1], 2) + " σ̄ on average: smaller batches, noisier normalization."
                    + " Evaluation uses μ̄ and σ̄, the same for every example.";
        }
        Dom.setText("bn-b-text", text);
    }
}
