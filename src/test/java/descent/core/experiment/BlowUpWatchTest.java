package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.DatasetKind;
import org.junit.jupiter.api.Test;

class BlowUpWatchTest {
    @Test
    void fiveEvaluationsAboveTenTimesTheStartAreABlowUp_fourAreNot() {
        BlowUpWatch w = new BlowUpWatch();
        w.restart(0, 0.7);
        for (int k = 1; k <= 4; k++) {
            assertNull(w.afterEvaluation(k * 10, 7.01), "evaluation " + k);
        }
        assertNull(w.afterEvaluation(50, 0.5), "back below the limit: the count starts again");
        for (int k = 6; k <= 9; k++) {
            assertNull(w.afterEvaluation(k * 10, 100));
        }
        assertEquals(BlowUpWatch.BLOW_UP, w.afterEvaluation(100, 100));
    }

    @Test
    void exactlyTheLimitIsNotAbove() {
        BlowUpWatch w = new BlowUpWatch();
        w.restart(0, 0.7);
        for (int k = 1; k <= 20; k++) {
            assertNull(w.afterEvaluation(k, 7.0)); // 10 × 0.7, not above it
        }
    }

    @Test
    void theFloorKeepsANearZeroStartFromTrippingOnASmallRise() {
        BlowUpWatch w = new BlowUpWatch();
        w.restart(0, 1e-4);
        for (int k = 1; k <= 20; k++) {
            assertNull(w.afterEvaluation(k, 0.9)); // limit is 10 × 0.1 = 1, not 10 × 1e-4
        }
        assertEquals(BlowUpWatch.BLOW_UP, stepsAt(w, 21, 1.01, 5));
    }

    @Test
    void aLossThatNeverFallsBelowItsStartIsNoDecrease_onlyAfterFiftyEvaluationsAndFiveHundredSteps() {
        BlowUpWatch w = new BlowUpWatch();
        w.restart(0, 0.7);
        String why = null;
        int k = 0;
        while (why == null && k < 1000) {
            k++;
            why = w.afterEvaluation(k * 10, k % 2 == 0 ? 0.8 : 3.0); // oscillates above J₀, under 10 J₀
        }
        assertEquals(BlowUpWatch.NO_DECREASE, why);
        assertEquals(50, k, "50 evaluations at 10 steps each = 500 steps");

        BlowUpWatch few = new BlowUpWatch();
        few.restart(0, 0.7);
        for (int j = 1; j <= 60; j++) {
            assertNull(few.afterEvaluation(j, 0.8), "60 evaluations but only 60 steps");
        }
    }

    @Test
    void oneEvaluationBelowTheStartRulesOutNoDecreaseForGood() {
        BlowUpWatch w = new BlowUpWatch();
        w.restart(0, 0.7);
        assertNull(w.afterEvaluation(10, 0.69));
        for (int k = 2; k <= 200; k++) {
            assertNull(w.afterEvaluation(k * 10, 0.9));
        }
    }

    @Test
    void restartingTakesTheNewLossAsTheStart() {
        BlowUpWatch w = new BlowUpWatch();
        w.restart(0, 0.7);
        w.restart(300, 50); // the settings changed while the lane sat at a high loss
        for (int k = 1; k <= 20; k++) {
            assertNull(w.afterEvaluation(300 + k, 40));
        }
    }

    @Test
    void circleDataAtLearningRateTenDivergesWithAFiniteLoss() {
        for (double lr : new double[] {10, 100}) {
            RunConfig config = new RunConfig();
            config.dataset = DatasetKind.CIRCLE;
            config.learningRate = lr;
            Run run = new Run(config);
            run.steps(5000);
            assertEquals(Status.DIVERGED, run.status(), "ε = " + lr + ": loss " + run.trainLoss());
            assertTrue(run.trainLoss() - run.trainLoss() == 0, "a finite loss is kept: " + run.trainLoss());
            assertTrue(run.divergenceReason().startsWith("training loss"), run.divergenceReason());
        }
    }

    @Test
    void theDefaultLanesOfThePlaygroundDoNotTrip() {
        for (Lesson lesson : Lessons.all()) {
            Race race = lesson.start();
            race.steps(lesson.steps());
            for (int i = 0; i < race.laneCount(); i++) {
                Run r = race.run(i);
                String why = r.divergenceReason();
                assertTrue(!why.equals(BlowUpWatch.NO_DECREASE), lesson.id() + " lane " + i + ": " + why);
            }
        }
    }

    private static String stepsAt(BlowUpWatch w, int from, double loss, int count) {
        String why = null;
        for (int k = 0; k < count; k++) {
            why = w.afterEvaluation(from + k, loss);
        }
        return why;
    }
}
