package descent.web.lanes;

import descent.core.data.Dataset;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.LaneReadout;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.HeatMapView;
import descent.web.view.HeatMapView.PointLayer;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One lane's card: its settings, its decision boundary and its numbers. It edits a copy of the lane's
 * configuration and hands it to the page, which decides what the race does with it.
 */
public final class LaneView {
    /** What the card asks of the page. */
    public interface Listener {
        void laneChanged(int lane, LaneConfig config, boolean restart);

        void duplicateLane(int lane);

        void removeLane(int lane);

        /** A view inside the card opened or closed (the link carries which are open). */
        default void viewsChanged() {
        }
    }

    private static final int FIELD_RESOLUTION = 48;

    private final Listener listener;
    private final HTMLElement card = El.make("article", "lane");
    private final HTMLElement title = El.make("h3", "lane-title");
    private final HTMLCanvasElement key = (HTMLCanvasElement) El.make("canvas", "lane-key");
    private HiDpiCanvas keyCanvas;
    private final LaneSettings settings;
    private final HTMLElement trainLoss = El.make("dd", "");
    private final HTMLElement validationLoss = El.make("dd", "");
    private final HTMLElement accuracy = El.make("dd", "");
    private final HTMLElement gradientNorm = El.make("dd", "");
    private final HTMLElement status = El.make("p", "lane-status");
    private final HTMLElement extra = El.make("p", "lane-note");
    private final HTMLElement changeNote = El.make("p", "lane-note lane-change");
    private final HTMLElement landscapeLink = El.text("a", "lane-link", "Loss landscape of this lane");
    private final HeatMapView heatMap;
    private final AveragedMap averagedMap;
    private String stopId = "";
    private String stopNote = "";
    private final double[] field = new double[FIELD_RESOLUTION * FIELD_RESOLUTION];
    private final ClassPicture classPicture = new ClassPicture(FIELD_RESOLUTION);
    private final PointLayer trainPoints = new PointLayer(false);
    private final PointLayer validationPoints = new PointLayer(true);
    private final HTMLButtonElement duplicateButton;
    private final HTMLButtonElement saveButton = El.button("Save map", "Save this lane's decision boundary as PNG");
    private FileName saveName;
    private final HTMLButtonElement removeButton;
    private final HTMLButtonElement ruleButton = El.button("Update rule", "Show this lane's update rule at work");
    private final RuleView ruleView;
    private final HTMLButtonElement networkButton = El.button("Network", "Show this lane's network: its units and weights");
    private final NetworkPanel networkPanel = new NetworkPanel();

    private int index;
    private LaneConfig config;
    private LaneReadout run;

    public LaneView(int index, LaneConfig config, Listener listener) {
        this.index = index;
        this.config = config.copy();
        this.listener = listener;

        HTMLElement head = El.make("header", "lane-head");
        head.appendChild(key);
        head.appendChild(title);
        duplicateButton = El.button("Duplicate", "Duplicate this lane");
        removeButton = El.button("Remove", "Remove this lane");
        duplicateButton.addEventListener("click", e -> listener.duplicateLane(this.index));
        removeButton.addEventListener("click", e -> listener.removeLane(this.index));
        HTMLElement actions = El.make("div", "lane-actions");
        saveButton.addEventListener("click", e -> saveMap());
        actions.appendChild(saveButton);
        actions.appendChild(duplicateButton);
        actions.appendChild(removeButton);
        head.appendChild(actions);
        card.appendChild(head);

        settings = new LaneSettings(config, (next, restart) -> {
            this.config = next;
            showTitle();
            listener.laneChanged(this.index, next.copy(), restart);
        });
        card.appendChild(settings.main());
        card.appendChild(settings.more());

        HTMLElement box = El.make("div", "canvas-box square");
        HTMLCanvasElement canvas = (HTMLCanvasElement) El.make("canvas", "");
        canvas.setAttribute("role", "img");
        box.appendChild(canvas);
        averagedMap = new AveragedMap(box, FIELD_RESOLUTION);
        card.appendChild(averagedMap.element());
        card.appendChild(classPicture.element());
        heatMap = new HeatMapView(canvas, FIELD_RESOLUTION);

        HTMLElement metrics = El.make("dl", "metrics lane-metrics");
        metrics.appendChild(pair("Train loss", trainLoss));
        metrics.appendChild(pair("Val loss", validationLoss));
        metrics.appendChild(pair("Accuracy", accuracy));
        metrics.appendChild(pair("‖g‖", gradientNorm));
        card.appendChild(metrics);
        status.setAttribute("aria-live", "polite");
        card.appendChild(status);
        card.appendChild(extra);
        changeNote.setAttribute("role", "status");
        changeNote.setHidden(true);
        card.appendChild(changeNote);
        card.appendChild(landscapeLink);
        ruleView = new RuleView(index);
        ruleButton.setClassName("rule-toggle");
        ruleButton.setAttribute("aria-expanded", "false");
        ruleButton.addEventListener("click", e -> {
            setRuleOpen(!isRuleOpen());
            listener.viewsChanged();
        });
        card.appendChild(ruleButton);
        networkButton.setClassName("network-toggle");
        networkButton.setAttribute("aria-expanded", "false");
        networkButton.addEventListener("click", e -> {
            setNetworkOpen(!isNetworkOpen());
            listener.viewsChanged();
        });
        card.appendChild(networkButton);
        card.appendChild(ruleView.element());
        card.appendChild(networkPanel.element());
        showConfig();
    }

