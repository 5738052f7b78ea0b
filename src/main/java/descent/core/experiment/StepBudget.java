package descent.core.experiment;

import descent.core.optim.OptimizerKind;

/**
 * How many steps one scripted call may take, so that no call on any configuration runs for more than about a
 * second or two of work: a bound by counted work, not by a clock, so that the same call takes the same steps on
 * every machine.
 *
 * <p>One step of a first-order lane costs about w = B·P multiply-adds (batch B, P parameters; forward and
 * backward are a small multiple of it). A Newton-family lane (Newton, damped, saddle-free) differences its
 * Hessian from P gradients on the batch and decomposes it: w = B·P·(P + 1) + P³. A line search probes about three
 * points: w = 3·B·P for L-BFGS and CG, 3·B·P + P² for BFGS, which also updates a P×P matrix. A call takes at most
 * ⌊{@link #WORK} / Σ_lanes w⌋ steps (at least 1, at most {@link #MAX_STEPS}). With W = 2·10⁹, the default four
 * lanes keep the full 100,000 while six 64×12 lanes at full batch get a few hundred steps.
 */
public final class StepBudget {
    /** The most steps any call takes. */
    public static final int MAX_STEPS = 100000;
    /** The work W one call may do, in multiply-adds of the estimate above (about 1–2 s here). */
    public static final double WORK = 2e9;

    private StepBudget() {
    }

    /** ⌊W / Σ_lanes w⌋, clamped to [1, MAX_STEPS]. */
    public static int maxSteps(Race race) {
        double perStep = 0;
        for (int i = 0; i < race.laneCount(); i++) {
            Run run = race.run(i);
            perStep += work(run.network().parameterCount(), run.batchSize(), race.lane(i).optimizer);
        }
        if (!(perStep > 0)) {
            return MAX_STEPS;
        }
        double steps = Math.floor(WORK / perStep);
        return steps >= MAX_STEPS ? MAX_STEPS : steps < 1 ? 1 : (int) steps;
    }

    /** w of one lane's step, as in the class comment. */
    static double work(int parameters, int batch, OptimizerKind kind) {
        double p = parameters;
        double bp = batch * p;
        if (kind == OptimizerKind.NEWTON || kind == OptimizerKind.DAMPED_NEWTON
                || kind == OptimizerKind.SADDLE_FREE_NEWTON) {
            double cube = p * p * p;
            return bp * (p + 1) + cube;
        }
        if (kind == OptimizerKind.BFGS) {
            double square = p * p;
            return 3 * bp + square;
        }
        if (LaneCheck.usesLineSearch(kind)) {
            return 3 * bp;
        }
        return bp;
    }
}
