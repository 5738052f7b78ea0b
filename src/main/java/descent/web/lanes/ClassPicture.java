package descent.web.lanes;

import descent.core.data.Dataset;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.TableReadout;
import descent.web.view.HeatMapView;
import descent.web.view.HeatMapView.PointLayer;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A table lane's picture (softmax over K logits): on two inputs, each region of the plane in the colour of the
 * class the network picks there, over a square fitted to the standardized points; on more inputs (the digits),
 * its confusion matrix (and, for 8×8 images, the misclassified ones) instead of a map.
 */
final class ClassPicture {
    private final int resolution;
    private final int[] classes;
    private final double[] confidence;
    private final ConfusionPanel confusion = new ConfusionPanel();
    private double extent = Dataset.EXTENT;

    ClassPicture(int resolution) {
        this.resolution = resolution;
        this.classes = new int[resolution * resolution];
        this.confidence = new double[resolution * resolution];
    }

    /** The confusion panel (shown for every table lane). */
    HTMLElement element() {
        return confusion.element();
    }

    /** Whether this lane is drawn here rather than by the two-class map: it learns a table (softmax, K logits). */
    static boolean applies(LaneReadout run) {
        return run.table() != null;
    }

    /** Whether the lane has no plane to draw (more than two inputs). */
    static boolean noPlane(LaneReadout run) {
        return run.table() != null && run.table().inputCount() != 2;
    }

    /** Puts the points into the layers in their class colours, over a square that fits them. */
    void bind(LaneReadout run, PointLayer trainPoints, PointLayer validationPoints) {
        Dataset train = run.train();
        Dataset validation = run.validation();
        int k = train.classCount();
        extent = TableReadout.mapExtent(train, validation);
        double e = extent;
        trainPoints.setClasses(train.points(), train.targets(), train.size(), k).view(-e, e, -e, e);
        validationPoints.setClasses(validation.points(), validation.targets(), validation.size(), k).view(-e, e, -e, e);
        confusion.setVisible(true); // every table lane: its K×K matrix, under the map where there is one
    }

    /** Hides the confusion panel (a two-class lane). */
    void unbind() {
        confusion.setVisible(false);
    }

    /** The confusion matrix (N_val forward passes) and, on two inputs, the class regions (res² forward passes). */
    void draw(LaneReadout lane, HeatMapView map, PointLayer trainPoints, PointLayer validationPoints) {
        TableReadout table = lane.table();
        confusion.draw(table);
        if (noPlane(lane)) {
            return;
        }
        double e = extent;
        table.predictClasses(-e, e, -e, e, resolution, classes, confidence);
        map.setClassField(classes, confidence, table.split().train().classCount());
        map.draw(trainPoints, validationPoints);
    }
}
