package descent.web.lanes;

import descent.core.experiment.EarlyStopping;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.Series;
import descent.core.experiment.Smoothing;
import descent.core.experiment.Status;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.ChartCurve;
import descent.web.view.Format;
import descent.web.view.LineChart;
import descent.web.view.SeriesLookup;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One chart of the lanes' metrics — loss, gradient norm, step length or weight norm — with its legend, its key to what
 * strong, faint, rings and diamonds mean, and its readout at the crosshair. Minibatch lanes can be drawn
 * smoothed (their trend strong, the raw values faint); the smoothing itself is {@link Smoothing}'s.
 */
final class MetricChart {
    static final int LOSS = 0;
    static final int GRADIENT = 1;
    static final int STEP = 2;
    static final int WEIGHTS = 3;
    private static final int TRAIN = 0;
    private static final int VALIDATION = 1;
    private static final int AVERAGED = 2;

    private final int kind;
    private final LineChart chart;
    private final HTMLElement legend;
    private final HTMLElement readout;
    private final HTMLElement key;
    private LaneReadout[] runs = new LaneReadout[0];
    private String[] labels = new String[0];
    private ChartCurve[][] curves = new ChartCurve[0][];
    private Series[][] trends = new Series[0][];
    private HTMLElement[] notes = new HTMLElement[0];
    private HTMLElement smoothingNote;
    private boolean smoothing;
    private boolean examples;

    /** The chart on canvas {@code canvasId}; legend, readout and key elements may be absent from the page. */
    MetricChart(int kind, String canvasId, String legendId, String readoutId, String keyId) {
        this.kind = kind;
        chart = new LineChart(canvasId);
        legend = optional(legendId);
        readout = optional(readoutId);
        key = optional(keyId);
        chart.setAxisTitles("step", kind == LOSS ? "training / validation loss" : symbol(kind));
        if (kind == STEP) {
            chart.setLogScale(true); // step lengths span decades on every run worth looking at
        }
    }

    private static String symbol(int kind) {
        return kind == GRADIENT ? "‖g‖" : kind == STEP ? "‖Δθ‖" : "‖W‖";
    }

    static HTMLElement optional(String id) {
        return id == null ? null : Dom.document().getElementById(id);
    }

    LineChart chart() {
        return chart;
    }

    void setLogScale(boolean on) {
        chart.setLogScale(kind == STEP || on);
    }

    void setSmoothing(boolean on) {
        smoothing = on;
    }

    /**
     * x = examples seen (step × batch size) instead of the step, up to what every lane has seen: per example a
     * larger batch buys less than per step.
     */
    void setExamplesAxis(boolean on) {
        examples = on;
        chart.setCommonRange(on);
        chart.setAxisTitles(on ? "examples seen" : "step", kind == LOSS ? "training / validation loss" : symbol(kind));
    }

    void setLanes(LaneReadout[] runs, String[] labels) {
        this.runs = runs;
        this.labels = labels;
        int roles = kind == LOSS ? 3 : 1;
        curves = new ChartCurve[runs.length][roles];
        trends = new Series[runs.length][roles];
        chart.clear();
        for (int role = 0; role < roles; role++) {
            for (int i = 0; i < runs.length; i++) {
                Series s = series(runs[i], role);
                ChartCurve c = chart.add(s, LaneStyle.colour(i), LaneStyle.dash(i)).tag(i + ":" + roleName(role));
                c.faint(role == VALIDATION).diamonds(role == AVERAGED);
                curves[i][role] = c;
                trends[i][role] = new Series(s.capacity() + 1);
            }
        }
        buildLegend();
    }

    private Series series(LaneReadout run, int role) {
        if (kind == GRADIENT) {
            return run.gradientNormSeries();
        }
        if (kind == STEP) {
            return run.stepLengthSeries();
        }
        if (kind == WEIGHTS) {
            return run.weightNormSeries();
        }
        return role == TRAIN ? run.trainLossSeries() : role == VALIDATION ? run.validationLossSeries()
                : run.averagedTrainLossSeries();
    }

    private String roleName(int role) {
        if (kind != LOSS) {
            return kind == GRADIENT ? "grad" : kind == STEP ? "step" : "weights";
        }
        return role == TRAIN ? "train" : role == VALIDATION ? "val" : "avg";
    }

