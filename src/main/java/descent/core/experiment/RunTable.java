package descent.core.experiment;

import descent.core.data.table.TableSplit;
import descent.core.nn.ConfusionMatrix;

/** A table run's {@link TableReadout}: everything computed from the run's current θ. */
final class RunTable implements TableReadout {
    private final RunState run;
    private final TableTask task;

    RunTable(RunState run, TableTask task) {
        this.run = run;
        this.task = task;
    }

    @Override
    public TableSplit split() {
        return task.split();
    }

    @Override
    public int inputCount() {
        return run.network().inputSize();
    }

    @Override
    public void predictClasses(double xMin, double xMax, double yMin, double yMax, int resolution, int[] classes,
                               double[] confidence) {
        run.predictClasses(xMin, xMax, yMin, yMax, resolution, classes, confidence, false);
    }

    @Override
    public int confusion(ConfusionMatrix matrix, int[] wrong, int[] predicted) {
        return task.confusion(run.parameters(), matrix, wrong, predicted);
    }
}
