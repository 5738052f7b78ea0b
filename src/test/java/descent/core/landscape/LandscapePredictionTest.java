package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import descent.core.experiment.Prediction;
import descent.core.optim.AveragingMode;
import org.junit.jupiter.api.Test;

/** Every landscape lesson asks before its run, and its own run answers with the option its claim stands for. */
class LandscapePredictionTest {
    @Test
    void eachLessonsRunAnswersItsQuestionAsTheClaimSays() {
        for (LandscapeLesson l : LandscapeLessons.all()) {
            Prediction<PathRace> p = l.prediction();
            assertNotNull(p, l.id());
            PathRace race = PathRace.of(l);
            System.out.println(l.id() + ": " + p.question() + " → " + p.option(Math.max(0, p.answer(race)))
                    + " | " + race.verdict(l));
            assertEquals(p.claimed(), p.answer(race), l.id() + ": " + race.verdict(l));
        }
    }

    @Test
    void aVariationIsAnsweredByItsOwnRun() {
        LandscapeLesson cliff = LandscapeLessons.find("cliff");
        PathRace race = PathRace.of(cliff);
        race.run(cliff.surface().create(cliff.kappa()), cliff.startX(), cliff.startY(), cliff.steps(),
                cliff.learningRate(), cliff.momentum(), 0, 1, AveragingMode.NONE);
        Prediction<PathRace> p = cliff.prediction();
        assertEquals(0, p.answer(race), "clipped at 1, gradient descent walks down into the bowl");
        assertEquals("You predicted “One step throws it far away”; the run shows “It walks down the cliff into the "
                + "bowl”. Not what you expected.", p.reveal(1, race));
    }
}
