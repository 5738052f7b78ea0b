package descent.web.lanes;

import descent.core.experiment.StepStatistics;
import descent.core.experiment.LaneInternals;
import descent.core.experiment.Series;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.LineChart;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One lane's optimizer state over the steps, on a log scale: the step length ‖Δθ‖, the spread of the
 * per-parameter effective step sizes (min and max faint, median strong) and, for momentum rules, the speed
 * ‖v‖ against the terminal speed ε‖g‖/(1 − α). The series are the core's ({@link OptimizerStatistics});
 * the chart is the playground's {@link LineChart}. A sentence under it says the latest values.
 */
final class OptimizerStateChart {
    private final HTMLElement box = El.make("div", "rule-state");
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) El.make("canvas", "");
    private final HTMLElement key = El.make("p", "rule-state-key");
    private final HTMLElement readout = El.make("p", "rule-state-text");
    private LineChart chart;
    private LaneInternals run;
    private int lane;

    OptimizerStateChart(int lane) {
        this.lane = lane;
        box.appendChild(El.text("h5", "rule-state-title", "The optimizer's state over the steps"));
        HTMLElement frame = El.make("div", "canvas-box rule-state-canvas");
        canvas.setAttribute("aria-hidden", "true"); // its text equivalent is the sentence under it
        frame.appendChild(canvas);
        box.appendChild(frame);
        box.appendChild(key);
        readout.setAttribute("aria-live", "off");
        box.appendChild(readout);
    }

    HTMLElement element() {
        return box;
    }

    void bind(LaneInternals next, int laneIndex) {
        run = next;
        lane = laneIndex;
        if (chart == null) {
            chart = new LineChart(canvas);
            chart.setLogScale(true);
            chart.setAxisTitles("step", "step sizes");
        }
        chart.clear();
        StepStatistics s = run.stepStatistics();
        String colour = LaneStyle.colour(lane);
        String ink = Dom.cssVariable("--ink");
        String muted = Dom.cssVariable("--muted");
        chart.add(run.stepLengthSeries(), colour, "").tag("step");
        chart.add(s.medianSeries(), ink, "6 3").tag("median");
        chart.add(s.minimumSeries(), muted, "2 3").faint(true).tag("min");
        chart.add(s.maximumSeries(), muted, "2 3").faint(true).tag("max");
        boolean momentum = run.ruleTerms() != null && !Double.isNaN(run.ruleTerms().momentum());
        if (momentum) {
            chart.add(s.speedSeries(), colour, "1 3").tag("speed");
            chart.add(s.terminalSpeedSeries(), ink, "10 4").faint(true).tag("terminal");
        }
        key.setTextContent("Solid, lane colour: ‖Δθ‖. Dashed: median effective step size; dotted, faint: its "
                + "min and max over the parameters" + (momentum
                ? ". Dotted, lane colour: ‖v‖; long dashes, faint: the terminal speed ε‖g‖/(1 − α)." : ".")
                + " Recorded from the step this view opened.");
    }

    void draw() {
        if (chart == null || run == null) {
            return;
        }
        chart.draw();
        StepStatistics s = run.stepStatistics();
        StringBuilder text = new StringBuilder("Step ").append(Format.count(run.stepCount())).append(": ‖Δθ‖ = ")
                .append(Format.significant(run.stepLength(), 3));
        if (s.medianSeries().size() > 0) {
            text.append("; effective step sizes min ").append(last(s.minimumSeries())).append(", median ")
                    .append(last(s.medianSeries())).append(", max ").append(last(s.maximumSeries()));
        }
        if (s.speedSeries().size() > 0) {
            text.append("; ‖v‖ = ").append(last(s.speedSeries())).append(" against ε‖g‖/(1 − α) = ")
                    .append(last(s.terminalSpeedSeries()));
        }
        readout.setTextContent(text.append('.').toString());
    }

    private static String last(Series s) {
        return Format.significant(s.last(), 3);
    }
}
