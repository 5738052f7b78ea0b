package descent.web.state;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.nn.Init;
import descent.core.optim.AveragingMode;
import descent.core.optim.CgVariant;
import descent.core.optim.ClipMode;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.LineSearchKind;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import descent.core.optim.ScheduleKind;

/**
 * One lane as the lane rows of the {@link StateTable} read and write it: a {@link LaneConfig} with its
 * immutable {@link OptimizerSettings} and {@link LearningRateSchedule} opened up into plain fields, so that a
 * row sets one number at a time and combinations are checked once, in {@link #toLane}.
 *
 * <p><b>Baselines.</b> Lane i starts as lane i mod 4 of the default page (SGD, momentum, RMSProp, Adam).
 * Choosing another optimizer ({@link #setOptimizer}) resets the hyperparameters to that optimizer's
 * {@link OptimizerKind#defaults()}; choosing a schedule ({@link #setScheduleKind}) resets its parameters to
 * {@link #baselineSchedule}. The decoder applies {@code opt} and {@code sched} before the rows they reset,
 * and the encoder follows the same path, so a hash only carries what differs from those baselines.
 */
final class LaneDraft {
    /** τ of the linear, inverse-time and cosine schedules when a link names the shape but not τ. */
    static final int DEFAULT_TAU = 1000;
    static final int DEFAULT_STEP_EVERY = 100;
    static final double DEFAULT_STEP_FACTOR = 0.5;
    static final double DEFAULT_GAMMA = 0.999;

    /** Made once: every decode and encode reads them many times. Never handed out or changed. */
    private static final LaneConfig[] DEFAULT_LANES = PlaygroundConfig.defaultLanes();

    final int index;
    String label = "";
    OptimizerKind optimizer;

    double learningRate;
    double momentum;
    double rho;
    double beta1;
    double beta2;
    double delta;
    double weightDecay;
    int memory;
    LineSearchKind lineSearch;
    double armijoC1;
    double wolfeC2;
    int lineSearchTrials;
    CgVariant cgVariant;
    double damping;

    int batchSize;
    Init init;
    double initScale;
    boolean batchNorm;

    ScheduleKind schedule;
    int tau;
    double finalFraction;
    int stepEvery;
    double stepFactor;
    double gamma;
    int warmup;

    ClipMode clip;
    double clipThreshold;
    AveragingMode averaging;
    double averagingDecay;
    double l2;

    private LaneDraft(int index) {
        this.index = index;
    }

    /** Lane i of a link that says nothing about it. */
    static LaneDraft baseline(int index) {
        return of(defaultLane(index), index);
    }

    /** The lane's fields; a null field reads as the baseline's. */
    static LaneDraft of(LaneConfig lane, int index) {
        LaneConfig base = defaultLane(index);
        LaneDraft d = new LaneDraft(index);
        d.label = lane.label != null ? lane.label : "";
        d.optimizer = lane.optimizer != null ? lane.optimizer : base.optimizer;
        d.loadSettings(lane.settings != null ? lane.settings : baselineSettings(index, d.optimizer));
        d.batchSize = lane.batchSize;
        d.init = lane.init != null ? lane.init : base.init;
        d.initScale = lane.initScale;
        d.batchNorm = lane.batchNorm;
        d.loadSchedule(lane.schedule != null ? lane.schedule : base.schedule);
        d.clip = lane.clip != null ? lane.clip : base.clip;
        d.clipThreshold = lane.clipThreshold;
        d.averaging = lane.averaging != null ? lane.averaging : base.averaging;
        d.averagingDecay = lane.averagingDecay;
        d.l2 = lane.l2;
        return d;
    }

    /** Lane i mod 4 of the default page; read only. */
    static LaneConfig defaultLane(int index) {
        return DEFAULT_LANES[index % DEFAULT_LANES.length];
    }

    /** The default lane's settings when it already uses this optimizer, else the optimizer's defaults. */
    static OptimizerSettings baselineSettings(int index, OptimizerKind kind) {
        LaneConfig base = defaultLane(index);
        return base.optimizer == kind ? base.settings : kind.defaults();
    }

