package descent.core.experiment;

import descent.core.data.DatasetKind;
import descent.core.optim.OptimizerKind;

/** Small builders for the lessons' configurations, so each lesson reads as the data it is. */
final class Presets {
    private Presets() {
    }

    /** A playground on {@code dataset} with these hidden layers, everything else at its default. */
    static PlaygroundConfig playground(DatasetKind dataset, int... hidden) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = dataset;
        c.hiddenLayers = hidden.clone();
        return c;
    }

    /** A lane with the rule's course defaults at learning rate ε and batch size B (0 = full batch). */
    static LaneConfig lane(String label, OptimizerKind kind, double learningRate, int batchSize) {
        LaneConfig lane = LaneConfig.of(kind, learningRate);
        lane.label = label;
        lane.batchSize = batchSize;
        return lane;
    }

    static PlaygroundConfig withLanes(PlaygroundConfig c, LaneConfig... lanes) {
        c.lanes = lanes;
        return c;
    }
}
