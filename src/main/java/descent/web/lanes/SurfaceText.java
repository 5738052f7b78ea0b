package descent.web.lanes;

import descent.core.experiment.Race;
import descent.core.experiment.RaceSurface;
import descent.core.experiment.SurfacePicture;
import descent.core.landscape.LossPlane;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;

/** The loss surface in words: what plane it is and how much of the paths it holds, and a table of the paths. */
final class SurfaceText {
    private SurfaceText() {
    }

    static void caption(SurfacePicture surface) {
        SurfacePicture plane = surface;
        double held = plane.captured();
        String share = held - held == 0 ? Format.percent(held) : "none";
        String what = plane.directions() == LossPlane.Directions.PRINCIPAL
                ? "The plane through θ₀ along the paths' first two principal directions d₁, d₂ (a and b are distances "
                + "in weight space). It holds " + share + " of the paths' movement; the rest is at right angles "
                + "to the picture."
                : "The plane through θ₀ along two random directions d₁, d₂, filter-normalized to θ₀'s weights (a = 1 "
                + "moves every unit's weights by their own size). It holds " + share + " of the paths' movement: "
                + "a random slice shows the paths short, as they look from most directions in weight space.";
        StringBuilder text = new StringBuilder(what);
        if (!plane.note().isEmpty()) {
            text.append(' ').append(plane.note());
        }
        if (!surface.leftOut().isEmpty()) {
            text.append(' ').append(surface.leftOut());
        }
        Dom.setText("surface-status", text.toString());
        Dom.setText("surface-key", "Shading and contours: the training loss J on the plane (log scale), lighter = "
                + "lower. ○ θ₀, where the lanes start; ● where each lane is now; each path in its lane's colour "
                + "and dash, drawn through step " + Format.count(surface.builtAtStep()) + " again by Replay, "
                + "then on as the lanes train.");
    }

    /** One row per lane: its start and end on the plane, and the loss at its θ beside the loss on the plane. */
    static void table(SurfacePicture surface, Race race) {
        SurfacePicture plane = surface;
        HTMLElement body = Dom.byId("surface-rows");
        El.clear(body);
        for (int j = 0; j < surface.size(); j++) {
            int lane = surface.lane(j);
            int last = plane.pathLength(j) - 1;
            double a = plane.pathX(j, last);
            double b = plane.pathY(j, last);
            HTMLElement row = El.make("tr", "");
            HTMLElement name = El.make("th", "");
            name.setAttribute("scope", "row");
            name.appendChild(ChartLegend.swatch(lane, false));
            name.appendChild(El.text("span", "", " " + (lane + 1) + ": " + race.lane(lane).displayLabel()));
            row.appendChild(name);
            row.appendChild(El.text("td", "", point(plane.pathX(j, 0), plane.pathY(j, 0))));
            row.appendChild(El.text("td", "", Format.count(surface.step(j, last)) + " at " + point(a, b)));
            row.appendChild(El.text("td", "", Format.significant(surface.endLoss(j), 4)));
            row.appendChild(El.text("td", "", Format.significant(surface.planeEndLoss(j), 4)));
            body.appendChild(row);
        }
        Dom.byId("surface-table").removeAttribute("hidden");
    }

    private static String point(double a, double b) {
        return "(" + Format.significant(a, 3) + ", " + Format.significant(b, 3) + ")";
    }

    static void computing() {
        Dom.byId("surface-progress").removeAttribute("hidden");
        Dom.byId("surface-replay").setAttribute("disabled", "");
        Dom.setText("surface-status", "Computing the training loss at " + Format.count(RaceSurface.GRID * RaceSurface.GRID)
                + " points of the plane…");
        state("computing");
    }

    /** What the map shows, for hosts and tests: the plane's directions, the share held, its step and lanes. */
    static void mark(SurfacePicture plane) {
        HTMLElement canvas = Dom.byId("surface-map");
        canvas.setAttribute("data-directions", plane.directions() == LossPlane.Directions.PRINCIPAL ? "pca" : "random");
        canvas.setAttribute("data-captured", Format.fixed(plane.captured(), 4));
        canvas.setAttribute("data-built-at", Integer.toString(plane.builtAtStep()));
        canvas.setAttribute("data-lanes", laneList(plane));
        state("done");
    }

    /** The race indices of the plane's lanes, as the map's data-lanes holds them. */
    static String laneList(SurfacePicture plane) {
        StringBuilder lanes = new StringBuilder();
        for (int j = 0; j < plane.size(); j++) {
            lanes.append(j == 0 ? "" : ",").append(plane.lane(j));
        }
        return lanes.toString();
    }

    static void state(String s) {
        Dom.byId("surface-map").setAttribute("data-state", s);
    }
}
