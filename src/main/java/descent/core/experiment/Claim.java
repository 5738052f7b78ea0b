package descent.core.experiment;

/**
 * What a lesson says the learner will see, as a test over a race's metrics after the lesson's step count. The
 * JVM tests check it after {@link Lesson#steps()} steps; the page can show the same verdict.
 */
@FunctionalInterface
public interface Claim {
    Verdict check(Race race);
}
