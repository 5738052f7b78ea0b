package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.SurfaceView;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.nn.Loss;
import descent.core.optim.AveragingMode;
import descent.core.optim.CgVariant;
import descent.core.optim.ClipMode;
import descent.core.optim.LineSearchKind;
import descent.core.optim.OptimizerKind;
import descent.core.optim.ScheduleKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The URL state of the playground, as one declarative table: every key, its type, default, bounds or allowed
 * values, and the field it reads and writes. {@link HashState} only walks these rows.
 *
 * <p>A hash is {@code key=value} pairs joined by {@code &}, percent-encoded UTF-8, e.g.
 * {@code #data=spiral&noise=0.2&layers=8,8,4&lanes=2&l0.opt=sgd&l0.lr=0.3&l1.opt=adam&l1.label=fast}.
 * Only values that differ from the defaults are written; a missing key means its default. Numbers are plain
 * decimals ({@code 0.01}, {@code 1e-6}), whole numbers where marked "int"; flags are {@code 1}/{@code 0}.
 *
 * <h2>Shared keys</h2>
 * <table>
 *   <caption>Settings every lane shares</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>data</td><td>dataset</td><td>circle</td><td>circle, xor, gaussians, spiral, moons, plane, bumps
 *       (plane and bumps are regression); penguins, iris, digits, spiral3, gaussians4 (K classes, softmax)</td></tr>
 *   <tr><td>points</td><td>points generated, int</td><td>400</td><td>10 … 2000</td></tr>
 *   <tr><td>sx</td><td>stretch of the first input after generation (sx ≠ sy makes the loss ill-conditioned)</td>
 *       <td>1</td><td>0.01 … 100</td></tr>
 *   <tr><td>sy</td><td>stretch of the second input</td><td>1</td><td>0.01 … 100</td></tr>
 *   <tr><td>noise</td><td>noise level ν</td><td>0.1</td><td>0 … 0.5</td></tr>
 *   <tr><td>split</td><td>share of the points used for training</td><td>0.5</td><td>0.1 … 0.9</td></tr>
 *   <tr><td>seed</td><td>random seed of data, weights and batches, int</td><td>1</td><td>0 … 2147483647</td></tr>
 *   <tr><td>layers</td><td>hidden-layer widths, comma-separated ints; empty = no hidden layer</td><td>8,8</td>
 *       <td>0 … 12 layers of 1 … 64 units</td></tr>
 *   <tr><td>act</td><td>hidden activation</td><td>tanh</td><td>tanh, relu, sigmoid, linear</td></tr>
 *   <tr><td>loss</td><td>classification loss (regression always uses squared error)</td><td>cross-entropy</td>
 *       <td>cross-entropy, squared</td></tr>
 *   <tr><td>shuffle</td><td>reshuffle the training set every epoch</td><td>1</td><td>1, 0</td></tr>
 *   <tr><td>lanes</td><td>number of lanes, int</td><td>4</td><td>1 … 6</td></tr>
 *   <tr><td>lesson</td><td>the lesson this state came from; empty = none</td><td>(empty)</td>
 *       <td>1 … 40 of a-z, 0-9, -</td></tr>
 *   <tr><td>log</td><td>loss charts on a log scale</td><td>0</td><td>1, 0</td></tr>
 *   <tr><td>examples</td><td>charts against examples seen (step × batch size), not steps</td><td>0</td><td>1, 0</td></tr>
 *   <tr><td>smooth</td><td>minibatch curves smoothed over their faint raw values</td><td>1</td><td>1, 0</td></tr>
 *   <tr><td>rule</td><td>lanes whose update-rule view is open, comma-separated lane numbers from 0,
 *       sorted</td><td>(empty)</td><td>up to 6 of 0 … 5</td></tr>
 *   <tr><td>diagram</td><td>lanes whose network diagram is open, comma-separated lane numbers from 0,
 *       sorted</td><td>(empty)</td><td>up to 6 of 0 … 5</td></tr>
 *   <tr><td>surface</td><td>all lanes on one loss surface, on the plane of the paths' principal directions or of
 *       two random directions</td><td>off</td><td>off, pca, random</td></tr>
 *   <tr><td>own</td><td>train on the learner's own data, kept in the browser's local storage (never in the
 *       link)</td><td>0</td><td>1, 0</td></tr>
 *   <tr><td>hide</td><td>ids of controls an embedding hides, comma-separated</td><td>(empty)</td>
 *       <td>up to 32 ids of 1 … 24 of a-z, 0-9, -</td></tr>
 * </table>
 *
 * <h2>Lane keys</h2>
 * Lane i (0 … lanes − 1) uses the keys below with the prefix {@code l<i>.}, e.g. {@code l2.lr}. Lane i
 * starts as lane i mod 4 of the default page: {@code gd} at ε = 0.1, {@code momentum} at 0.03, {@code rmsprop}
 * at 0.01, {@code adam} at 0.01 (so l4 is like l0, l5 like l1). When {@code opt} names another optimizer, the
 * optimizer's hyperparameters start from its own {@code OptimizerKind.defaults()} (e.g. adam: ε = 0.001,
 * β1 = 0.9, β2 = 0.999, δ = 1e-8) instead; the defaults below are those of the shared baseline. Every
 * hyperparameter is kept even when the optimizer does not read it, so that a link reproduces the lane exactly.
 * <table>
 *   <caption>Settings of one lane</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>opt</td><td>optimizer</td><td>see above</td><td>gd (also read: sgd), momentum, momentum-cs231n,
 *       nesterov, nesterov-cov, adagrad, rmsprop, rmsprop-nesterov, adam, adam-nobias, adamw, nadam, amsgrad,
 *       adadelta, newton, damped-newton, saddle-free-newton, bfgs, lbfgs, cg</td></tr>
 *   <tr><td>label</td><td>name in legends; empty = the optimizer's name</td><td>(empty)</td>
 *       <td>text, at most 32 UTF-16 units, no control characters; &lt; and &gt; become ‹ and ›</td></tr>
 *   <tr><td>lr</td><td>learning rate ε (ε0 under a schedule)</td><td>per optimizer</td><td>1e-6 … 100</td></tr>
 *   <tr><td>mom</td><td>momentum α</td><td>0.9</td><td>0 … 0.9999</td></tr>
 *   <tr><td>rho</td><td>decay ρ of the squared-gradient average</td><td>0.9 (adadelta 0.95)</td>
 *       <td>0 … 0.9999</td></tr>
 *   <tr><td>b1</td><td>Adam's β1</td><td>0.9</td><td>0 … 0.9999</td></tr>
 *   <tr><td>b2</td><td>Adam's β2</td><td>0.999</td><td>0 … 0.9999</td></tr>
 *   <tr><td>delta</td><td>δ, the small constant of the adaptive rules</td><td>1e-8 (adagrad, rmsprop 1e-7;
 *       adadelta 1e-6)</td><td>0 … 1</td></tr>
 *   <tr><td>wd</td><td>AdamW's decoupled weight decay λ</td><td>0.01</td><td>0 … 1</td></tr>
 *   <tr><td>mem</td><td>L-BFGS memory m, int</td><td>10</td><td>1 … 50</td></tr>
 *   <tr><td>ls</td><td>line search of bfgs, lbfgs, cg</td><td>wolfe</td><td>wolfe, armijo</td></tr>
 *   <tr><td>c1</td><td>Armijo constant c1 (must stay below c2)</td><td>1e-4</td><td>1e-6 … 0.5</td></tr>
 *   <tr><td>c2</td><td>Wolfe constant c2</td><td>0.9 (cg 0.1)</td><td>0.001 … 0.999</td></tr>
 *   <tr><td>trials</td><td>line-search trials at most, int</td><td>30</td><td>1 … 100</td></tr>
 *   <tr><td>cg</td><td>conjugate-gradient β formula</td><td>pr</td><td>pr (Polak–Ribière), fr
 *       (Fletcher–Reeves)</td></tr>
 *   <tr><td>damp</td><td>initial damping of damped and saddle-free Newton</td><td>0.001</td><td>0 … 1000</td></tr>
 *   <tr><td>batch</td><td>minibatch size B, int; 0 = the full training set</td><td>10</td><td>0 … 2000</td></tr>
 *   <tr><td>init</td><td>weight initialization</td><td>xavier</td><td>zero, constant, uniform (±1/√m),
 *       xavier (also read: xavier-uniform), xavier-normal, he-uniform, he (He normal; also read: he-normal),
 *       orthogonal, sparse, normal</td></tr>
 *   <tr><td>scale</td><td>multiplies every initial weight (σ for normal, the value for constant)</td><td>1</td><td>0 … 10</td></tr>
 *   <tr><td>bn</td><td>batch normalization</td><td>0</td><td>1, 0</td></tr>
 *   <tr><td>sched</td><td>learning-rate schedule</td><td>constant</td><td>constant, linear, step, exponential,
 *       inverse-time, cosine</td></tr>
 *   <tr><td>tau</td><td>τ in steps (linear, inverse-time, cosine only), int</td><td>1000</td>
 *       <td>1 … 100000</td></tr>
 *   <tr><td>final</td><td>ε_τ / ε0 (linear, cosine only)</td><td>0.01 (cosine 0)</td><td>0 … 1</td></tr>
 *   <tr><td>every</td><td>steps between decays (step only), int</td><td>100</td><td>1 … 100000</td></tr>
 *   <tr><td>factor</td><td>decay factor (step only)</td><td>0.5</td><td>0.01 … 1</td></tr>
 *   <tr><td>gamma</td><td>γ of ε0 γ^k (exponential only)</td><td>0.999</td><td>0.5 … 1</td></tr>
 *   <tr><td>warmup</td><td>linear warm-up steps before any schedule, int</td><td>0</td><td>0 … 100000</td></tr>
 *   <tr><td>clip</td><td>gradient clipping</td><td>none</td><td>none, norm, value</td></tr>
 *   <tr><td>clipc</td><td>clipping threshold c</td><td>1</td><td>1e-4 … 10000</td></tr>
 *   <tr><td>avg</td><td>iterate averaging</td><td>none</td><td>none, polyak, ema</td></tr>
 *   <tr><td>avgd</td><td>EMA decay α</td><td>0.99</td><td>0 … 0.9999</td></tr>
 *   <tr><td>l2</td><td>λ of L2 weight decay in the loss (weights only)</td><td>0</td><td>0 … 1</td></tr>
 * </table>
 *
 * <p>Reading rules (see {@link HashState#decode}): unknown keys, unusable values and keys of lanes beyond
 * {@code lanes} are ignored, out-of-range numbers clamped, nonzero reals smaller than {@link Limits#TINY}
 * (1e-300) in magnitude read as 0, over-long lists and labels cut — each with a notice. The page's controls
 * pass their values through the same rows ({@link ControlInput}).
 * Rows are applied in table order whatever the order in the hash, so {@code opt} and {@code sched} reset
 * their lane's baseline before the values that refine it.
 */
final class StateTable {
    /** The rows of the shared keys, in the order they are applied and written. */
    static final List<Property<SharedDraft>> SHARED = rows(
            new ChoiceProperty<SharedDraft, String>("data", "a dataset", Ids.DATA_IDS,
                    id -> id, Ids::dataId, d -> Ids.dataIdOf(d.config), (d, v) -> Ids.setData(d.config, v)),
            new IntProperty<SharedDraft>("points", 10, 2000, d -> d.config.points, (d, v) -> d.config.points = v),
            new RealProperty<SharedDraft>("sx", 0.01, 100, d -> d.config.scaleX, (d, v) -> d.config.scaleX = v),
            new RealProperty<SharedDraft>("sy", 0.01, 100, d -> d.config.scaleY, (d, v) -> d.config.scaleY = v),
            new RealProperty<SharedDraft>("noise", 0, DatasetKind.MAX_NOISE,
                    d -> d.config.noise, (d, v) -> d.config.noise = v),
            new RealProperty<SharedDraft>("split", 0.1, 0.9,
                    d -> d.config.trainFraction, (d, v) -> d.config.trainFraction = v),
            new IntProperty<SharedDraft>("seed", 0, Integer.MAX_VALUE, d -> d.config.seed, (d, v) -> d.config.seed = v),
            new IntListProperty<SharedDraft>("layers", 12, 1, 64,
                    d -> d.config.hiddenLayers, (d, v) -> d.config.hiddenLayers = v),
            new ChoiceProperty<SharedDraft, Activation>("act", "an activation", Activation.values(),
                    Ids::activationId, Ids::activation, d -> d.config.activation, (d, v) -> d.config.activation = v),
            new ChoiceProperty<SharedDraft, Loss>("loss", "a loss", Loss.values(),
                    Ids::lossId, Ids::loss, d -> d.config.loss, (d, v) -> d.config.loss = v),
            new FlagProperty<SharedDraft>("shuffle", d -> d.config.shuffle, (d, v) -> d.config.shuffle = v),
            new IntProperty<SharedDraft>("lanes", 1, PlaygroundConfig.MAX_LANES,
                    d -> d.laneCount, (d, v) -> d.laneCount = v),
            new TokenProperty<SharedDraft>("lesson", Limits.MAX_LESSON_CHARS,
                    d -> d.config.lesson, (d, v) -> d.config.lesson = v),
            new FlagProperty<SharedDraft>("log", d -> d.config.logScale, (d, v) -> d.config.logScale = v),
            new FlagProperty<SharedDraft>("examples", d -> d.config.examplesAxis, (d, v) -> d.config.examplesAxis = v),
            new FlagProperty<SharedDraft>("smooth", d -> d.config.smoothCharts, (d, v) -> d.config.smoothCharts = v),
            new LaneSetProperty<SharedDraft>("rule", PlaygroundConfig.MAX_LANES,
                    d -> d.config.ruleViews, (d, v) -> d.config.ruleViews = v),
            new LaneSetProperty<SharedDraft>("diagram", PlaygroundConfig.MAX_LANES,
                    d -> d.config.diagramViews, (d, v) -> d.config.diagramViews = v),
            new ChoiceProperty<SharedDraft, SurfaceView>("surface", "a surface view", SurfaceView.values(),
                    SurfaceView::id, SurfaceView::fromId, d -> d.config.surface, (d, v) -> d.config.surface = v),
            new FlagProperty<SharedDraft>("own", d -> d.config.ownData, (d, v) -> d.config.ownData = v),
            new TokenSetProperty<SharedDraft>("hide", Limits.MAX_HIDE_IDS, Limits.MAX_HIDE_ID_CHARS,
                    d -> d.hidden, (d, v) -> d.hidden = v));

    /** The rows of one lane's keys (without the "l&lt;i&gt;." prefix), in the order they are applied. */
    static final List<Property<LaneDraft>> LANE = rows(
            new ChoiceProperty<LaneDraft, OptimizerKind>("opt", "an optimizer", OptimizerKind.values(),
                    OptimizerKind::id, OptimizerKind::fromId, d -> d.optimizer, LaneDraft::setOptimizer),
            new LabelProperty<LaneDraft>("label", d -> d.label, (d, v) -> d.label = v),
            new RealProperty<LaneDraft>("lr", 1e-6, 100, d -> d.learningRate, (d, v) -> d.learningRate = v),
            new RealProperty<LaneDraft>("mom", 0, 0.9999, d -> d.momentum, (d, v) -> d.momentum = v),
            new RealProperty<LaneDraft>("rho", 0, 0.9999, d -> d.rho, (d, v) -> d.rho = v),
            new RealProperty<LaneDraft>("b1", 0, 0.9999, d -> d.beta1, (d, v) -> d.beta1 = v),
            new RealProperty<LaneDraft>("b2", 0, 0.9999, d -> d.beta2, (d, v) -> d.beta2 = v),
            new RealProperty<LaneDraft>("delta", 0, 1, d -> d.delta, (d, v) -> d.delta = v),
            new RealProperty<LaneDraft>("wd", 0, 1, d -> d.weightDecay, (d, v) -> d.weightDecay = v),
            new IntProperty<LaneDraft>("mem", 1, 50, d -> d.memory, (d, v) -> d.memory = v),
            new ChoiceProperty<LaneDraft, LineSearchKind>("ls", "a line search", LineSearchKind.values(),
                    LineSearchKind::id, LineSearchKind::fromId, d -> d.lineSearch, (d, v) -> d.lineSearch = v),
            new RealProperty<LaneDraft>("c1", 1e-6, 0.5, d -> d.armijoC1, (d, v) -> d.armijoC1 = v),
            new RealProperty<LaneDraft>("c2", 1e-3, 0.999, d -> d.wolfeC2, (d, v) -> d.wolfeC2 = v),
            new IntProperty<LaneDraft>("trials", 1, 100, d -> d.lineSearchTrials, (d, v) -> d.lineSearchTrials = v),
            new ChoiceProperty<LaneDraft, CgVariant>("cg", "a conjugate-gradient variant", CgVariant.values(),
                    CgVariant::id, CgVariant::fromId, d -> d.cgVariant, (d, v) -> d.cgVariant = v),
            new RealProperty<LaneDraft>("damp", 0, 1000, d -> d.damping, (d, v) -> d.damping = v),
            new IntProperty<LaneDraft>("batch", 0, 2000, d -> d.batchSize, (d, v) -> d.batchSize = v),
            new ChoiceProperty<LaneDraft, Init>("init", "an initialization", Init.values(),
                    Init::id, Init::fromId, d -> d.init, (d, v) -> d.init = v),
            new RealProperty<LaneDraft>("scale", 0, 10, d -> d.initScale, (d, v) -> d.initScale = v),
            new FlagProperty<LaneDraft>("bn", d -> d.batchNorm, (d, v) -> d.batchNorm = v),
            new ChoiceProperty<LaneDraft, ScheduleKind>("sched", "a schedule", ScheduleKind.values(),
                    ScheduleKind::id, ScheduleKind::fromId, d -> d.schedule, LaneDraft::setScheduleKind),
            new IntProperty<LaneDraft>("tau", 1, 100000, d -> d.tau, (d, v) -> d.tau = v)
                    .onlyWhen(d -> d.scheduleIs(ScheduleKind.LINEAR, ScheduleKind.INVERSE_TIME, ScheduleKind.COSINE),
                            "only the linear, inverse-time and cosine schedules read it"),
            new RealProperty<LaneDraft>("final", 0, 1, d -> d.finalFraction, (d, v) -> d.finalFraction = v)
                    .onlyWhen(d -> d.scheduleIs(ScheduleKind.LINEAR, ScheduleKind.COSINE),
                            "only the linear and cosine schedules read it"),
            new IntProperty<LaneDraft>("every", 1, 100000, d -> d.stepEvery, (d, v) -> d.stepEvery = v)
                    .onlyWhen(d -> d.scheduleIs(ScheduleKind.STEP), "only the step schedule reads it"),
            new RealProperty<LaneDraft>("factor", 0.01, 1, d -> d.stepFactor, (d, v) -> d.stepFactor = v)
                    .onlyWhen(d -> d.scheduleIs(ScheduleKind.STEP), "only the step schedule reads it"),
            new RealProperty<LaneDraft>("gamma", 0.5, 1, d -> d.gamma, (d, v) -> d.gamma = v)
                    .onlyWhen(d -> d.scheduleIs(ScheduleKind.EXPONENTIAL), "only the exponential schedule reads it"),
            new IntProperty<LaneDraft>("warmup", 0, 100000, d -> d.warmup, (d, v) -> d.warmup = v),
            new ChoiceProperty<LaneDraft, ClipMode>("clip", "a clipping mode", ClipMode.values(),
                    ClipMode::id, ClipMode::fromId, d -> d.clip, (d, v) -> d.clip = v),
            new RealProperty<LaneDraft>("clipc", 1e-4, 1e4, d -> d.clipThreshold, (d, v) -> d.clipThreshold = v),
            new ChoiceProperty<LaneDraft, AveragingMode>("avg", "an averaging mode", AveragingMode.values(),
                    AveragingMode::id, AveragingMode::fromId, d -> d.averaging, (d, v) -> d.averaging = v),
            new RealProperty<LaneDraft>("avgd", 0, 0.9999, d -> d.averagingDecay, (d, v) -> d.averagingDecay = v),
            new RealProperty<LaneDraft>("l2", 0, 1, d -> d.l2, (d, v) -> d.l2 = v));

    /** "l0.opt", "l0.label", … for every lane and row, made once: decoding looks them all up. */
    private static final String[][] LANE_KEYS = laneKeys();

    private StateTable() {
    }

    /** The full key of lane row r (its index in {@link #LANE}) for lane i, e.g. "l2.lr". */
    static String laneKey(int lane, int row) {
        return LANE_KEYS[lane][row];
    }

    private static String[][] laneKeys() {
        String[][] keys = new String[PlaygroundConfig.MAX_LANES][LANE.size()];
        for (int i = 0; i < keys.length; i++) {
            for (int r = 0; r < LANE.size(); r++) {
                keys[i][r] = prefix(i) + LANE.get(r).key();
            }
        }
        return keys;
    }

    /** The shared row with this key, or null. */
    static Property<SharedDraft> shared(String key) {
        for (Property<SharedDraft> p : SHARED) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The lane row with this key (no prefix), or null. */
    static Property<LaneDraft> lane(String key) {
        for (Property<LaneDraft> p : LANE) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The prefix of lane i's keys: "l0.", "l1.", … */
    static String prefix(int lane) {
        return "l" + lane + ".";
    }

    @SafeVarargs
    private static <T> List<Property<T>> rows(Property<T>... rows) {
        List<Property<T>> list = new ArrayList<>(rows.length);
        for (Property<T> row : rows) {
            list.add(row);
        }
        return Collections.unmodifiableList(list);
    }
}
