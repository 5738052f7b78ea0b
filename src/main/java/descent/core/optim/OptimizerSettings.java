package descent.core.optim;

/**
 * The hyperparameters of an optimizer, as one immutable value: what the URL and the controls read and write.
 *
 * <p>One object holds every knob of every rule; each rule reads the ones it needs (see
 * {@link OptimizerKind#uses}) and ignores the rest. Change a value with the {@code with…} methods, which return
 * a new object. The per-rule defaults of the course come from {@link OptimizerKind#defaults()};
 * {@link #DEFAULTS} is the shared baseline they start from.
 *
 * <table>
 *   <caption>Fields, their symbols in the formulas, and who reads them</caption>
 *   <tr><th>field</th><th>symbol</th><th>read by</th></tr>
 *   <tr><td>learningRate</td><td>ε (ε0 before a schedule)</td><td>all first-order rules; Adadelta's multiplier;
 *       the gradient-step fallback of the Newton rules</td></tr>
 *   <tr><td>momentum</td><td>α (ρ in the CS231n and change-of-variables forms)</td><td>momentum, Nesterov,
 *       RMSProp + Nesterov</td></tr>
 *   <tr><td>rho</td><td>ρ, decay of the squared-gradient average r</td><td>RMSProp, Adadelta</td></tr>
 *   <tr><td>beta1, beta2</td><td>β1, β2</td><td>Adam family</td></tr>
 *   <tr><td>delta</td><td>δ, the small constant against division by zero</td><td>AdaGrad, RMSProp, Adam family,
 *       Adadelta</td></tr>
 *   <tr><td>weightDecay</td><td>λ, decoupled weight decay</td><td>AdamW</td></tr>
 *   <tr><td>memory</td><td>m, stored (s, y) pairs</td><td>L-BFGS</td></tr>
 *   <tr><td>lineSearch, maxLineSearchTrials, armijoC1, wolfeC2</td><td>c1, c2</td><td>BFGS, L-BFGS, CG</td></tr>
 *   <tr><td>cgVariant</td><td>β formula</td><td>CG</td></tr>
 *   <tr><td>damping</td><td>λ0 (initial damping); the eigenvalue floor of saddle-free Newton</td><td>damped and
 *       saddle-free Newton</td></tr>
 * </table>
 */
public final class OptimizerSettings {
    /** The shared baseline: ε = 0.01, α = 0.9, ρ = 0.9, β1 = 0.9, β2 = 0.999, δ = 1e-8, λ = 0.01, m = 10,
     * strong Wolfe line search (c1 = 1e-4, c2 = 0.9, at most 30 trials), Polak–Ribière CG, damping 1e-3. */
    public static final OptimizerSettings DEFAULTS = new OptimizerSettings(0.01, 0.9, 0.9, 0.9, 0.999, 1e-8, 0.01,
            10, LineSearchKind.STRONG_WOLFE, 30, 1e-4, 0.9, CgVariant.POLAK_RIBIERE, 1e-3);

    private final double learningRate;
    private final double momentum;
    private final double rho;
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double weightDecay;
    private final int memory;
    private final LineSearchKind lineSearch;
    private final int maxLineSearchTrials;
    private final double armijoC1;
    private final double wolfeC2;
    private final CgVariant cgVariant;
    private final double damping;

    private OptimizerSettings(double learningRate, double momentum, double rho, double beta1, double beta2,
            double delta, double weightDecay, int memory, LineSearchKind lineSearch, int maxLineSearchTrials,
            double armijoC1, double wolfeC2, CgVariant cgVariant, double damping) {
        requireAtLeast("learning rate ε", learningRate, 0);
        requireUnit("momentum α", momentum);
        requireUnit("ρ", rho);
        requireUnit("β1", beta1);
        requireUnit("β2", beta2);
        requireAtLeast("δ", delta, 0);
        requireAtLeast("weight decay", weightDecay, 0);
        if (memory < 1) {
            throw new IllegalArgumentException("L-BFGS memory must be at least 1, got " + memory);
        }
        if (lineSearch == null || cgVariant == null) {
            throw new IllegalArgumentException("line search and CG variant must be given");
        }
        if (maxLineSearchTrials < 1) {
            throw new IllegalArgumentException("line-search trial cap must be at least 1, got " + maxLineSearchTrials);
        }
        if (!(armijoC1 > 0 && armijoC1 < wolfeC2 && wolfeC2 < 1)) {
            throw new IllegalArgumentException("need 0 < c1 < c2 < 1, got c1 = " + armijoC1 + ", c2 = " + wolfeC2);
        }
        requireAtLeast("damping", damping, 0);
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.rho = rho;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.delta = delta;
        this.weightDecay = weightDecay;
        this.memory = memory;
        this.lineSearch = lineSearch;
        this.maxLineSearchTrials = maxLineSearchTrials;
        this.armijoC1 = armijoC1;
        this.wolfeC2 = wolfeC2;
        this.cgVariant = cgVariant;
        this.damping = damping;
    }

