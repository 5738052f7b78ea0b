package descent.web.lanes;

import descent.core.experiment.Run;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.LineChart;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The charts every lane shares: loss curves overlaid (training solid-weight, validation faint), gradient
 * norms, a legend that names each lane's dash, a readout under the pointer and a table of final metrics.
 */
public final class ChartsPanel {
    private final LineChart loss = new LineChart("loss-chart");
    private final LineChart gradients = new LineChart("grad-chart");
    private final HTMLElement readout = Dom.byId("readout");
    private final HTMLElement legend = Dom.byId("chart-legend");
    private final HTMLElement table = Dom.byId("final-metrics");
    private Run[] runs = new Run[0];
    private String[] labels = new String[0];
    private String[] statuses = new String[0];

    public ChartsPanel() {
        loss.canvas().element().addEventListener("mousemove", e -> pointAt((MouseEvent) e));
        loss.canvas().element().addEventListener("mouseleave", e -> readout.setTextContent("Point at the chart to read values."));
    }

    public void setLogScale(boolean on) {
        loss.setLogScale(on);
        gradients.setLogScale(on);
    }

    /** The lanes to chart, in order; rebuilds the legend. */
    public void setLanes(Run[] runs, String[] labels) {
        this.runs = runs;
        this.labels = labels;
        this.statuses = new String[runs.length];
        El.clear(legend);
        for (int i = 0; i < runs.length; i++) {
            HTMLElement item = El.make("li", "");
            HTMLElement swatch = El.make("span", "swatch line");
            Dom.setStyle(swatch, "border-top", "3px " + cssDash(i) + " " + LaneStyle.colour(i));
            item.appendChild(swatch);
            item.appendChild(El.text("span", "", labels[i] + " (" + LaneStyle.dashName(i) + ")"));
            legend.appendChild(item);
        }
        loss.clear();
        gradients.clear();
        for (int i = 0; i < runs.length; i++) {
            loss.add(runs[i].trainLossSeries(), LaneStyle.colour(i), LaneStyle.dash(i));
        }
        for (int i = 0; i < runs.length; i++) {
            loss.add(runs[i].validationLossSeries(), LaneStyle.colour(i) + "66", LaneStyle.dash(i));
            gradients.add(runs[i].gradientNormSeries(), LaneStyle.colour(i), LaneStyle.dash(i));
        }
    }

    private static String cssDash(int lane) {
        String name = LaneStyle.dashName(lane);
        return name.equals("solid") ? "solid" : name.contains("dot") ? "dotted" : "dashed";
    }

    public void draw() {
        loss.draw();
        gradients.draw();
    }

    /** Final-metrics table, one row per lane; statuses come from the lane cards. */
    public void showTable(String[] laneStatuses) {
        El.clear(table);
        StringBuilder summary = new StringBuilder("Training loss of every lane over steps: ");
        for (int i = 0; i < runs.length; i++) {
            Run r = runs[i];
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
        loss.canvas().element().setAttribute("aria-label", summary.toString());
    }

    private void pointAt(MouseEvent event) {
        double step = loss.stepAt(event.getOffsetX());
        StringBuilder text = new StringBuilder("step ").append(Format.count((int) step)).append(": ");
        for (int i = 0; i < runs.length; i++) {
            if (i > 0) {
                text.append(" · ");
            }
            text.append(labels[i]).append(' ').append(Format.significant(loss.valueAt(i, step), 3));
        }
        readout.setTextContent(text.toString());
    }
}
