package descent.core.optim;

/**
 * Every update rule of the playground, by the name the command line and the URL use.
 *
 * <p>To build a lane's optimizer: {@code kind.create(settings, n)}, or {@code kind.factory(settings)} for an
 * {@link OptimizerFactory}. Start from {@link #defaults()} (the course's defaults for that rule) and change
 * what the learner changed. {@link #uses} says which settings the rule reads; {@link #usesLearningRate()} is
 * false for the rules that choose their own step (Newton family, quasi-Newton, CG).
 */
public enum OptimizerKind {
    /** Batch GD, SGD or minibatch SGD — the batch size decides which: {@link Sgd}. */
    GD("gd", "Gradient descent", 0.01, Hyperparameter.LEARNING_RATE),
    MOMENTUM("momentum", "Momentum (Polyak)", 0.01, Hyperparameter.LEARNING_RATE, Hyperparameter.MOMENTUM),
    MOMENTUM_CS231N("momentum-cs231n", "Momentum (CS231n form)", 0.01,
            Hyperparameter.LEARNING_RATE, Hyperparameter.MOMENTUM),
    NESTEROV("nesterov", "Nesterov (look-ahead)", 0.01, Hyperparameter.LEARNING_RATE, Hyperparameter.MOMENTUM),
    NESTEROV_COV("nesterov-cov", "Nesterov (change of variables)", 0.01,
            Hyperparameter.LEARNING_RATE, Hyperparameter.MOMENTUM),
    ADAGRAD("adagrad", "AdaGrad", 0.01, Hyperparameter.LEARNING_RATE, Hyperparameter.DELTA),
    RMSPROP("rmsprop", "RMSProp", 0.001, Hyperparameter.LEARNING_RATE, Hyperparameter.RHO, Hyperparameter.DELTA),
    RMSPROP_NESTEROV("rmsprop-nesterov", "RMSProp + Nesterov", 0.001,
            Hyperparameter.LEARNING_RATE, Hyperparameter.MOMENTUM, Hyperparameter.RHO, Hyperparameter.DELTA),
    ADAM("adam", "Adam", 0.001,
            Hyperparameter.LEARNING_RATE, Hyperparameter.BETA1, Hyperparameter.BETA2, Hyperparameter.DELTA),
    ADAM_NOBIAS("adam-nobias", "Adam without bias correction", 0.001,
            Hyperparameter.LEARNING_RATE, Hyperparameter.BETA1, Hyperparameter.BETA2, Hyperparameter.DELTA),
    ADAMW("adamw", "AdamW", 0.001,
            Hyperparameter.LEARNING_RATE, Hyperparameter.BETA1, Hyperparameter.BETA2, Hyperparameter.DELTA, Hyperparameter.WEIGHT_DECAY),
    NADAM("nadam", "Nadam", 0.001,
            Hyperparameter.LEARNING_RATE, Hyperparameter.BETA1, Hyperparameter.BETA2, Hyperparameter.DELTA),
    AMSGRAD("amsgrad", "AMSGrad", 0.001,
            Hyperparameter.LEARNING_RATE, Hyperparameter.BETA1, Hyperparameter.BETA2, Hyperparameter.DELTA),
    ADADELTA("adadelta", "Adadelta", 1.0, Hyperparameter.LEARNING_RATE, Hyperparameter.RHO, Hyperparameter.DELTA),
    NEWTON("newton", "Newton", 0.01),
    DAMPED_NEWTON("damped-newton", "Damped Newton (Levenberg–Marquardt)", 0.01, Hyperparameter.DAMPING),
    SADDLE_FREE_NEWTON("saddle-free-newton", "Saddle-free Newton", 0.01, Hyperparameter.DAMPING),
    BFGS("bfgs", "BFGS", 0.01, Hyperparameter.LINE_SEARCH),
    LBFGS("lbfgs", "L-BFGS", 0.01, Hyperparameter.LINE_SEARCH, Hyperparameter.MEMORY),
    CG("cg", "Nonlinear conjugate gradient", 0.01, Hyperparameter.LINE_SEARCH, Hyperparameter.CG_VARIANT);