    private static void requireAtLeast(String name, double v, double min) {
        if (!(v >= min) || v - v != 0) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ " + min + ", got " + v);
        }
    }

    private static void requireUnit(String name, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + v);
        }
    }

    public double learningRate() { return learningRate; }
    public double momentum() { return momentum; }
    public double rho() { return rho; }
    public double beta1() { return beta1; }
    public double beta2() { return beta2; }
    public double delta() { return delta; }
    public double weightDecay() { return weightDecay; }
    public int memory() { return memory; }
    public LineSearchKind lineSearch() { return lineSearch; }
    public int maxLineSearchTrials() { return maxLineSearchTrials; }
    public double armijoC1() { return armijoC1; }
    public double wolfeC2() { return wolfeC2; }
    public CgVariant cgVariant() { return cgVariant; }
    public double damping() { return damping; }

    /** ε (the base rate ε0 when a schedule is used). */
    public OptimizerSettings withLearningRate(double v) {
        return new OptimizerSettings(v, momentum, rho, beta1, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    /** α of v ← αv − εg, in [0, 1). */
    public OptimizerSettings withMomentum(double v) {
        return new OptimizerSettings(learningRate, v, rho, beta1, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    /** ρ of r ← ρr + (1 − ρ) g⊙g, in [0, 1). */
    public OptimizerSettings withRho(double v) {
        return new OptimizerSettings(learningRate, momentum, v, beta1, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    public OptimizerSettings withBeta1(double v) {
        return new OptimizerSettings(learningRate, momentum, rho, v, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    public OptimizerSettings withBeta2(double v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, v, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    /** δ, the small constant of the adaptive rules (called {@code --eps} on the command line). */
    public OptimizerSettings withDelta(double v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, v, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    public OptimizerSettings withWeightDecay(double v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, v, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    public OptimizerSettings withMemory(int v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, weightDecay, v, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    public OptimizerSettings withLineSearch(LineSearchKind v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, weightDecay, memory, v,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, damping);
    }

    public OptimizerSettings withMaxLineSearchTrials(int v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, weightDecay, memory, lineSearch,
                v, armijoC1, wolfeC2, cgVariant, damping);
    }

    /** c1 and c2 of the Armijo and (strong) Wolfe conditions, 0 &lt; c1 &lt; c2 &lt; 1. */
    public OptimizerSettings withLineSearchConstants(double c1, double c2) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, c1, c2, cgVariant, damping);
    }

    public OptimizerSettings withCgVariant(CgVariant v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, v, damping);
    }

    public OptimizerSettings withDamping(double v) {
        return new OptimizerSettings(learningRate, momentum, rho, beta1, beta2, delta, weightDecay, memory, lineSearch,
                maxLineSearchTrials, armijoC1, wolfeC2, cgVariant, v);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OptimizerSettings)) {
            return false;
        }
        OptimizerSettings s = (OptimizerSettings) o;
        return learningRate == s.learningRate && momentum == s.momentum && rho == s.rho && beta1 == s.beta1
                && beta2 == s.beta2 && delta == s.delta && weightDecay == s.weightDecay && memory == s.memory
                && lineSearch == s.lineSearch && maxLineSearchTrials == s.maxLineSearchTrials
                && armijoC1 == s.armijoC1 && wolfeC2 == s.wolfeC2 && cgVariant == s.cgVariant && damping == s.damping;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(learningRate);
        h = 31 * h + Double.hashCode(momentum);
        h = 31 * h + Double.hashCode(rho);
        h = 31 * h + Double.hashCode(beta1);
        h = 31 * h + Double.hashCode(beta2);
        h = 31 * h + Double.hashCode(delta);
        h = 31 * h + Double.hashCode(weightDecay);
        h = 31 * h + memory;
        h = 31 * h + lineSearch.ordinal();
        h = 31 * h + maxLineSearchTrials;
        h = 31 * h + Double.hashCode(armijoC1);
        h = 31 * h + Double.hashCode(wolfeC2);
        h = 31 * h + cgVariant.ordinal();
        return 31 * h + Double.hashCode(damping);
    }

    @Override
    public String toString() {
        return "ε=" + learningRate + " α=" + momentum + " ρ=" + rho + " β1=" + beta1 + " β2=" + beta2 + " δ=" + delta
                + " λ=" + weightDecay + " m=" + memory + " lineSearch=" + lineSearch.id() + " trials≤"
                + maxLineSearchTrials + " c1=" + armijoC1 + " c2=" + wolfeC2 + " cg=" + cgVariant.id()
                + " damping=" + damping;
    }
}
