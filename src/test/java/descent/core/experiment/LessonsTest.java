package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LessonsTest {
    static Stream<String> ids() {
        return Stream.of(Lessons.all()).map(Lesson::id);
    }

    /** The numbers the browser tests will check: every claim holds after its step count. */
    @ParameterizedTest
    @MethodSource("ids")
    void theClaimHoldsAfterItsSteps(String id) {
        Lesson lesson = Lessons.byId(id);
        Race race = lesson.start();
        race.steps(lesson.steps());
        Verdict verdict = lesson.check(race);
        System.out.println(id + " after " + lesson.steps() + " steps: " + verdict);
        assertTrue(verdict.holds(), id + ": " + lesson.claimText() + " — measured " + verdict.measured());
    }

    /** The claims are not vacuous: before any training none of them holds. */
    @ParameterizedTest
    @MethodSource("ids")
    void theClaimDoesNotHoldBeforeTraining(String id) {
        Lesson lesson = Lessons.byId(id);
        Verdict verdict = lesson.check(lesson.start());
        assertFalse(verdict.holds(), id + " already holds at step 0: " + verdict.measured());
    }

    @Test
    void atLeastTwelveLessonsWithValidUniqueIdsAndRunnableLanes() {
        Lesson[] all = Lessons.all();
        assertTrue(all.length >= 12, all.length + " lessons");
        Set<String> seen = new HashSet<>();
        for (Lesson lesson : all) {
            assertTrue(Lesson.isValidId(lesson.id()), lesson.id());
            assertTrue(seen.add(lesson.id()), "duplicate id " + lesson.id());
            assertSame(lesson, Lessons.byId(lesson.id()));
            PlaygroundConfig c = lesson.config();
            assertEquals(lesson.id(), c.lesson);
            assertTrue(c.lanes.length >= 1 && c.lanes.length <= PlaygroundConfig.MAX_LANES);
            for (LaneConfig lane : c.lanes) {
                assertEquals("", LaneCheck.problem(c, lane), lesson.id());
                assertFalse(lane.displayLabel().isEmpty());
            }
            int sentences = sentences(lesson.lookAt());
            assertTrue(sentences >= 2 && sentences <= 3, lesson.id() + " has " + sentences + " sentences");
            assertFalse(lesson.title().isEmpty());
            assertFalse(lesson.claimText().isEmpty());
        }
        assertNull(Lessons.byId("no-such-lesson"));
        assertNull(Lessons.byId(null));
        all[0] = null;
        assertNotNull(Lessons.all()[0], "all() hands out a copy");
    }

    @Test
    void lessonIdsAreLowerCaseLettersDigitsAndDashes() {
        assertTrue(Lesson.isValidId("momentum-vs-gd"));
        assertFalse(Lesson.isValidId(""));
        assertFalse(Lesson.isValidId("Momentum"));
        assertFalse(Lesson.isValidId("a b"));
        assertFalse(Lesson.isValidId("<script>"));
        assertThrows(IllegalArgumentException.class, () -> new Lesson("Bad Id", "t", "a. b.",
                new PlaygroundConfig(), 1, "c", race -> new Verdict(true, ""))); 
    }

    @Test
    void aLessonsConfigurationIsACopy() {
        Lesson lesson = Lessons.byId("learning-rate");
        PlaygroundConfig c = lesson.config();
        c.lanes[0].batchSize = 99;
        assertEquals(0, lesson.config().lanes[0].batchSize);
    }

    private static int sentences(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean end = ch == '.' || ch == '!' || ch == '?';
            if (end && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                n++;
            }
        }
        return n;
    }
}
