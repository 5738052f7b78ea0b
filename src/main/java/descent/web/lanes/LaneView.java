package descent.web.lanes;

import descent.core.data.Dataset;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.Run;
import descent.core.experiment.Status;
import descent.core.nn.Init;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.Hyperparameter;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import descent.core.optim.ScheduleKind;
import descent.web.dom.El;
import descent.web.view.Format;
import descent.web.view.HeatMapView;
import descent.web.view.HeatMapView.PointLayer;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

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
    }

    private static final int FIELD_RESOLUTION = 48;
    private static final double[] RATES = {1e-5, 1e-4, 3e-4, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    private static final double[] MOMENTA = {0, 0.5, 0.9, 0.95, 0.99};
    private static final double[] RHOS = {0.5, 0.9, 0.95, 0.99, 0.999};
    private static final double[] BETA1S = {0, 0.5, 0.9, 0.95, 0.99};
    private static final double[] BETA2S = {0.9, 0.99, 0.999, 0.9999};
    private static final double[] DELTAS = {1e-8, 1e-7, 1e-6, 1e-4, 0.01};
    private static final double[] BATCHES = {1, 5, 10, 25, 50, 100, 0};
    private static final double[] SCALES = {0.01, 0.1, 0.5, 1, 2, 5};
    private static final double[] CLIPS = {0.1, 0.5, 1, 5, 10};
    private static final double[] DECAYS = {0.9, 0.99, 0.999};

    private final Listener listener;
    private final HTMLElement card = El.make("article", "lane");
    private final HTMLElement title = El.make("h3", "lane-title");
    private final HTMLCanvasElement key = (HTMLCanvasElement) El.make("canvas", "lane-key");
    private HiDpiCanvas keyCanvas;
    private final HTMLSelectElement optimizer;
    private final Choice rate;
    private final Choice momentum;
    private final Choice rho;
    private final Choice beta1;
    private final Choice beta2;
    private final Choice delta;
    private final Choice batch;
    private final HTMLSelectElement init;
    private final Choice scale;
    private final HTMLInputElement batchNorm = El.input("checkbox", "");
    private final HTMLSelectElement schedule;
    private final HTMLSelectElement clip;
    private final Choice clipThreshold;
    private final HTMLSelectElement averaging;
    private final Choice averagingDecay;
    private final HTMLInputElement restart = El.input("checkbox", "");
    private final HTMLElement secondOrderNote = El.make("p", "lane-note");
    private final HTMLElement trainLoss = El.make("dd", "");
    private final HTMLElement validationLoss = El.make("dd", "");
    private final HTMLElement accuracy = El.make("dd", "");
    private final HTMLElement gradientNorm = El.make("dd", "");
    private final HTMLElement status = El.make("p", "lane-status");
    private final HTMLElement extra = El.make("p", "lane-note");
    private final HTMLElement landscapeLink = El.text("a", "lane-link", "Loss landscape of this lane");
    private final HeatMapView heatMap;
    private final AveragedMap averagedMap;
    private String stopId = "";
    private String stopNote = "";
    private final double[] field = new double[FIELD_RESOLUTION * FIELD_RESOLUTION];
    private final PointLayer trainPoints = new PointLayer(false);
    private final PointLayer validationPoints = new PointLayer(true);
    private final HTMLButtonElement duplicateButton;
    private final HTMLButtonElement saveButton = El.button("Save map", "Save this lane's decision boundary as PNG");
    private FileName saveName;
    private final HTMLButtonElement removeButton;

    private int index;
    private LaneConfig config;
    private Run run;
    private String secondOrderReason = "";
    private boolean updating;

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

        OptimizerKind[] kinds = OptimizerKind.values();
        String[] ids = new String[kinds.length];
        String[] names = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            ids[i] = kinds[i].id();
            names[i] = kinds[i].label();
        }
        optimizer = El.select(ids, names);
        optimizer.addEventListener("change", e -> optimizerChanged());
        rate = new Choice("Learning rate ε", RATES, this::settingsChanged);
        momentum = new Choice("Momentum α", MOMENTA, this::settingsChanged);
        rho = new Choice("Decay ρ", RHOS, this::settingsChanged);
        beta1 = new Choice("β₁", BETA1S, this::settingsChanged);
        beta2 = new Choice("β₂", BETA2S, this::settingsChanged);
        delta = new Choice("δ", DELTAS, this::settingsChanged);
        batch = new Choice("Batch size (0 = full)", BATCHES, this::settingsChanged);
        Init[] inits = Init.values();
        String[] initIds = new String[inits.length];
        String[] initNames = new String[inits.length];
        for (int i = 0; i < inits.length; i++) {
            initIds[i] = inits[i].name();
            initNames[i] = initLabel(inits[i]);
        }
        init = El.select(initIds, initNames);
        init.addEventListener("change", e -> settingsChanged());
        scale = new Choice("Init scale", SCALES, this::settingsChanged);
        batchNorm.addEventListener("change", e -> settingsChanged());
        ScheduleKind[] schedules = ScheduleKind.values();
        String[] scheduleIds = new String[schedules.length];
        for (int i = 0; i < schedules.length; i++) {
            scheduleIds[i] = schedules[i].id();
        }
        schedule = El.select(scheduleIds, scheduleIds);
        schedule.addEventListener("change", e -> settingsChanged());
        clip = El.select(new String[] {"none", "norm", "value"}, new String[] {"none", "by norm", "by value"});
        clip.addEventListener("change", e -> settingsChanged());
        clipThreshold = new Choice("Clip at c", CLIPS, this::settingsChanged);
        averaging = El.select(new String[] {"none", "polyak", "ema"}, new String[] {"none", "Polyak", "EMA"});
        averaging.addEventListener("change", e -> settingsChanged());
        averagingDecay = new Choice("EMA α", DECAYS, this::settingsChanged);

        HTMLElement main = El.make("div", "lane-settings");
        main.appendChild(El.labelled("Optimizer", optimizer));
        main.appendChild(rate.label);
        card.appendChild(main);
        card.appendChild(secondOrderNote);

        HTMLElement more = El.make("details", "lane-more");
        more.appendChild(El.text("summary", "", "More settings"));
        HTMLElement grid = El.make("div", "lane-settings");
        grid.appendChild(momentum.label);
        grid.appendChild(rho.label);
        grid.appendChild(beta1.label);
        grid.appendChild(beta2.label);
        grid.appendChild(delta.label);
        grid.appendChild(batch.label);
        grid.appendChild(El.labelled("Initialization", init));
        grid.appendChild(scale.label);
        grid.appendChild(El.labelled("Batch norm", batchNorm));
        grid.appendChild(El.labelled("Schedule", schedule));
        grid.appendChild(El.labelled("Clipping", clip));
        grid.appendChild(clipThreshold.label);
        grid.appendChild(El.labelled("Averaging", averaging));
        grid.appendChild(averagingDecay.label);
        grid.appendChild(El.labelled("Restart lane on change", restart));
        more.appendChild(grid);
        card.appendChild(more);

        HTMLElement box = El.make("div", "canvas-box square");
        HTMLCanvasElement canvas = (HTMLCanvasElement) El.make("canvas", "");
        canvas.setAttribute("role", "img");
        box.appendChild(canvas);
        averagedMap = new AveragedMap(box, FIELD_RESOLUTION);
        card.appendChild(averagedMap.element());
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
        card.appendChild(landscapeLink);
        showConfig();
    }

    private static HTMLElement pair(String name, HTMLElement value) {
        HTMLElement div = El.make("div", "");
        div.appendChild(El.text("dt", "", name));
        div.appendChild(value);
        return div;
    }

    private static String initLabel(Init init) {
        String name = init.name().toLowerCase().replace('_', ' ');
        return name.isEmpty() ? init.name() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
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

    /** Whether second-order rules can be offered, and why not ("" when they can). */
    public void setSecondOrderAvailability(String reasonIfNot) {
        secondOrderReason = reasonIfNot == null ? "" : reasonIfNot;
        OptimizerKind[] kinds = OptimizerKind.values();
        for (int i = 0; i < kinds.length; i++) {
            HTMLOptionElement option = optimizer.getOptions().item(i);
            boolean secondOrder = !kinds[i].usesLearningRate();
            option.setDisabled(secondOrder && !secondOrderReason.isEmpty());
        }
        secondOrderNote.setTextContent(secondOrderReason.isEmpty() ? ""
                : "Newton, BFGS, L-BFGS and CG are offered for full batch and small networks: " + secondOrderReason);
        secondOrderNote.setHidden(secondOrderReason.isEmpty());
    }

    public LaneConfig config() {
        return config.copy();
    }

    /** Shows a configuration set from outside (a lesson, a link) without reporting it back as a change. */
    public void setConfig(LaneConfig config) {
        this.config = config.copy();
        showConfig();
    }

    public void bind(Run run) {
        this.run = run;
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

    private void showConfig() {
        updating = true;
        OptimizerKind kind = config.optimizer;
        OptimizerSettings s = config.settings;
        optimizer.setValue(kind.id());
        rate.set(s.learningRate());
        rate.show(kind.usesLearningRate());
        momentum.set(s.momentum());
        momentum.show(kind.uses(Hyperparameter.MOMENTUM));
        rho.set(s.rho());
        rho.show(kind.uses(Hyperparameter.RHO));
        beta1.set(s.beta1());
        beta1.show(kind.uses(Hyperparameter.BETA1));
        beta2.set(s.beta2());
        beta2.show(kind.uses(Hyperparameter.BETA2));
        delta.set(s.delta());
        delta.show(kind.uses(Hyperparameter.DELTA));
        batch.set(config.batchSize);
        init.setValue(config.init.name());
        scale.set(config.initScale);
        batchNorm.setChecked(config.batchNorm);
        schedule.setValue(config.schedule.kind().id());
        clip.setValue(config.clip.id());
        clipThreshold.set(config.clipThreshold);
        clipThreshold.show(config.clip != ClipMode.NONE);
        averaging.setValue(config.averaging.id());
        averagingDecay.set(config.averagingDecay);
        averagingDecay.show(config.averaging == AveragingMode.EMA);
        updating = false;
        showTitle();
        drawKey();
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

    private void optimizerChanged() {
        if (updating) {
            return;
        }
        OptimizerKind kind = kindWithId(optimizer.getValue());
        boolean hadRate = config.optimizer.usesLearningRate();
        double keepRate = config.settings.learningRate();
        config.optimizer = kind;
        config.settings = kind.defaults();
        if (kind.usesLearningRate() && hadRate) {
            config.settings = config.settings.withLearningRate(keepRate);
        }
        if (!kind.usesLearningRate()) {
            config.batchSize = 0; // second-order rules run full batch
        }
        config.label = "";
        showConfig();
        listener.laneChanged(index, config.copy(), restart.isChecked());
    }

    private void settingsChanged() {
        if (updating) {
            return;
        }
        config.settings = config.settings.withLearningRate(rate.get()).withMomentum(momentum.get()).withRho(rho.get())
                .withBeta1(beta1.get()).withBeta2(beta2.get()).withDelta(delta.get());
        config.batchSize = (int) batch.get();
        config.init = initWithName(init.getValue());
        config.initScale = scale.get();
        config.batchNorm = batchNorm.isChecked();
        config.schedule = scheduleFor(schedule.getValue());
        config.clip = ClipMode.fromId(clip.getValue());
        config.clipThreshold = clipThreshold.get();
        config.averaging = AveragingMode.fromId(averaging.getValue());
        config.averagingDecay = averagingDecay.get();
        showConfig();
        listener.laneChanged(index, config.copy(), restart.isChecked());
    }

    /** The schedules the card offers, with settings that show their shape within a few thousand steps. */
    private static LearningRateSchedule scheduleFor(String id) {
        ScheduleKind kind = ScheduleKind.fromId(id);
        if (kind == null) {
            return LearningRateSchedule.constant();
        }
        switch (kind) {
            case LINEAR:
                return LearningRateSchedule.linearDecay(2000);
            case STEP:
                return LearningRateSchedule.stepDecay(1000, 0.5);
            case EXPONENTIAL:
                return LearningRateSchedule.exponential(0.999);
            case INVERSE_TIME:
                return LearningRateSchedule.inverseTime(200);
            case COSINE:
                return LearningRateSchedule.cosine(2000);
            default:
                return LearningRateSchedule.constant();
        }
    }

    static OptimizerKind kindWithId(String id) {
        for (OptimizerKind k : OptimizerKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return OptimizerKind.GD;
    }

    private static Init initWithName(String name) {
        for (Init i : Init.values()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        return Init.XAVIER_UNIFORM;
    }

    /** Recomputes and paints the decision boundary (the expensive part: res² forward passes). */
    public void drawField() {
        if (run == null) {
            return;
        }
        double e = Dataset.EXTENT;
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
        status.setTextContent(statusText(running));
        card.setAttribute("data-status", statusId(running));
        extra.setTextContent(extraText());
        heatMap.canvas().element().setAttribute("aria-label", "Decision boundary of lane " + (index + 1) + ", "
                + config.displayLabel() + ": training loss " + Format.significant(run.trainLoss(), 3) + " at step "
                + run.stepCount() + (run.train().isClassification()
                        ? ", validation accuracy " + Format.percent(run.validationAccuracy()) : ""));
    }

    /** running, paused, converged or diverged: the words of the script API and the tests. */
    public String statusId(boolean running) {
        if (run == null) {
            return "paused";
        }
        if (run.status() == Status.DIVERGED) {
            return "diverged";
        }
        if (run.status() == Status.CONVERGED) {
            return stopId.isEmpty() ? "converged" : stopId;
        }
        return running ? "running" : "paused";
    }

    /** What the lane's extras are doing: the scheduled ε, clipping, averaging, second-order guard rails. */
    private String extraText() {
        StringBuilder s = new StringBuilder();
        if (config.optimizer.usesLearningRate() && config.schedule.kind() != ScheduleKind.CONSTANT) {
            s.append("ε now ").append(Format.significant(run.learningRate(), 3)).append(". ");
        }
        if (config.clip != ClipMode.NONE) {
            s.append("Clipped ").append(Format.count(run.clippedStepCount())).append(" of ")
                    .append(Format.count(run.stepCount())).append(" steps. ");
        }
        if (config.averaging != AveragingMode.NONE) {
            s.append("At the averaged weights: train loss ").append(Format.significant(run.averagedTrainLoss(), 3))
                    .append(". ");
        }
        if (run.guardRailCount() > 0) {
            s.append(run.guardRailCount()).append(" guard-rail events; last: ").append(run.lastGuardRail()).append('.');
        }
        return s.toString();
    }

    private String statusText(boolean running) {
        if (run.status() == Status.DIVERGED) {
            return "DIVERGED at step " + run.divergedAtStep() + ": " + run.divergenceReason();
        }
        if (run.status() == Status.CONVERGED && !stopNote.isEmpty()) {
            return "⚠ " + stopNote;
        }
        if (run.status() == Status.CONVERGED) {
            return "Converged at step " + run.convergedAtStep() + ": " + run.convergenceReason();
        }
        return (running ? "Running" : "Paused") + " · step " + Format.count(run.stepCount());
    }
}
