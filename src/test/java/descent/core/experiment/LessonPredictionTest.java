package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The predict-first step and the one-sentence verdict of every lesson. */
class LessonPredictionTest {
    static Stream<String> ids() {
        return Stream.of(Lessons.all()).map(Lesson::id);
    }

    /** The run of the preset answers the question with the option the lesson's claim stands for. */
    @ParameterizedTest
    @MethodSource("ids")
    void theRunAnswersWithTheClaimedOption(String id) {
        Lesson lesson = Lessons.byId(id);
        Prediction p = lesson.prediction();
        assertNotNull(p, id + " asks a question before the run");
        Race race = lesson.start();
        race.steps(lesson.steps());
        assertTrue(lesson.isDue(race));
        Verdict verdict = lesson.check(race);
        assertTrue(verdict.holds(), id + ": " + verdict.measured());
        assertEquals(p.option(p.claimed()), p.option(p.answer(race)), id + ": " + verdict.measured());
        assertTrue(p.reveal(p.claimed(), race).endsWith("You were right."), p.reveal(p.claimed(), race));
        int other = (p.claimed() + 1) % p.optionCount();
        assertTrue(p.reveal(other, race).contains("the run shows “" + p.option(p.claimed()) + "”"));
        assertTrue(p.reveal(other, race).endsWith("Not what you expected."));
        System.out.println(id + ": " + p.question() + " → " + p.option(p.answer(race)));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyLessonHasAShortQuestionAndOneSentenceEachWay(String id) {
        Lesson lesson = Lessons.byId(id);
        Prediction p = lesson.prediction();
        assertTrue(p.optionCount() >= 2 && p.optionCount() <= 4, id);
        assertTrue(p.question().endsWith("?"), id + ": " + p.question());
        Verdict yes = new Verdict(true, "");
        Verdict no = new Verdict(false, "");
        for (String sentence : new String[] {lesson.sentence(yes), lesson.sentence(no)}) {
            assertTrue(sentence.endsWith("."), id + ": " + sentence);
            assertTrue(sentence.length() <= 110, id + " says its verdict in one short sentence: " + sentence);
            assertEquals(sentence.indexOf(". "), -1, id + ": one sentence, not several: " + sentence);
        }
        assertFalse(lesson.sentence(yes).equals(lesson.sentence(no)));
    }

    /** Before any step no lesson is due, so no answer is revealed early. */
    @ParameterizedTest
    @MethodSource("ids")
    void nothingIsDueBeforeTheRun(String id) {
        Lesson lesson = Lessons.byId(id);
        assertFalse(lesson.isDue(lesson.start()), id);
    }

    /** A variation is judged on its own run: ε = 3 at 0.2 no longer diverges, so that claim is not seen. */
    @Test
    void aVariationIsCheckedOnItsOwnRun() {
        Lesson lesson = Lessons.byId("learning-rate");
        PlaygroundConfig c = lesson.config();
        c.lanes[2].settings = c.lanes[2].settings.withLearningRate(0.2);
        Race race = new Race(c);
        race.steps(lesson.steps());
        assertFalse(lesson.check(race).holds(), lesson.check(race).measured());
        assertTrue(LessonVariation.changes(lesson.config(), c).contains("lane 3: ε 3.00 → 0.200"),
                LessonVariation.changes(lesson.config(), c));
    }

    /** A lesson whose lanes were removed says it cannot compare them rather than failing. */
    @Test
    void aRaceWithFewerLanesCannotBeChecked() {
        Lesson lesson = Lessons.byId("momentum-vs-gd");
        PlaygroundConfig c = lesson.config();
        c.lanes = new LaneConfig[] {c.lanes[0]};
        Race race = new Race(c);
        race.steps(10);
        assertFalse(lesson.canCheck(race));
        assertFalse(lesson.check(race).holds());
        assertEquals(Prediction.UNDECIDED, lesson.prediction().answer(race));
        assertTrue(lesson.prediction().reveal(0, race).contains("none of these clearly"));
    }

    @Test
    void predictionsOfferTwoToFourOptionsAndAClaimedOneAmongThem() {
        assertThrows(IllegalArgumentException.class, () -> new Prediction("?", new String[] {"a"}, 0, r -> 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Prediction("?", new String[] {"a", "b", "c", "d", "e"}, 0, r -> 0));
        assertThrows(IllegalArgumentException.class, () -> new Prediction("?", new String[] {"a", "b"}, 2, r -> 0));
        Prediction p = new Prediction("?", new String[] {"a", "b"}, 0, r -> 7);
        assertEquals(Prediction.UNDECIDED, p.answer(null), "an answer outside the options is undecided");
        assertEquals("The run shows none of these clearly.", p.reveal(-1, null));
    }
}
