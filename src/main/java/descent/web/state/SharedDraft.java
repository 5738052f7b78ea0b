package descent.web.state;

import descent.core.experiment.PlaygroundConfig;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the shared rows of the {@link StateTable} read and write: the settings all lanes share, the number of
 * lanes (the lanes themselves are {@link LaneDraft}s) and the controls an embedding hides.
 */
final class SharedDraft {
    /** Shared settings; its {@code lanes} field is not used here. */
    final PlaygroundConfig config;
    int laneCount;
    SortedSet<String> hidden = new TreeSet<>();

    private SharedDraft(PlaygroundConfig config, int laneCount) {
        this.config = config;
        this.laneCount = laneCount;
    }

    /** The default page's shared state. */
    static SharedDraft defaults() {
        PlaygroundConfig c = new PlaygroundConfig();
        return new SharedDraft(c, c.lanes.length);
    }

    /** The shared part of config (a copy; null fields read as the defaults) and the hidden controls. */
    static SharedDraft of(PlaygroundConfig config, Set<String> hidden) {
        PlaygroundConfig c = new PlaygroundConfig();
        PlaygroundConfig d = new PlaygroundConfig();
        c.dataset = config.dataset != null ? config.dataset : d.dataset;
        c.table = config.table;
        c.points = config.points;
        c.scaleX = config.scaleX;
        c.scaleY = config.scaleY;
        c.noise = config.noise;
        c.trainFraction = config.trainFraction;
        c.seed = config.seed;
        c.hiddenLayers = config.hiddenLayers != null ? config.hiddenLayers.clone() : d.hiddenLayers;
        c.activation = config.activation != null ? config.activation : d.activation;
        c.loss = config.loss != null ? config.loss : d.loss;
        c.shuffle = config.shuffle;
        c.lesson = config.lesson != null ? config.lesson : d.lesson;
        c.logScale = config.logScale;
        c.examplesAxis = config.examplesAxis;
        c.smoothCharts = config.smoothCharts;
        c.ruleViews = config.ruleViews != null ? config.ruleViews.clone() : d.ruleViews;
        c.diagramViews = config.diagramViews != null ? config.diagramViews.clone() : d.diagramViews;
        c.surface = config.surface != null ? config.surface : d.surface;
        c.ownData = config.ownData;
        SharedDraft draft = new SharedDraft(c, config.lanes != null ? config.lanes.length : 0);
        if (hidden != null) {
            for (String id : hidden) {
                if (id != null) {
                    draft.hidden.add(id);
                }
            }
        }
        return draft;
    }

    /** Writes the shared settings back into out (not its lanes, hidden controls or own data set). */
    void copySettingsTo(PlaygroundConfig out) {
        out.dataset = config.dataset;
        out.loadedTable = out.table == config.table ? out.loadedTable : null; // a loaded file stays with its set
        out.table = config.table;
        out.points = config.points;
        out.scaleX = config.scaleX;
        out.scaleY = config.scaleY;
        out.noise = config.noise;
        out.trainFraction = config.trainFraction;
        out.seed = config.seed;
        out.hiddenLayers = config.hiddenLayers.clone();
        out.activation = config.activation;
        out.loss = config.loss;
        out.shuffle = config.shuffle;
        out.lesson = config.lesson;
        out.logScale = config.logScale;
        out.examplesAxis = config.examplesAxis;
        out.ownData = config.ownData;
    }
}
