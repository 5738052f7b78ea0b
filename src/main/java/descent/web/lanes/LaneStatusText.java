package descent.web.lanes;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.Status;
import descent.core.optim.AveragingMode;
import descent.core.optim.ClipMode;
import descent.core.optim.ScheduleKind;
import descent.web.view.Format;

/** The words of a lane card's status lines: where the lane is, and what its extras are doing. */
final class LaneStatusText {
    private LaneStatusText() {
    }

    /** running, paused, converged (or the stop's id: not-minimum, stalled) or diverged; paused without a run. */
    static String id(LaneReadout run, String stopId, boolean running) {
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

    /** "Running · step 1 200 · epoch 3.0", "DIVERGED at step 6: …", or what a converged lane stopped at. */
    static String status(LaneReadout run, String stopNote, boolean running) {
        if (run.status() == Status.DIVERGED) {
            return "DIVERGED at step " + run.divergedAtStep() + ": " + run.divergenceReason();
        }
        if (run.status() == Status.CONVERGED && !stopNote.isEmpty()) {
            return "⚠ " + stopNote;
        }
        if (run.status() == Status.CONVERGED) {
            return "Converged at step " + run.convergedAtStep() + ": " + run.convergenceReason();
        }
        return (running ? "Running" : "Paused") + " · step " + Format.count(run.stepCount()) + " · epoch "
                + Format.fixed(run.epoch(), 1);
    }

    /** What the lane's extras are doing: the scheduled ε, clipping, averaging, second-order guard rails. */
    static String extras(LaneReadout run, LaneConfig config) {
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
}
