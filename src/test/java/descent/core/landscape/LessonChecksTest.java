package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;
import descent.core.text.NumberText;
import org.junit.jupiter.api.Test;

/** Every landscape lesson's verdict: seen at its own settings, not seen on a variation that breaks the claim. */
class LessonChecksTest {
    private static LandscapeLesson lesson(String id) {
        return LandscapeLessons.find(id);
    }

    private static PathRace variation(LandscapeLesson l, double x0, double y0, double lr, double clip, int steps) {
        PathRace race = PathRace.of(l);
        race.run(l.surface().create(l.kappa()), x0, y0, steps, lr, l.momentum(), 0, clip, AveragingMode.NONE);
        return race;
    }

    @Test
    void everyLessonsClaimIsSeenAtItsOwnSettings() {
        for (LandscapeLesson l : LandscapeLessons.all()) {
            LessonVerdict v = PathRace.of(l).verdict(l);
            System.out.println(l.id() + ": " + v);
            assertTrue(v.holds(), l.id() + ": " + v);
            assertTrue(v.sentence().startsWith("Seen: "), v.sentence());
            assertFalse(v.numbers().isEmpty());
        }
    }

    @Test
    void saddleStartedOffTheRidgeDoesNotLinger() {
        LandscapeLesson l = lesson("saddle");
        LessonVerdict v = variation(l, -1.8, 0.5, l.learningRate(), 0, l.steps()).verdict(l);
        assertFalse(v.holds(), v.toString());
        assertTrue(v.sentence().startsWith("Not seen: "), v.sentence());
    }

    @Test
    void saddleLingeringIsCountedInSteps() {
        PathRace race = PathRace.of(lesson("saddle"));
        // x shrinks by 0.9 a step from 1.8, y grows by 1.1 from 0.001: ‖θ‖ < 0.3 for t ≈ 18 … 59
        int near = LessonChecks.stepsNear(race.path(0), 0, 0, LessonChecks.SADDLE_RADIUS);
        assertTrue(near >= 38 && near <= 44, "steps near: " + near);
    }

    @Test
    void ravineWithATinyRateMomentumMissesTheBottom() {
        LandscapeLesson l = lesson("ravine");
        assertFalse(variation(l, l.startX(), l.startY(), 0.001, 0, l.steps()).verdict(l).holds());
    }

    @Test
    void plateauWithALargeRateGradientDescentDoesNotStall() {
        LandscapeLesson l = lesson("plateau");
        assertFalse(variation(l, l.startX(), l.startY(), 5, 0, l.steps()).verdict(l).holds());
    }

    @Test
    void cliffClaimFollowsTheClipSetting() {
        LandscapeLesson l = lesson("cliff");
        LessonVerdict clipped = variation(l, l.startX(), l.startY(), l.learningRate(), 1, l.steps()).verdict(l);
        assertTrue(clipped.holds() && clipped.sentence().contains("clipped at 1"), clipped.toString());
        LessonVerdict small = variation(l, l.startX(), l.startY(), 0.01, 0, l.steps()).verdict(l);
        assertFalse(small.holds(), small.toString());
    }

    @Test
    void aMissingRacerIsNamed() {
        LandscapeLesson l = lesson("newton-saddle");
        PathRace race = PathRace.of(l);
        race.setRacers(new OptimizerKind[] {OptimizerKind.GD}, 1);
        race.run(l.surface().create(1), l.startX(), l.startY(), l.steps(), l.learningRate(), 0.9, 0, 0,
                AveragingMode.NONE);
        LessonVerdict v = race.verdict(l);
        assertFalse(v.holds());
        assertTrue(v.sentence().contains("Newton"), v.sentence());
    }

    /** A lesson's text and its settings agree: any "N steps" it names is its step count, offered by the page. */
    @Test
    void lessonTextsNameTheStepsTheyRun() {
        for (LandscapeLesson l : LandscapeLessons.all()) {
            assertTrue(LandscapeChoices.offersSteps(l.steps()), l.id() + " runs " + l.steps()
                    + " steps, which the Steps control does not offer");
            String text = l.lookAt();
            int at = text.indexOf(" steps");
            while (at >= 0) {
                int start = at;
                while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                    start--;
                }
                if (start < at) {
                    assertEquals(l.steps(), Integer.parseInt(text.substring(start, at)), l.id() + ": " + text);
                }
                at = text.indexOf(" steps", at + 1);
            }
            assertEquals(LandscapeChoices.rates()[LandscapeChoices.nearest(LandscapeChoices.rates(),
                    l.learningRate())], l.learningRate(), 0, l.id() + " ε offered");
            assertEquals(LandscapeChoices.kappas()[LandscapeChoices.nearest(LandscapeChoices.kappas(), l.kappa())],
                    l.kappa(), 0, l.id() + " κ offered");
        }
    }

    @Test
    void theStepTextCheckCanFail() {
        String text = "barely moves in 300 steps";
        int at = text.indexOf(" steps");
        assertEquals("300", text.substring(at - 3, at));
        assertFalse(LandscapeChoices.offersSteps(300));
    }

    @Test
    void shortNumbers() {
        assertEquals("11.2", NumberText.trimmed(11.23, 3));
        assertEquals("0.00235", NumberText.trimmed(0.002346, 3));
        assertEquals("1", NumberText.trimmed(1.0004, 3));
        assertEquals("1.7e-5", NumberText.trimmed(1.7e-5, 3));
        assertEquals("-3.61e10", NumberText.trimmed(-3.61e10, 3));
        assertEquals("0.3", NumberText.trimmed(0.3, 3));
        assertEquals("1000", NumberText.trimmed(999.7, 3));
        assertEquals("0", NumberText.trimmed(0, 3));
    }
}