    private static HTMLElement pair(String name, HTMLElement value) {
        HTMLElement div = El.make("div", "");
        div.appendChild(El.text("dt", "", name));
        div.appendChild(value);
        return div;
    }

    public HTMLElement element() {
        return card;
    }

    /** Names the PNG of a lane's map. */
    public interface FileName {
        String name(LaneView view);
    }

    public void onSaveMap(FileName name) {
        saveName = name;
    }

    private void saveMap() {
        if (saveName != null) {
            descent.web.dom.Dom.downloadCanvas(heatMap.canvas().element(), saveName.name(this));
        }
    }

    /** Where a click on the map landed, in data coordinates. */
    public interface MapClick {
        void at(double x, double y);
    }

    /** Reports clicks on the decision boundary as points of the plane (for adding points by hand). */
    public void onMapClick(MapClick click) {
        HTMLCanvasElement canvas = heatMap.canvas().element();
        canvas.addEventListener("click", event -> {
            org.teavm.jso.dom.events.MouseEvent m = (org.teavm.jso.dom.events.MouseEvent) event;
            double w = Math.max(1, canvas.getClientWidth());
            double h = Math.max(1, canvas.getClientHeight());
            double e = Dataset.EXTENT;
            click.at(-e + 2 * e * m.getOffsetX() / w, e - 2 * e * m.getOffsetY() / h);
        });
    }

    public int index() {
        return index;
    }

    /** After lanes before this one were removed: new position, colour and dash. */
    public void setIndex(int index) {
        this.index = index;
        ruleView.setId("rule-view-" + index);
        ruleButton.setAttribute("aria-controls", "rule-view-" + index);
        networkPanel.setId("network-view-" + index);
        networkButton.setAttribute("aria-controls", "network-view-" + index);
        drawKey();
        showTitle();
    }

    public void setRemovable(boolean removable) {
        removeButton.setDisabled(!removable);
    }

    public void setDuplicable(boolean duplicable) {
        duplicateButton.setDisabled(!duplicable);
    }

    /** Where "Loss landscape of this lane" leads: the landscape lab with this lane's state. */
    public void setLandscapeLink(String href) {
        landscapeLink.setAttribute("href", href);
    }

    /**
     * Whether second-order rules can be offered, and why not ("" when they can). The why is the same for every
     * lane of a page, so it is said once, above the lanes, not in each card.
     */
    public void setSecondOrderAvailability(String reasonIfNot) {
        String reason = reasonIfNot == null ? "" : reasonIfNot;
        settings.allowSecondOrder(reason.isEmpty());
        SecondOrderNote.show(card, reason);
    }

    /**
     * What the page did with the learner's last change of this lane ("optimizer state starts fresh: …"), said
     * in the card it concerns; "" clears it. Not a notice about the link: the link was fine.
     */
    public void note(String text) {
        changeNote.setTextContent(text);
        changeNote.setHidden(text.isEmpty());
    }

    public LaneConfig config() {
        return config.copy();
    }

    /** Shows a configuration set from outside (a lesson, a link) without reporting it back as a change. */
    public void setConfig(LaneConfig config) {
        this.config = config.copy();
        showConfig();
    }

    public void bind(LaneReadout run) {
        this.run = run;
        // the insides of the page's own run, or of the engine's as its last snapshot told them
        ruleView.bind(run.internals(), index);
        networkPanel.bind(run.internals());
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
        if (ClassPicture.applies(run)) {
            classPicture.bind(run, trainPoints, validationPoints);
        } else {
            trainPoints.set(train.points(), train.targets(), train.size(), lo, hi).view(-e, e, -e, e);
            validationPoints.set(validation.points(), validation.targets(), validation.size(), lo, hi)
                    .view(-e, e, -e, e);
            classPicture.unbind();
        }
        boolean noPlane = ClassPicture.noPlane(run);
        averagedMap.element().setHidden(noPlane);
        saveButton.setHidden(noPlane);
    }

