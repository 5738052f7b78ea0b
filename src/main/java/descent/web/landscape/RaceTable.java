package descent.web.landscape;

import descent.core.landscape.Path;
import descent.core.landscape.PathRace;
import descent.core.landscape.Surface;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.lanes.LaneStyle;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;

/** The race's table (one row per optimizer) and the chart's legend: each racer's line key, name and numbers. */
final class RaceTable {
    private RaceTable() {
    }

    static void fill(PathRace race, int steps) {
        HTMLElement body = Dom.byId("racers");
        HTMLElement legend = Dom.byId("land-legend");
        El.clear(body);
        El.clear(legend);
        Surface surface = race.surface();
        for (int r = 0; r < race.count(); r++) {
            Path p = race.path(r);
            String label = race.kind(r).label();
            HTMLElement item = El.make("li", "");
            item.appendChild(key(r));
            item.appendChild(El.text("span", "", label));
            legend.appendChild(item);

            HTMLElement row = El.make("tr", "");
            row.setAttribute("data-kind", race.kind(r).id());
            row.setAttribute("data-steps-below", Integer.toString(p.firstStepBelow()));
            HTMLElement name = El.make("td", "");
            name.appendChild(key(r));
            name.appendChild(El.text("span", "", label + " (" + LaneStyle.dashName(r) + ")"));
            row.appendChild(name);
            row.appendChild(El.text("td", "num", p.firstStepBelow() < 0 ? "not within " + steps
                    : Integer.toString(p.firstStepBelow())));
            row.appendChild(El.text("td", "num", p.size() == 0 ? "–" : Format.significant(p.lastLoss(), 4)));
            double d = p.size() == 0 ? Double.NaN : surface.distanceToNearestMinimum(p.lastX(), p.lastY());
            row.appendChild(El.text("td", "num", surface.minimumCount() == 0 ? "no minimum"
                    : Format.significant(d, 3)));
            row.appendChild(El.text("td", "num", Integer.toString(p.clippedSteps())));
            String status = p.divergedAt() >= 0 ? "diverged at step " + p.divergedAt() : "ok";
            row.appendChild(El.text("td", p.divergedAt() >= 0 ? "status-diverged" : "", status));
            body.appendChild(row);
        }
    }

    private static HTMLElement key(int r) {
        HTMLElement key = El.make("span", "land-key-line");
        Dom.setStyle(key, "border-top-color", LaneStyle.colour(r));
        Dom.setStyle(key, "border-top-style", r % 6 == 0 ? "solid" : r % 6 == 2 ? "dotted" : "dashed");
        return key;
    }
}
