package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A lesson lane's title says what the lane is now, and the lesson's question names lanes by those titles. */
class LaneTitleTest {
    private static Lesson learningRate() {
        for (Lesson l : Lessons.all()) {
            if (l.id().equals("learning-rate")) {
                return l;
            }
        }
        throw new AssertionError("no learning-rate lesson");
    }

    @Test
    void aChangedLaneIsTitledByItsSettingsAndGetsTheLessonsNameBack() {
        Lesson lesson = learningRate();
        PlaygroundConfig preset = lesson.config();
        PlaygroundConfig now = lesson.config();
        assertEquals("ε = 3 (too large)", now.lanes[2].label);
        now.lanes[2].settings = now.lanes[2].settings.withLearningRate(0.1);
        LaneTitle.retitle(preset, now);
        assertEquals("Gradient descent, ε = 0.1", now.lanes[2].label);
        assertEquals("ε = 0.005 (too small)", now.lanes[0].label, "an unchanged lane keeps the lesson's name");
        // a second change re-derives the title (the made title is not taken for the learner's own)
        now.lanes[2].settings = now.lanes[2].settings.withLearningRate(0.5);
        now.lanes[2].batchSize = 1;
        LaneTitle.retitle(preset, now);
        assertEquals("Gradient descent, ε = 0.5, B = 1", now.lanes[2].label);
        now.lanes[2].settings = now.lanes[2].settings.withLearningRate(3);
        now.lanes[2].batchSize = preset.lanes[2].batchSize;
        LaneTitle.retitle(preset, now);
        assertEquals("ε = 3 (too large)", now.lanes[2].label, "back to the lesson's settings, back to its name");
    }

    @Test
    void aLabelTheLearnerWroteStaysAndAMissingOneIsFilledIn() {
        Lesson lesson = learningRate();
        PlaygroundConfig now = lesson.config();
        now.lanes[1].label = "mine";
        now.lanes[1].settings = now.lanes[1].settings.withLearningRate(0.3);
        now.lanes[0].label = "";
        LaneTitle.retitle(lesson.config(), now);
        assertEquals("mine", now.lanes[1].label);
        assertEquals("ε = 0.005 (too small)", now.lanes[0].label, "a link without labels gets the lesson's names");
    }

    @Test
    void clippingStaysInTheTitleWhenAnotherSettingChangesAndTitlesFitALinksLabel() {
        LaneConfig preset = LaneConfig.of(descent.core.optim.OptimizerKind.ADAM, 0.5);
        preset.label = "Adam, clipped";
        preset.clip = descent.core.optim.ClipMode.NORM;
        preset.clipThreshold = 0.1;
        LaneConfig now = preset.copy();
        now.settings = now.settings.withLearningRate(0.3);
        assertEquals("Adam, ε = 0.3, clip ‖g‖ at 0.1", LaneTitle.of(preset, now));
        // a title never outgrows what a link keeps: the least telling settings go first, at a comma
        LaneConfig gd = LaneConfig.of(descent.core.optim.OptimizerKind.GD, 0.5);
        gd.label = "ε = 0.5, clip ‖g‖ at 0.1";
        gd.clip = descent.core.optim.ClipMode.NORM;
        LaneConfig changed = gd.copy();
        changed.settings = changed.settings.withLearningRate(0.3);
        assertEquals("Gradient descent, ε = 0.3", LaneTitle.of(gd, changed));
        LaneConfig damped = LaneConfig.of(descent.core.optim.OptimizerKind.DAMPED_NEWTON, 0.5);
        damped.label = "damped";
        LaneConfig other = damped.copy();
        other.batchSize = 0;
        assertEquals("", LaneTitle.of(damped, other), "too long a name: the optimizer's own (an empty label)");
    }

    @Test
    void theQuestionsOptionsNameTheLanesAsTheyAreNow() {
        Lesson lesson = learningRate();
        Prediction<Race> p = lesson.prediction();
        String[] titles = {"ε = 0.005 (too small)", "ε = 0.2 (about right)", "Gradient descent, ε = 0.1"};
        assertEquals("Gradient descent, ε = 0.1", p.option(2, titles));
        assertEquals("lane 3", p.option(2), "without titles a lane is named by its place");
        for (Lesson l : Lessons.all()) {
            Prediction<Race> q = l.prediction();
            if (q == null) {
                continue;
            }
            // no question or option quotes a preset value that a variation could change
            for (int i = -1; i < q.optionCount(); i++) {
                String text = i < 0 ? q.question() : q.option(i);
                assertFalse(text.matches(".*(ε|B) = \\d.*"), l.id() + ": " + text);
                assertFalse(text.contains("{"), l.id() + ": " + text);
            }
        }
        assertTrue(Prediction.fill("{0} vs {1}", new String[] {"a", "b"}).equals("a vs b"));
    }
}