    private void buildLegend() {
        notes = new HTMLElement[runs.length];
        if (legend != null) {
            El.clear(legend);
            for (int i = 0; i < runs.length; i++) {
                HTMLElement item = El.make("li", "");
                item.appendChild(ChartLegend.swatch(i, false));
                item.appendChild(El.text("span", "", labels[i] + " (" + LaneStyle.dashName(i) + ")"));
                if (kind == LOSS) {
                    notes[i] = El.text("span", "legend-note", "");
                    item.appendChild(notes[i]);
                }
                legend.appendChild(item);
            }
            if (kind == LOSS) { // an averaged model gets an entry of its own (any change of lanes rebuilds these)
                for (int i = 0; i < runs.length; i++) {
                    if (!runs[i].isAveraging()) {
                        continue;
                    }
                    HTMLElement item = El.make("li", "averaged");
                    item.appendChild(ChartLegend.swatch(i, true));
                    item.appendChild(El.text("span", "", labels[i] + " at the averaged weights θ̂"));
                    legend.appendChild(item);
                }
            }
        }
        if (key != null) {
            El.clear(key);
            ChartLegend.key(key, kind);
            smoothingNote = El.text("span", "key-item", "smoothed: minibatch lanes show a moving average, their raw "
                    + "values faint behind it");
            key.appendChild(smoothingNote);
        }
    }

    void draw() {
        boolean anySmoothed = false;
        for (int i = 0; i < runs.length; i++) {
            LaneReadout run = runs[i];
            int divergedAt = run.status() == Status.DIVERGED ? run.divergedAtStep() : -1;
            boolean smooth = smoothing && !run.isFullBatch() && kind != WEIGHTS; // ‖W‖ is θ's, not a batch's
            for (int role = 0; role < curves[i].length; role++) {
                ChartCurve c = curves[i][role];
                c.xPerStep(examples ? run.batchSize() : 1);
                c.divergedAt(divergedAt);
                double beta = Smoothing.betaFor(c.series().size());
                if (smooth && beta > 0) {
                    anySmoothed = true;
                    Smoothing.exponential(c.series(), beta, chart.isLogScale(), trends[i][role]);
                    c.smoothed(trends[i][role]);
                } else {
                    c.smoothed(null);
                }
            }
            if (kind == LOSS) {
                Series validation = run.validationLossSeries();
                int best = EarlyStopping.bestIndex(validation);
                curves[i][VALIDATION].minimumAt(best);
                if (notes[i] != null) {
                    setText(notes[i], best < 0 ? "" : " · lowest validation loss "
                            + Format.significant(validation.value(best), 3) + " at step "
                            + Format.count(validation.step(best)));
                }
            }
        }
        if (smoothingNote != null) {
            Dom.setStyle(smoothingNote, "display", anySmoothed ? "" : "none");
        }
        chart.draw();
    }

    /** The readout's sentence at {@code step}: every lane by name with its value there. */
    void showReadout(double step) {
        if (readout == null) {
            return;
        }
        if (step != step) {
            setText(readout, "Point at the chart (or focus it and press ← →) to read every lane's value at a step.");
            return;
        }
        StringBuilder text = examples
                ? new StringBuilder(Format.count((int) step)).append(" examples seen — ")
                : new StringBuilder("step ").append(Format.count((int) step)).append(" — ");
        for (int i = 0; i < runs.length; i++) {
            LaneReadout run = runs[i];
            text.append(i > 0 ? " · " : "").append(labels[i]).append(": ");
            if (run.status() == Status.DIVERGED && step >= run.divergedAtStep() * curves[i][TRAIN].perStep()) {
                text.append("diverged at step ").append(Format.count(run.divergedAtStep()));
                continue;
            }
            if (kind == LOSS) {
                text.append("train ").append(value(i, TRAIN, step)).append(", val ").append(value(i, VALIDATION, step));
                if (run.isAveraging()) {
                    text.append(", at θ̂ ").append(value(i, AVERAGED, step));
                }
            } else {
                text.append(symbol(kind)).append(' ').append(value(i, TRAIN, step));
            }
        }
        setText(readout, text.toString());
    }

    private String value(int lane, int role, double step) {
        ChartCurve c = curves[lane][role];
        double at = step / c.perStep();
        String raw = Format.significant(SeriesLookup.valueAt(c.series(), at), 3);
        if (c.smoothedSeries() == null) {
            return raw;
        }
        return raw + " (trend " + Format.significant(SeriesLookup.valueAt(c.smoothedSeries(), at), 3) + ")";
    }

    private static void setText(HTMLElement e, String text) {
        if (!text.equals(e.getTextContent())) {
            e.setTextContent(text);
        }
    }
}