    /** Opens or closes the update-rule view (its statistics are recorded only while it is open). */
    public void setRuleOpen(boolean open) {
        ruleView.setOpen(open);
        ruleButton.setAttribute("aria-expanded", open ? "true" : "false");
        card.setAttribute("data-rule-open", open ? "true" : "false");
    }

    public boolean isRuleOpen() {
        return ruleView.isOpen();
    }

    /** Opens or closes the network diagram. */
    public void setNetworkOpen(boolean open) {
        networkPanel.setOpen(open);
        networkButton.setAttribute("aria-expanded", open ? "true" : "false");
    }

    public boolean isNetworkOpen() {
        return networkPanel.isOpen();
    }

    private void showConfig() {
        settings.setConfig(config);
        showTitle();
        drawKey();
    }

    /** A new title (a lesson's lane retitled after a change), without redrawing the settings. */
    public void setLabel(String label) {
        config.label = label;
        showTitle();
    }

    private void showTitle() {
        title.setTextContent(config.displayLabel());
        card.setAttribute("aria-label", "Lane " + (index + 1) + ": " + config.displayLabel() + ", "
                + LaneStyle.dashName(index) + " line");
        heatMap.canvas().element().setAttribute("aria-label", "Decision boundary of lane " + (index + 1) + ", "
                + config.displayLabel());
    }

    private void drawKey() {
        if (keyCanvas == null) {
            keyCanvas = new HiDpiCanvas(key);
        }
        HiDpiCanvas k = keyCanvas;
        k.fitFixed(40, 12); // the key's CSS size: no layout read while cards are being built
        CanvasRenderingContext2D g = k.context();
        g.clearRect(0, 0, k.width(), k.height());
        g.setStrokeStyle(LaneStyle.colour(index));
        g.setLineWidth(3);
        HiDpiCanvas.setLineDashPattern(g, LaneStyle.dash(index));
        g.beginPath();
        g.moveTo(2, k.height() / 2);
        g.lineTo(k.width() - 2, k.height() / 2);
        g.stroke();
        key.setAttribute("role", "img");
        key.setAttribute("aria-label", LaneStyle.dashName(index) + " line");
    }

    /** Recomputes and paints the decision boundary (the expensive part: res² forward passes). */
    public void drawField() {
        if (run == null) {
            return;
        }
        double e = Dataset.EXTENT;
        if (ClassPicture.applies(run)) {
            classPicture.draw(run, heatMap, trainPoints, validationPoints);
            return;
        }
        run.predictGrid(-e, e, -e, e, FIELD_RESOLUTION, field);
        heatMap.setField(field, trainPoints.lo(), trainPoints.hi());
        heatMap.draw(trainPoints, validationPoints);
        averagedMap.draw(run, field, trainPoints, validationPoints);
    }

    /** What a converged lane stopped at when that is no success (id "not-minimum" or "stalled"), else "". */
    public void setStop(String id, String note) {
        stopId = id;
        stopNote = note;
    }

    /** Writes the lane's numbers and status as text. */
    public void showMetrics(boolean running) {
        if (run == null) {
            return;
        }
        trainLoss.setTextContent(Format.significant(run.trainLoss(), 3));
        validationLoss.setTextContent(Format.significant(run.validationLoss(), 3));
        accuracy.setTextContent(run.train().isClassification() ? Format.percent(run.validationAccuracy()) : "–");
        gradientNorm.setTextContent(Format.significant(run.gradientNorm(), 3));
        status.setTextContent(LaneStatusText.status(run, stopNote, running));
        card.setAttribute("data-status", statusId(running));
        extra.setTextContent(LaneStatusText.extras(run, config));
        ruleView.refresh(!running);
        networkPanel.refresh(!running);
        heatMap.canvas().element().setAttribute("aria-label", "Decision boundary of lane " + (index + 1) + ", "
                + config.displayLabel() + ": training loss " + Format.significant(run.trainLoss(), 3) + " at step "
                + run.stepCount() + (run.train().isClassification()
                        ? ", validation accuracy " + Format.percent(run.validationAccuracy()) : ""));
    }

    /** running, paused, converged or diverged: the words of the script API and the tests. */
    public String statusId(boolean running) {
        return LaneStatusText.id(run, stopId, running);
    }
}
