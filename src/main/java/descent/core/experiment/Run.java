package descent.core.experiment;

import descent.core.data.DataSplit;
import descent.core.nn.WeightDecay;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.ClippedObjective;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.Objective;
import descent.core.optim.Optimizer;
import descent.core.optim.ParameterAverage;

/**
 * One configuration trained step by step: each {@link #step()} draws the next minibatch, sets ε_k from the
 * schedule, applies one optimizer update θ ← θ + Δθ on the (optionally clipped) gradient, folds θ into the
 * parameter average, and records the metrics the page charts ({@link RunHistory}).
 *
 * <p><b>Learning rate.</b> Step k (k = steps since the schedule took effect, from 0) uses
 * ε_k = schedule.rate(ε0, k). {@link #learningRate()} is the ε the next step will use.
 *
 * <p><b>Clipping.</b> The optimizer reads g through a {@link ClippedObjective} (if ‖g‖ ≥ c then g ← c·g/‖g‖, or
 * per value); {@link #clippedStepCount()} counts the steps in which any gradient was clipped.
 * {@link #gradientNorm()} stays the norm before clipping, {@link #appliedGradientNorm()} is the one after.
 *
 * <p><b>Averaging.</b> Beside θ the run keeps θ̂ (Polyak: θ̂_t = (1/t) Σ θᵢ; EMA: θ̂_t = α θ̂_{t−1} + (1 − α) θ_t) and
 * evaluates the model at both; the optimizer always goes on from θ. (With batch norm, θ̂ is evaluated with the
 * running μ̄ and σ̄ gathered along θ's own path: the average has no batches of its own.)
 *
 * <p><b>Metrics.</b> Every step: the minibatch loss J(θ_{k−1}) the optimizer evaluated, ‖∇J‖, the step length
 * ‖θ_k − θ_{k−1}‖ and ε_k. Every {@link #evalEvery()} steps ({@link EvaluationCadence}) and at step 0: loss and
 * accuracy on the full training and validation sets ({@link Evaluation}, also at θ̂ when averaging).
 *
 * <p><b>Status.</b> A non-finite loss or parameter marks the run {@link Status#DIVERGED} at that step; θ goes
 * back to its last finite value. So does a finite blow-up ({@link BlowUpWatch}: the full training loss far above
 * where the run started, for a sustained stretch, or never below it). {@link Status#CONVERGED} follows {@link ConvergenceWatch} (an exact gradient
 * below 1e-5 on full batch, or a stalled full training loss). In both states further steps do nothing, until
 * {@link #reset()} or a change of settings. {@link RunWatches} keeps the order in which they are asked.
 *
 * <p>Nothing is allocated per step.
 */
public final class Run extends RunState {
    private RunInternals internals;
    private final Objective objective;
    private final GradientProbe probe;
    /** The last finite evaluation, while a new one is checked. */
    private final Evaluation lastFinite = new Evaluation();
    private ClippedObjective clipper;

    /** A run with its own data and initial weights, both drawn from {@code config.seed} ({@link RunSetup}). */
    public Run(RunConfig config) {
        this(config, RunSetup.makeData(config), RunSetup.initialParameters(config));
    }

    /**
     * A run on data and initial weights made elsewhere, so that the lanes of a comparison can share them;
     * the minibatch order still comes from {@code config.seed}. θ₀ is copied.
     */
    public Run(RunConfig config, DataSplit data, double[] initialTheta) {
        this(config, RunSetup.planeTask(config, data), initialTheta);
    }

    /**
     * A run of {@code task} (plane data or a table), whose network must have the configured shape
     * ({@link RunSetup#makeNetwork}); θ₀ is copied.
     */
    public Run(RunConfig config, TrainingTask task, double[] initialTheta) {
        super(config, task, initialTheta);
        objective = task.objective();
        probe = new GradientProbe(task);
        setClipping(this.config.clip, this.config.clipThreshold);
        average = new ParameterAverage(this.config.averaging, this.config.averagingDecay, theta);
        updateEvalCadence();
        reset();
    }

    /** Back to θ₀, a fresh optimizer state, the first minibatch and empty series; the data stay. */
    public void reset() {
        System.arraycopy(initialTheta, 0, theta, 0, theta.length);
        network.runningStatistics().reset(); // batch norm's μ̄, σ̄ belong to the run: a reset replays it exactly
        optimizer = config.optimizer.create(theta.length);
        batches.restart();
        watches.reset(theta);
        average.reset(theta);
        step = 0;
        scheduleOrigin = 0;
        clippedSteps = 0;
        lastLoss = Double.NaN;
        gradientNorm = Double.NaN;
        appliedGradientNorm = Double.NaN;
        stepLength = Double.NaN;
        lastEvaluationStep = -1;
        history.clear();
        if (config.evaluateAtStart) {
            evaluate();
        }
        watches.restart(0, evaluation.trainLoss);
    }

