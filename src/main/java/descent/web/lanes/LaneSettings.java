package descent.web.lanes;

import descent.core.experiment.LaneCheck;
import descent.core.experiment.LaneConfig;
import descent.core.nn.Init;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.Hyperparameter;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import descent.core.optim.ScheduleKind;
import descent.web.dom.El;
import descent.web.state.ControlInput;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings part of a lane card: optimizer and ε on top, the rest under "More settings". It shows only the
 * knobs the lane's rule reads (plain GD has no β₁, Newton no ε) and, under each, one line on its role in the
 * update rule — visible text, so it reaches keyboard, touch and screen-reader users alike (a hover title
 * reaches none of them).
 */
final class LaneSettings {
    /** A settings change, with the lane's new configuration. */
    interface Changed {
        void changed(LaneConfig config, boolean restart);
    }

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
    private static final double[] L2S = {0, 1e-4, 1e-3, 1e-2, 0.1};
    private static final String[] CLIP_IDS = {"none", "norm", "value"};
    private static final String[] AVERAGING_IDS = {"none", "polyak", "ema"};

    private final Changed listener;
    private final HTMLSelectElement optimizer;
    private final HTMLElement optimizerHint = hint("");
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
    private final HTMLElement scheduleLabel;
    private final HTMLSelectElement clip;
    private final HTMLElement clipLabel;
    private final Choice clipThreshold;
    private final Choice l2;
    private final HTMLSelectElement averaging;
    private final Choice averagingDecay;
    private final HTMLInputElement restart = El.input("checkbox", "");
    private final HTMLElement main = El.make("div", "lane-settings");
    private final HTMLElement more = El.make("details", "lane-more");
    /** What a control change could not do as chosen (a tampered or out-of-range value); hidden when empty. */
    private final HTMLElement notice = El.make("p", "message error lane-input-notice");

    /** Each fixed select's option values, to put back when a page script has rewritten one. */
    private final String[] optimizerIds;
    private final String[] initIds;
    private final String[] scheduleIds;

    private LaneConfig config;
    private boolean updating;

    LaneSettings(LaneConfig config, Changed listener) {
        this.config = config.copy();
        this.listener = listener;
        OptimizerKind[] kinds = OptimizerKind.values();
        String[] ids = new String[kinds.length];
        String[] names = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            ids[i] = kinds[i].id();
            names[i] = kinds[i].label();
        }
        optimizerIds = ids;
        optimizer = El.select(ids, names);
        optimizer.addEventListener("change", e -> optimizerChanged());
        rate = choice("Learning rate ε", RATES, "step size: θ ← θ − ε · (the rule's direction)");
        momentum = choice("Momentum α", MOMENTA, "share of the velocity kept: v ← αv − εg");
        rho = choice("Decay ρ", RHOS, "decay of the mean of squared gradients r");
        beta1 = choice("β₁", BETA1S, "decay of the mean of gradients m");
        beta2 = choice("β₂", BETA2S, "decay of the mean of squared gradients v");
        delta = choice("δ", DELTAS, "added to the root in the denominator, so no step divides by 0");
        batch = choice("Batch size (0 = full)", BATCHES, "examples per gradient estimate");
        Init[] inits = Init.values();
        String[] initIds = new String[inits.length];
        String[] initNames = new String[inits.length];
        for (int i = 0; i < inits.length; i++) {
            initIds[i] = inits[i].name();
            initNames[i] = initLabel(inits[i]);
        }
        this.initIds = initIds;
        init = El.select(initIds, initNames);
        init.addEventListener("change", e -> settingsChanged());
        scale = choice("Init scale", SCALES, "multiplies every starting weight");
        batchNorm.addEventListener("change", e -> settingsChanged());
        ScheduleKind[] schedules = ScheduleKind.values();
        String[] scheduleIds = new String[schedules.length];
        for (int i = 0; i < schedules.length; i++) {
            scheduleIds[i] = schedules[i].id();
        }
        this.scheduleIds = scheduleIds;
        schedule = El.select(scheduleIds, scheduleIds);
        schedule.addEventListener("change", e -> settingsChanged());
        clip = El.select(CLIP_IDS, new String[] {"none", "by norm", "by value"});
        clip.addEventListener("change", e -> settingsChanged());
        clipThreshold = choice("Clip at c", CLIPS, "by norm: g ← g·c/‖g‖ when ‖g‖ > c; by value: each gᵢ to [−c, c]");
        averaging = El.select(AVERAGING_IDS, new String[] {"none", "Polyak", "EMA"});
        averaging.addEventListener("change", e -> settingsChanged());
        averagingDecay = choice("EMA α", DECAYS, "θ̄ ← αθ̄ + (1 − α)θ: how long the average remembers");
        l2 = choice("L2 λ in the loss", L2S, "J + (λ/2)‖W‖², weights only: reaches the rule through g");

