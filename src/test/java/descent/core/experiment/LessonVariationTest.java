package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.core.data.DatasetKind;
import descent.core.optim.ClipMode;
import org.junit.jupiter.api.Test;

class LessonVariationTest {
    private static PlaygroundConfig preset() {
        return Lessons.byId("clipping-cliff").config();
    }

    @Test
    void thePresetItselfIsNoVariation() {
        PlaygroundConfig now = preset();
        now.logScale = !now.logScale; // a view flag, not a setting
        now.lanes[0].label = "";      // a new rule clears the label; the label alone is no change
        assertEquals("", LessonVariation.changes(preset(), now));
    }

    @Test
    void sharedAndLaneChangesAreNamedWithOldAndNewValues() {
        PlaygroundConfig now = preset();
        now.seed = 2;
        now.dataset = DatasetKind.PLANE;
        now.hiddenLayers = new int[] {4};
        now.lanes[1].clipThreshold = 1;
        now.lanes[0].batchSize = 10;
        assertEquals("data bumps → plane; seed 1 → 2; hidden layers 8,8 → 4; lane 1: batch full → 10; "
                + "lane 2: clip at 0.100 → 1.00", LessonVariation.changes(preset(), now));
    }

    @Test
    void addedRemovedAndSwitchedLanesAreNamed() {
        PlaygroundConfig now = preset();
        now.lanes[1].clip = ClipMode.NONE;
        LaneConfig extra = LaneConfig.of(descent.core.optim.OptimizerKind.ADAM, 0.01);
        now.lanes = new LaneConfig[] {now.lanes[0], now.lanes[1], extra};
        assertEquals("lane 2: clipping norm → none; added lane 3 (Adam)", LessonVariation.changes(preset(), now));
        now.lanes = new LaneConfig[] {now.lanes[0]};
        assertEquals("removed 1 of the lesson's lanes", LessonVariation.changes(preset(), now));
    }
}