    /**
     * One optimizer step on the next minibatch. Returns false, doing nothing, once the run has diverged or
     * converged, and false for the step that diverges.
     */
    public boolean step() {
        if (watches.status() != Status.RUNNING) {
            return false;
        }
        int count = batches.next();
        task.setBatch(batches.indices(), count);
        double rate = learningRate();
        int clippedBefore = clipper == null ? 0 : clipper.clippedCount();
        probe.beginStep();
        double loss = optimizer.step(probe, theta, rate);
        step++;
        double length = watches.distanceFromLastGood(theta);
        boolean gradientOverflowed = probe.evaluations() > 0 && !Evaluation.isFinite(probe.rawNorm());
        if (!watches.afterUpdate(step, loss, theta, gradientOverflowed, length)) {
            evaluateKeepingFinite(); // θ is the last finite one again: show where it stopped
            return false;
        }
        if (clipper != null && clipper.clippedCount() > clippedBefore) {
            clippedSteps++;
        }
        if (average.mode() != AveragingMode.NONE) {
            average.update(theta);
        }
        lastLoss = loss;
        gradientNorm = probe.rawNorm();
        appliedGradientNorm = probe.appliedNorm();
        stepLength = length;
        history.addStep(step, loss, gradientNorm, length, rate);
        history.optimizerStatistics.afterStep(step, optimizer, rate, appliedGradientNorm);
        boolean converged = watches.convergedAfterStep(isFullBatch(), gradientNorm);
        if (step % evalEvery == 0) {
            Status after = watches.afterEvaluation(step, evaluateKeepingFinite(), evaluation.trainLoss);
            if (after == Status.DIVERGED) {
                return false;
            }
            converged = after == Status.CONVERGED;
        }
        if (converged) {
            watches.markConverged(step);
            if (lastEvaluationStep != step) {
                evaluate(); // the final numbers, at the point where it stopped
            }
        }
        return true;
    }

    /**
     * Evaluates and records, but when a loss comes out non-finite (θ finite but huge: the sum overflows) keeps
     * the numbers of the last finite evaluation, so the page never shows ∞ or NaN. Returns whether the
     * evaluation was finite.
     */
    private boolean evaluateKeepingFinite() {
        lastFinite.copyFrom(evaluation);
        measure();
        boolean finite = evaluation.isFinite(task.validationSize() > 0);
        if (!finite) {
            evaluation.copyFrom(lastFinite);
        }
        record();
        return finite;
    }

    /** Up to k steps, fewer if the run diverges or converges; returns how many updates were applied. */
    public int steps(int k) {
        int done = 0;
        for (int i = 0; i < k; i++) {
            if (!step()) {
                break;
            }
            done++;
        }
        return done;
    }

    /** Evaluates loss and accuracy on the full training and validation sets now (and at θ̂), and records them. */
    public void evaluate() {
        measure();
        record();
    }

    private void measure() {
        evaluation.measure(task, theta, isAveraging() ? average.averaged() : null);
    }

    private void record() {
        if (step != lastEvaluationStep) {
            history.addEvaluation(step, evaluation, WeightDecay.norm(network, theta), theta, isAveraging());
        }
        lastEvaluationStep = step;
    }

    // ---- settings that can change mid-run -------------------------------------------------------------

    /** ε0, the base rate the schedule scales, for the following steps. */
    public void setLearningRate(double learningRate) {
        config.learningRate = learningRate;
    }

    /** A new schedule; its k counts from the next step (so a decay starts now, not in the past). */
    public void setSchedule(LearningRateSchedule schedule) {
        if (!schedule.equals(config.schedule)) {
            config.schedule = schedule;
            scheduleOrigin = step;
        }
    }

    /** Clipping for the following gradients; {@link ClipMode#NONE} hands the optimizer g unchanged. */
    public void setClipping(ClipMode mode, double threshold) {
        config.clip = mode;
        config.clipThreshold = threshold;
        clipper = mode == ClipMode.NONE ? null : new ClippedObjective(objective, mode, threshold);
        probe.setInner(clipper == null ? objective : clipper);
    }

    /** A new kind of average; when it differs from the current one, θ̂ starts over from the current θ. */
    public void setAveraging(AveragingMode mode, double decay) {
        if (mode == average.mode() && (mode != AveragingMode.EMA || decay == average.decay())) {
            return;
        }
        config.averaging = mode;
        config.averagingDecay = decay;
        average = new ParameterAverage(mode, decay, theta);
        if (lastEvaluationStep == step) {
            lastEvaluationStep = -1; // record the averaged metrics of this step too
        }
        evaluate();
    }

    /** B for the following batches (0 = full batch); the automatic evaluation cadence follows it. */
    public void setBatchSize(int batchSize) {
        config.batchSize = batchSize;
        batches.setBatchSize(RunSetup.effectiveBatchSize(batchSize, task.trainSize()));
        updateEvalCadence();
    }

    /**
     * Continues with new settings from the current θ (what a lane's "continue" does): ε0, schedule, clipping,
     * averaging, batch size and, if given, a new optimizer instance (null keeps the current one and its state).
     * The data, network and θ₀ stay; a diverged or converged run is reopened (a diverged one with a fresh
     * optimizer state, since the divergent step left the old one non-finite). {@code next.optimizer} becomes
     * the rule a later {@link #reset()} creates.
     */
    void continueWith(RunConfig next, Optimizer newOptimizer) {
        config.optimizer = next.optimizer;
        setLearningRate(next.learningRate);
        setSchedule(next.schedule);
        if (next.clip != config.clip || next.clipThreshold != config.clipThreshold) {
            setClipping(next.clip, next.clipThreshold);
        }
        setAveraging(next.averaging, next.averagingDecay);
        setBatchSize(next.batchSize);
        boolean diverged = watches.status() == Status.DIVERGED;
        if (newOptimizer != null) {
            optimizer = newOptimizer;
        } else if (diverged) {
            optimizer = config.optimizer.create(theta.length);
        }
        watches.reopen(theta, step, evaluation.trainLoss);
    }

    private void updateEvalCadence() {
        evalEvery = EvaluationCadence.every(config.evalEvery, task.trainSize(), task.validationSize(),
                batches.batchSize());
    }

    @Override
    public LaneInternals internals() {
        if (internals == null) {
            internals = new RunInternals(this);
        }
        return internals;
    }
}