    /**
     * What {@code sched=…} alone means: linear decay to 1% over τ = 1000 steps, step decay ×0.5 every 100,
     * exponential γ = 0.999, inverse time τ = 1000, cosine to 0 over τ = 1000; no warm-up.
     */
    static LearningRateSchedule baselineSchedule(ScheduleKind kind) {
        switch (kind) {
            case LINEAR: return LearningRateSchedule.linearDecay(DEFAULT_TAU);
            case STEP: return LearningRateSchedule.stepDecay(DEFAULT_STEP_EVERY, DEFAULT_STEP_FACTOR);
            case EXPONENTIAL: return LearningRateSchedule.exponential(DEFAULT_GAMMA);
            case INVERSE_TIME: return LearningRateSchedule.inverseTime(DEFAULT_TAU);
            case COSINE: return LearningRateSchedule.cosine(DEFAULT_TAU);
            case CONSTANT:
            default: return LearningRateSchedule.constant();
        }
    }

    /** Switches to kind with its baseline hyperparameters; the rows after {@code opt} then change them. */
    void setOptimizer(OptimizerKind kind) {
        optimizer = kind;
        loadSettings(baselineSettings(index, kind));
    }

    /** Switches to the shape kind with its baseline parameters. */
    void setScheduleKind(ScheduleKind kind) {
        LearningRateSchedule base = defaultLane(index).schedule;
        loadSchedule(base.kind() == kind ? base : baselineSchedule(kind));
    }

    /** Whether the schedule is one of these shapes. */
    boolean scheduleIs(ScheduleKind... kinds) {
        for (ScheduleKind k : kinds) {
            if (schedule == k) {
                return true;
            }
        }
        return false;
    }

    private void loadSettings(OptimizerSettings s) {
        learningRate = s.learningRate();
        momentum = s.momentum();
        rho = s.rho();
        beta1 = s.beta1();
        beta2 = s.beta2();
        delta = s.delta();
        weightDecay = s.weightDecay();
        memory = s.memory();
        lineSearch = s.lineSearch();
        armijoC1 = s.armijoC1();
        wolfeC2 = s.wolfeC2();
        lineSearchTrials = s.maxLineSearchTrials();
        cgVariant = s.cgVariant();
        damping = s.damping();
    }

    private void loadSchedule(LearningRateSchedule s) {
        schedule = s.kind();
        tau = s.tau();
        finalFraction = s.finalFraction();
        stepEvery = s.stepEvery();
        stepFactor = s.stepFactor();
        gamma = s.gamma();
        warmup = s.warmupSteps();
    }

    /**
     * The lane these fields describe. Every field is already within its row's bounds; the one combination
     * the bounds cannot express, Armijo's c1 below Wolfe's c2, is checked here: when it fails both go back
     * to the optimizer's baseline, with a notice.
     */
    LaneConfig toLane(String prefix, Notices notices) {
        if (!(armijoC1 < wolfeC2)) {
            OptimizerSettings base = baselineSettings(index, optimizer);
            notices.add(prefix + "c1 must be below " + prefix + "c2; kept c1 = " + Numbers.format(base.armijoC1())
                    + " and c2 = " + Numbers.format(base.wolfeC2()));
            armijoC1 = base.armijoC1();
            wolfeC2 = base.wolfeC2();
        }
        LaneConfig lane = new LaneConfig();
        lane.label = label;
        lane.optimizer = optimizer;
        lane.settings = OptimizerSettings.DEFAULTS.withLearningRate(learningRate).withMomentum(momentum)
                .withRho(rho).withBeta1(beta1).withBeta2(beta2).withDelta(delta).withWeightDecay(weightDecay)
                .withMemory(memory).withLineSearch(lineSearch).withLineSearchConstants(armijoC1, wolfeC2)
                .withMaxLineSearchTrials(lineSearchTrials).withCgVariant(cgVariant).withDamping(damping);
        lane.batchSize = batchSize;
        lane.init = init;
        lane.initScale = initScale;
        lane.batchNorm = batchNorm;
        lane.schedule = buildSchedule();
        lane.clip = clip;
        lane.clipThreshold = clipThreshold;
        lane.averaging = averaging;
        lane.averagingDecay = averagingDecay;
        lane.l2 = l2;
        return lane;
    }

    private LearningRateSchedule buildSchedule() {
        LearningRateSchedule s;
        switch (schedule) {
            case LINEAR: s = LearningRateSchedule.linearDecay(tau, finalFraction); break;
            case STEP: s = LearningRateSchedule.stepDecay(stepEvery, stepFactor); break;
            case EXPONENTIAL: s = LearningRateSchedule.exponential(gamma); break;
            case INVERSE_TIME: s = LearningRateSchedule.inverseTime(tau); break;
            case COSINE: s = LearningRateSchedule.cosine(tau, finalFraction); break;
            case CONSTANT:
            default: s = LearningRateSchedule.constant(); break;
        }
        return warmup == 0 ? s : s.withWarmup(warmup);
    }
}
