package descent.web.lanes;

import descent.core.experiment.LaneReadout;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Crosshair;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The charts every lane shares — loss (training strong, validation faint, averaged models with diamonds),
 * gradient norm ‖g‖ and, where the page has room for it, step length ‖Δθ‖ — each with its own legend and
 * readout, one crosshair shared by all of them, a smoothing toggle, and a table of final metrics.
 */
public final class ChartsPanel {
    private final MetricChart loss = new MetricChart(MetricChart.LOSS, "loss-chart", "chart-legend", "readout",
            "loss-key");
    private final MetricChart gradients = new MetricChart(MetricChart.GRADIENT, "grad-chart", "grad-legend",
            "grad-readout", "grad-key");
    /** The step-length chart; absent on pages without its canvas. */
    private final MetricChart steps = MetricChart.optional("step-chart") == null ? null
            : new MetricChart(MetricChart.STEP, "step-chart", "step-legend", "step-readout", "step-key");
    /** The weight-norm chart, shown while some lane decays its weights; absent on pages without its canvas. */
    private final MetricChart weights = MetricChart.optional("weight-chart") == null ? null
            : new MetricChart(MetricChart.WEIGHTS, "weight-chart", "weight-legend", "weight-readout", "weight-key");
    private final HTMLElement weightSection = MetricChart.optional("weight-section");
    private final MetricChart[] present = present(loss, gradients, steps, weights);
    private final HTMLElement table = Dom.byId("final-metrics");
    private final HTMLInputElement smoothToggle = (HTMLInputElement) MetricChart.optional("smooth");
    private LaneReadout[] runs = new LaneReadout[0];
    private String[] labels = new String[0];

    public ChartsPanel() {
        for (MetricChart chart : charts()) {
            Crosshair.attach(chart.chart(), this::crosshairAt);
            chart.setSmoothing(smoothToggle != null && smoothToggle.isChecked());
            chart.showReadout(Double.NaN);
        }
        if (smoothToggle != null) {
            smoothToggle.addEventListener("change", e -> {
                for (MetricChart chart : charts()) {
                    chart.setSmoothing(smoothToggle.isChecked());
                }
                draw();
            });
        }
    }

    private MetricChart[] charts() {
        return present;
    }

    private static MetricChart[] present(MetricChart... all) {
        int n = 0;
        for (MetricChart c : all) {
            n += c == null ? 0 : 1;
        }
        MetricChart[] out = new MetricChart[n];
        n = 0;
        for (MetricChart c : all) {
            if (c != null) {
                out[n++] = c;
            }
        }
        return out;
    }

    /** Shows the weight-norm chart (when the page has one): while some lane has L2 in its loss or decoupled decay. */
    public void showWeights(boolean on) {
        if (weightSection != null) {
            weightSection.setHidden(!on);
        }
    }

    /** Minibatch curves smoothed (raw values faint behind) or raw; the toggle shows the same. */
    public void setSmoothing(boolean on) {
        if (smoothToggle != null) {
            smoothToggle.setChecked(on);
        }
        for (MetricChart chart : charts()) {
            chart.setSmoothing(on);
        }
    }

    /** Every chart against examples seen (step × each lane's batch size), up to what all lanes have seen. */
    public void setExamplesAxis(boolean on) {
        for (MetricChart chart : charts()) {
            chart.setExamplesAxis(on);
        }
    }

    public void setLogScale(boolean on) {
        for (MetricChart chart : charts()) {
            chart.setLogScale(on);
        }
    }

    /** The lanes to chart, in order; rebuilds the legends. */
    public void setLanes(LaneReadout[] runs, String[] labels) {
        this.runs = runs;
        this.labels = labels;
        for (MetricChart chart : charts()) {
            chart.setLanes(runs, labels);
        }
    }

    public void draw() {
        for (MetricChart chart : charts()) {
            chart.draw();
            chart.showReadout(chart.chart().crosshair()); // the run moves on under a resting crosshair
        }
    }

    /** The crosshair moved on one chart: every chart shows it at the same step and reads its lanes there. */
    private void crosshairAt(double step) {
        for (MetricChart chart : charts()) {
            chart.chart().setCrosshair(step);
            chart.draw();
            chart.showReadout(step);
        }
    }

    /** Final-metrics table, one row per lane; statuses come from the lane cards. */
    public void showTable(String[] laneStatuses) {
        El.clear(table);
        StringBuilder summary = new StringBuilder("Training loss of every lane over steps: ");
        for (int i = 0; i < runs.length; i++) {
            LaneReadout r = runs[i];
            HTMLElement row = El.make("tr", "");
            row.appendChild(El.text("th", "", labels[i]));
            row.appendChild(El.text("td", "", Format.count(r.stepCount())));
            row.appendChild(El.text("td", "", Format.significant(r.trainLoss(), 3)));
            row.appendChild(El.text("td", "", Format.significant(r.validationLoss(), 3)));
            row.appendChild(El.text("td", "", r.train().isClassification() ? Format.percent(r.validationAccuracy()) : "–"));
            row.appendChild(El.text("td", "", Format.significant(r.gradientNorm(), 3)));
            row.appendChild(El.text("td", "", laneStatuses[i]));
            table.appendChild(row);
            summary.append(i > 0 ? "; " : "").append(labels[i]).append(' ')
                    .append(Format.significant(r.trainLoss(), 3)).append(" at step ").append(r.stepCount());
        }
        loss.chart().canvas().element().setAttribute("aria-label", summary.toString());
    }
}
