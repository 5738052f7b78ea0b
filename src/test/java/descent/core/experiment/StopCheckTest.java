package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StopCheckTest {
    /** Newton's "convergence" in its lesson is a saddle: zero gradient, a negative Hessian eigenvalue. */
    @Test
    void newtonsStopInItsLessonIsNotAMinimum() {
        Lesson lesson = Lessons.byId("newton-saddle");
        Race race = lesson.start();
        race.steps(lesson.steps());
        assertEquals(Status.CONVERGED, race.run(0).status());
        StopCheck check = new StopCheck();
        assertEquals(StopCheck.Kind.NOT_A_MINIMUM, check.kind(race, 0));
        String note = check.note(race, 0);
        assertTrue(note.startsWith("Stopped at step " + race.run(0).convergedAtStep()
                + " at a critical point that is not a minimum (loss 0.690"), note);
        assertTrue(StopCheck.smallestEigenvalue(race.run(0)) < -0.01);
        assertEquals(StopCheck.Kind.FINE, check.kind(race, 1), "BFGS has not stopped");
        assertEquals("", check.note(race, 1));
    }

    /** A convex problem's converged lane sits at a minimum: nothing to warn about. */
    @Test
    void aConvergedLinearModelIsAtAMinimum() {
        Lesson lesson = Lessons.byId("momentum-vs-gd");
        Race race = lesson.start();
        race.steps(3000);
        assertEquals(Status.CONVERGED, race.run(1).status(), Claims.statusText(race.run(1)));
        StopCheck check = new StopCheck();
        assertEquals(StopCheck.Kind.FINE, check.kind(race, 1), check.note(race, 1));
        assertEquals(0.0, StopCheck.smallestEigenvalue(race.run(1)));
    }

    /** The diagnosis is redone when the lane's run is replaced (a restart) and is FINE while running. */
    @Test
    void aRestartedLaneIsDiagnosedAfresh() {
        Lesson lesson = Lessons.byId("newton-saddle");
        Race race = lesson.start();
        race.steps(lesson.steps());
        StopCheck check = new StopCheck();
        assertEquals(StopCheck.Kind.NOT_A_MINIMUM, check.kind(race, 0));
        race.restartLane(0);
        assertEquals(StopCheck.Kind.FINE, check.kind(race, 0));
    }
}
