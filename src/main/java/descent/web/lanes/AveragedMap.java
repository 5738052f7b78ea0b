package descent.web.lanes;

import descent.core.data.Dataset;
import descent.core.experiment.FieldContrast;
import descent.core.experiment.LaneReadout;
import descent.web.dom.El;
import descent.web.view.HeatMapView;
import descent.web.view.HeatMapView.PointLayer;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lane's maps: the model at θ and, when the lane averages its iterates, the model at the averaged
 * weights θ̂ beside it, each captioned, so that the averaging lesson shows the averaged model rather than a
 * number. The averaged map writes how many of its cells differ in class from the raw map
 * ({@code data-differs}, from {@link FieldContrast}) for the tests and screen readers.
 */
public final class AveragedMap {
    private final HTMLElement element = El.make("div", "lane-maps");
    private final HTMLElement rawCaption = El.text("p", "lane-map-caption", "At θ (raw weights)");
    private final HTMLElement averaged = El.make("figure", "lane-map lane-map-averaged");
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) El.make("canvas", "");
    private final HeatMapView heatMap;
    private final double[] field;
    private final int resolution;

    /** Wraps the raw map's box; the averaged map stays hidden until its lane averages. */
    public AveragedMap(HTMLElement rawBox, int resolution) {
        this.resolution = resolution;
        field = new double[resolution * resolution];
        HTMLElement raw = El.make("figure", "lane-map lane-map-raw");
        raw.appendChild(rawBox);
        raw.appendChild(rawCaption);
        element.appendChild(raw);
        HTMLElement box = El.make("div", "canvas-box square");
        box.appendChild(canvas);
        averaged.appendChild(box);
        averaged.appendChild(El.text("p", "lane-map-caption", "At θ̂ (averaged weights)"));
        element.appendChild(averaged);
        heatMap = new HeatMapView(canvas, resolution);
        show(false);
    }

    public HTMLElement element() {
        return element;
    }

    /**
     * Draws the model at θ̂ when the run averages (the raw field is the one the lane just drew), else hides
     * the averaged map.
     */
    public void draw(LaneReadout run, double[] rawField, PointLayer train, PointLayer validation) {
        boolean on = run.isAveraging();
        show(on);
        if (!on) {
            return;
        }
        double e = Dataset.EXTENT;
        run.predictGrid(-e, e, -e, e, resolution, field, true);
        heatMap.setField(field, train.lo(), train.hi());
        heatMap.draw(train, validation);
        int n = resolution * resolution;
        double differs = run.train().isClassification() ? FieldContrast.classDisagreement(rawField, field, n)
                : FieldContrast.meanDifference(rawField, field, n, train.lo(), train.hi());
        averaged.setAttribute("data-differs", descent.web.view.Format.fixed(differs, 3));
        canvas.setAttribute("aria-label", "Decision map at the averaged weights: "
                + Math.round(differs * 100) + "% of the plane classified differently from the raw weights");
    }

    private void show(boolean on) {
        averaged.setHidden(!on);
        rawCaption.setHidden(!on);
        if (on) { // an image only while it is shown: a hidden map is no picture of the lane
            element.setAttribute("data-averaged", "true");
            canvas.setAttribute("role", "img");
        } else {
            element.removeAttribute("data-averaged");
            canvas.removeAttribute("role");
        }
    }
}
