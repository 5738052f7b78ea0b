package descent.web;

import descent.core.data.Dataset;
import descent.core.data.DatasetKind;
import descent.core.experiment.Run;
import descent.core.experiment.RunConfig;
import descent.core.experiment.Status;
import descent.web.dom.Dom;
import descent.web.view.Format;
import descent.web.view.HeatMapView;
import descent.web.view.HeatMapView.PointLayer;
import descent.web.view.LineChart;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The playground page: one run training live, its decision boundary, its loss curves and its controls.
 * It wires controls to the run and the run's numbers to the views; the math lives in the core.
 */
public final class PlaygroundPage implements FrameLoop.Frame {
    /** The heat map's grid; 64² = 4,096 forward passes, refreshed at most every {@link #FIELD_INTERVAL_MS}. */
    private static final int FIELD_RESOLUTION = 64;
    private static final double FIELD_INTERVAL_MS = 50;
    private static final double SUMMARY_INTERVAL_MS = 1000;

    private final RunConfig config = new RunConfig();
    private final HeatMapView heatMap = new HeatMapView("heatmap", FIELD_RESOLUTION);
    private final LineChart lossChart = new LineChart("loss-chart");
    private final double[] field = new double[FIELD_RESOLUTION * FIELD_RESOLUTION];
    private final PointLayer trainPoints = new PointLayer(false);
    private final PointLayer validationPoints = new PointLayer(true);
    private final FrameLoop loop = new FrameLoop(this);
    private final String trainColour = Dom.cssVariable("--train");
    private final String validationColour = Dom.cssVariable("--val");
    private Run run;
    private double lastFieldTime = -1e9;
    private double lastSummaryTime = -1e9;
    private int drawnStep = -1;

    public void start() {
        readControls();
        rebuild();
        Dom.onClick("play", this::togglePlay);
        Dom.onClick("step", this::stepOnce);
        Dom.onClick("reset", this::reset);
        Dom.onChange("dataset", () -> {
            readControls();
            rebuild();
        });
        Dom.onChange("learning-rate", () -> {
            readControls();
            run.setLearningRate(config.learningRate);
        });
        Dom.onChange("batch-size", () -> {
            readControls();
            run.setBatchSize(batchSizeFor(run.train().size()));
        });
        Window.current().addEventListener("resize", event -> drawAll(true));
        Dom.document().getBody().setAttribute("data-ready", "true");
    }

    private void readControls() {
        HTMLSelectElement dataset = Dom.byId("dataset");
        HTMLSelectElement learningRate = Dom.byId("learning-rate");
        HTMLSelectElement batchSize = Dom.byId("batch-size");
        config.dataset = datasetNamed(dataset.getValue());
        config.learningRate = Double.parseDouble(learningRate.getValue());
        config.batchSize = Integer.parseInt(batchSize.getValue());
    }

    // Enum.valueOf needs reflection, which TeaVM does not fully support: look the name up by hand.
    private static DatasetKind datasetNamed(String name) {
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return DatasetKind.CIRCLE;
    }

    /** Batch-size control value 0 means the whole training set. */
    private int batchSizeFor(int trainSize) {
        return config.batchSize <= 0 ? trainSize : config.batchSize;
    }

    private void rebuild() {
        RunConfig c = config.copy();
        c.batchSize = Math.max(1, config.batchSize);
        run = new Run(c);
        run.setBatchSize(batchSizeFor(run.train().size()));
        bindPoints();
        drawAll(true);
    }

    private void bindPoints() {
        Dataset train = run.train();
        Dataset validation = run.validation();
        double lo = 0;
        double hi = 1;
        if (!train.isClassification()) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double y : train.targets()) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        double e = Dataset.EXTENT;
        trainPoints.set(train.points(), train.targets(), train.size(), lo, hi).view(-e, e, -e, e);
        validationPoints.set(validation.points(), validation.targets(), validation.size(), lo, hi).view(-e, e, -e, e);
    }

    private void togglePlay() {
        if (loop.isRunning()) {
            pause();
        } else if (run.status() != Status.DIVERGED) {
            loop.start();
            setPlayButton(true);
        }
    }

    private void pause() {
        loop.stop();
        setPlayButton(false);
        drawAll(true);
    }

    private void setPlayButton(boolean playing) {
        HTMLElement play = Dom.byId("play");
        play.setTextContent(playing ? "Pause" : "Play");
        play.setAttribute("aria-pressed", playing ? "true" : "false");
    }

    private void stepOnce() {
        if (loop.isRunning()) {
            pause();
        }
        run.step();
        drawAll(true);
    }

    private void reset() {
        run.reset();
        drawAll(true);
    }

    @Override
    public int train(int steps) {
        int taken = run.steps(steps);
        if (run.status() == Status.DIVERGED) {
            loop.stop();
            setPlayButton(false);
        }
        return taken;
    }

    @Override
    public void draw(double now) {
        drawAll(false);
    }

    /** Redraws what changed; the field and the summary are refreshed on their own, slower clocks. */
    private void drawAll(boolean everything) {
        double now = Performance.now();
        if (everything || now - lastFieldTime >= FIELD_INTERVAL_MS) {
            double e = Dataset.EXTENT;
            run.predictGrid(-e, e, -e, e, FIELD_RESOLUTION, field);
            heatMap.setField(field, trainPoints.lo(), trainPoints.hi());
            heatMap.draw(trainPoints, validationPoints);
            lastFieldTime = now;
        }
        if (everything || run.stepCount() != drawnStep) {
            lossChart.clear();
            lossChart.add(run.trainLossSeries(), trainColour, 0);
            lossChart.add(run.validationLossSeries(), validationColour, 7);
            lossChart.draw();
            drawnStep = run.stepCount();
        }
        Dom.setText("step-count", Format.count(run.stepCount()));
        Dom.setText("epoch-count", Format.fixed(run.epoch(), 1));
        Dom.setText("train-loss", Format.significant(run.trainLoss(), 3));
        Dom.setText("val-loss", Format.significant(run.validationLoss(), 3));
        Dom.setText("val-accuracy", run.train().isClassification() ? Format.percent(run.validationAccuracy()) : "–");
        Dom.setText("status", statusText());
        Dom.byId("status").setClassName(run.status() == Status.DIVERGED ? "status-diverged" : "");
        if (everything || now - lastSummaryTime >= SUMMARY_INTERVAL_MS) {
            Dom.setText("summary", summaryText());
            lastSummaryTime = now;
        }
    }

    private String statusText() {
        if (run.status() == Status.DIVERGED) {
            return "diverged at step " + run.divergedAtStep();
        }
        if (run.status() == Status.CONVERGED) {
            return "converged";
        }
        return loop.isRunning() ? "training" : run.stepCount() == 0 ? "ready" : "paused";
    }

    private String summaryText() {
        if (run.status() == Status.DIVERGED) {
            return "Training diverged at step " + run.divergedAtStep() + " (" + run.divergenceReason()
                    + "): the learning rate is too large. Lower it and press Reset.";
        }
        String text = "SGD: training loss " + Format.significant(run.trainLoss(), 3) + ", validation loss "
                + Format.significant(run.validationLoss(), 3) + " at step " + run.stepCount();
        if (run.train().isClassification()) {
            text += ", " + Format.percent(run.validationAccuracy()) + " of validation points right";
        }
        return text + ".";
    }
}