        main.appendChild(described("Optimizer", optimizer, optimizerHint));
        main.appendChild(rate.label);
        notice.setAttribute("role", "status");
        notice.setHidden(true);
        main.appendChild(notice);

        more.appendChild(El.text("summary", "", "More settings"));
        HTMLElement grid = El.make("div", "lane-settings");
        grid.appendChild(momentum.label);
        grid.appendChild(rho.label);
        grid.appendChild(beta1.label);
        grid.appendChild(beta2.label);
        grid.appendChild(delta.label);
        grid.appendChild(batch.label);
        grid.appendChild(described("Initialization", init, hint("how the starting weights θ₀ are drawn")));
        grid.appendChild(scale.label);
        grid.appendChild(described("Batch norm", batchNorm, hint("normalizes each unit over the batch")));
        scheduleLabel = described("Schedule", schedule, hint("how ε changes with the step"));
        grid.appendChild(scheduleLabel);
        clipLabel = described("Clipping", clip, hint("limits the gradient before the step"));
        grid.appendChild(clipLabel);
        grid.appendChild(clipThreshold.label);
        grid.appendChild(described("Averaging", averaging, hint("the loss is also read at a mean of past θ")));
        grid.appendChild(averagingDecay.label);
        grid.appendChild(l2.label);
        grid.appendChild(described("Restart lane on change", restart, hint("start again from θ₀ on any change")));
        more.appendChild(grid);
        show();
    }

    private Choice choice(String text, double[] values, String role) {
        Choice c = new Choice(text, values, this::settingsChanged);
        c.label.appendChild(hint(role));
        return c;
    }

    private static HTMLElement hint(String text) {
        return El.text("span", "lane-hint", text);
    }

    private static HTMLElement described(String text, HTMLElement control, HTMLElement hint) {
        HTMLElement label = El.labelled(text, control);
        label.appendChild(hint);
        return label;
    }

    private static String initLabel(Init init) {
        String name = init.name().toLowerCase().replace('_', ' ');
        return name.isEmpty() ? init.name() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Optimizer and ε: always in view. */
    HTMLElement main() {
        return main;
    }

    /** Everything else, folded under "More settings". */
    HTMLElement more() {
        return more;
    }

    LaneConfig config() {
        return config.copy();
    }

    /** Shows a configuration set from outside (a lesson, a link) without reporting it back as a change. */
    void setConfig(LaneConfig next) {
        config = next.copy();
        show();
    }

    /** Newton, BFGS, L-BFGS and CG greyed out in the menu when the network is too big or not full batch. */
    void allowSecondOrder(boolean allowed) {
        OptimizerKind[] kinds = OptimizerKind.values();
        for (int i = 0; i < kinds.length; i++) {
            HTMLOptionElement option = optimizer.getOptions().item(i);
            option.setDisabled(!kinds[i].usesLearningRate() && !allowed);
        }
    }

    private void show() {
        updating = true;
        restoreValues(optimizer, optimizerIds);
        restoreValues(init, initIds);
        restoreValues(schedule, scheduleIds);
        restoreValues(clip, CLIP_IDS);
        restoreValues(averaging, AVERAGING_IDS);
        OptimizerKind kind = config.optimizer;
        OptimizerSettings s = config.settings;
        boolean firstOrder = kind.usesLearningRate();
        optimizer.setValue(kind.id());
        optimizerHint.setTextContent(firstOrder ? "" : LaneCheck.usesLineSearch(kind)
                ? "chooses its own step by a line search: no learning rate, full batch"
                : "steps by the curvature, −H⁻¹g: no learning rate, full batch");
        optimizerHint.setHidden(firstOrder);
        rate.set(s.learningRate());
        rate.show(firstOrder);
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
        batch.show(firstOrder); // the second-order rules run full batch
        init.setValue(config.init.name());
        scale.set(config.initScale);
        batchNorm.setChecked(config.batchNorm);
        schedule.setValue(config.schedule.kind().id());
        scheduleLabel.setHidden(!firstOrder);
        clip.setValue(config.clip.id());
        clipLabel.setHidden(LaneCheck.usesLineSearch(kind) && config.clip == ClipMode.NONE);
        clipThreshold.set(config.clipThreshold);
        clipThreshold.show(config.clip != ClipMode.NONE);
        averaging.setValue(config.averaging.id());
        averagingDecay.set(config.averagingDecay);
        averagingDecay.show(config.averaging == AveragingMode.EMA);
        l2.set(config.l2);
        updating = false;
    }

    private void optimizerChanged() {
        if (updating) {
            return;
        }
        ControlInput.Checked<Boolean> known = ControlInput.isLaneChoice("opt", optimizer.getValue());
        if (!known.value()) {
            refuse(known.notices());
            return;
        }
        OptimizerKind kind = OptimizerKind.fromId(optimizer.getValue());
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
        say(known.notices());
        show();
        listener.changed(config.copy(), restart.isChecked());
    }

    /**
     * Every control's value goes through the link's rows ({@link ControlInput}): an option rewritten to
     * "bogus" or "1e308" is refused or clamped with a notice under the card, and the last good value stays.
     */
    private void settingsChanged() {
        if (updating) {
            return;
        }
        String[] keys = {"lr", "mom", "rho", "b1", "b2", "delta", "batch", "init", "scale", "bn", "clip", "clipc",
            "avg", "avgd", "l2"};
        String[] values = {rate.raw(), momentum.raw(), rho.raw(), beta1.raw(), beta2.raw(), delta.raw(), batch.raw(),
            initId(init.getValue()), scale.raw(), batchNorm.isChecked() ? "1" : "0", clip.getValue(),
            clipThreshold.raw(), averaging.getValue(), averagingDecay.raw(), l2.raw()};
        ControlInput.Checked<LaneConfig> checked = ControlInput.lane(config, keys, values);
        List<String> notices = new ArrayList<>(checked.notices());
        LaneConfig next = checked.value();
        String shape = schedule.getValue();
        if (!shape.equals(config.schedule.kind().id())) {
            ControlInput.Checked<Boolean> known = ControlInput.isLaneChoice("sched", shape);
            notices.addAll(known.notices());
            if (known.value()) {
                next.schedule = scheduleFor(shape);
            }
        }
        if (ControlInput.sameLane(next, config)) {
            refuse(notices);
            return;
        }
        config = next;
        say(notices);
        show();
        listener.changed(config.copy(), restart.isChecked());
    }

    private static void restoreValues(HTMLSelectElement select, String[] values) {
        for (int i = 0; i < values.length && i < select.getOptions().getLength(); i++) {
            select.getOptions().item(i).setValue(values[i]);
        }
    }

    /** Nothing usable changed: the controls go back to the lane's values, and the notices say why. */
    private void refuse(List<String> notices) {
        say(notices);
        show();
    }

    private void say(List<String> notices) {
        StringBuilder text = new StringBuilder();
        for (String n : notices) {
            text.append(text.length() == 0 ? "Not as chosen: " : "; ").append(n);
        }
        notice.setTextContent(notices.isEmpty() ? "" : text.append('.').toString());
        notice.setHidden(notices.isEmpty());
    }

    /** The init select names its options by enum name; the link's row reads ids. Unknown text passes as is. */
    private static String initId(String name) {
        for (Init i : Init.values()) {
            if (i.name().equals(name)) {
                return i.id();
            }
        }
        return name;
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
}
