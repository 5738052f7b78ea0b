package descent.core.experiment;

import descent.core.nn.Network;
import descent.core.optim.RuleTerms;

/** A run's own {@link LaneInternals}: read straight from its state. */
public final class RunInternals implements LaneInternals {
    private final Run run;

    public RunInternals(Run run) {
        this.run = run;
    }

    @Override
    public int stepCount() {
        return run.stepCount();
    }

    @Override
    public double[] parameters() {
        return run.parameters();
    }

    @Override
    public Network network() {
        return run.network();
    }

    @Override
    public RuleTerms ruleTerms() {
        return run.optimizer() instanceof RuleTerms ? (RuleTerms) run.optimizer() : null;
    }

    @Override
    public StepStatistics stepStatistics() {
        return run.optimizerStatistics();
    }

    @Override
    public double stepLength() {
        return run.stepLength();
    }

    @Override
    public Series stepLengthSeries() {
        return run.stepLengthSeries();
    }
}