    private final String id;
    private final String label;
    private final double defaultLearningRate;
    private final boolean[] uses = new boolean[Hyperparameter.values().length];

    OptimizerKind(String id, String label, double defaultLearningRate, Hyperparameter... used) {
        this.id = id;
        this.label = label;
        this.defaultLearningRate = defaultLearningRate;
        for (Hyperparameter h : used) {
            uses[h.ordinal()] = true;
        }
    }

    /** The name on the command line and in URLs, e.g. "adam", "momentum-cs231n". */
    public String id() {
        return id;
    }

    /** A human name, e.g. "Nesterov (look-ahead)". */
    public String label() {
        return label;
    }

    /** Whether the rule reads this setting. */
    public boolean uses(Hyperparameter h) {
        return uses[h.ordinal()];
    }

    /** Whether ε matters; false for Newton, damped and saddle-free Newton, BFGS, L-BFGS and CG. */
    public boolean usesLearningRate() {
        return uses[Hyperparameter.LEARNING_RATE.ordinal()];
    }

    /**
     * The course's defaults for this rule: ε = 0.01 for GD, momentum (α = 0.9), Nesterov and AdaGrad (δ = 1e-7);
     * RMSProp ε = 1e-3, ρ = 0.9, δ = 1e-7; the Adam family ε = 1e-3, β1 = 0.9, β2 = 0.999, δ = 1e-8 (AdamW λ = 0.01);
     * Adadelta ε = 1 (a multiplier), ρ = 0.95, δ = 1e-6; CG's strong-Wolfe c2 = 0.1; otherwise
     * {@link OptimizerSettings#DEFAULTS}.
     */
    public OptimizerSettings defaults() {
        OptimizerSettings s = OptimizerSettings.DEFAULTS.withLearningRate(defaultLearningRate);
        switch (this) {
            case ADAGRAD:
                return s.withDelta(1e-7);
            case RMSPROP:
            case RMSPROP_NESTEROV:
                return s.withRho(0.9).withDelta(1e-7);
            case ADADELTA:
                return s.withRho(0.95).withDelta(1e-6);
            case CG:
                return s.withLineSearchConstants(1e-4, 0.1);
            default:
                return s;
        }
    }

    /** A fresh optimizer state for n parameters with these settings. */
    public Optimizer create(OptimizerSettings s, int n) {
        switch (this) {
            case GD: return new Sgd(n);
            case MOMENTUM: return new Momentum(s, n);
            case MOMENTUM_CS231N: return new MomentumCs231n(s, n);
            case NESTEROV: return new Nesterov(s, n);
            case NESTEROV_COV: return new NesterovChangeOfVariables(s, n);
            case ADAGRAD: return new AdaGrad(s, n);
            case RMSPROP: return new RmsProp(s, n);
            case RMSPROP_NESTEROV: return new RmsPropNesterov(s, n);
            case ADAM: return new Adam(s, n);
            case ADAM_NOBIAS: return new AdamNoBiasCorrection(s, n);
            case ADAMW: return new AdamW(s, n);
            case NADAM: return new Nadam(s, n);
            case AMSGRAD: return new AmsGrad(s, n);
            case ADADELTA: return new AdaDelta(s, n);
            case NEWTON: return new Newton(s, n);
            case DAMPED_NEWTON: return new DampedNewton(s, n);
            case SADDLE_FREE_NEWTON: return new SaddleFreeNewton(s, n);
            case BFGS: return new Bfgs(s, n);
            case LBFGS: return new Lbfgs(s, n);
            case CG: return new ConjugateGradient(s, n);
            default: throw new IllegalStateException("no rule for " + id);
        }
    }

    /** A factory capturing these settings: {@code factory(s).create(n)} = {@code create(s, n)}. */
    public OptimizerFactory factory(OptimizerSettings s) {
        return n -> create(s, n);
    }

    /** The kind named {@code id} (also accepts "sgd" for {@link #GD}), or null. */
    public static OptimizerKind fromId(String id) {
        if ("sgd".equals(id)) {
            return GD;
        }
        for (OptimizerKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
