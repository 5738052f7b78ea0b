package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlotRangeTest {

    private static Series of(double... values) {
        Series s = new Series(values.length + 2);
        for (int i = 0; i < values.length; i++) {
            s.add(i, values[i]);
        }
        return s;
    }

    @Test
    void aDivergedLaneCountsOnlyUntilItLeavesTheRange() {
        PlotRange range = new PlotRange(4);
        range.add(of(0.8, 0.1, 0.01), false);
        range.add(of(0.8, 0.3, 0.05), false);
        range.add(of(0.8, 0.005, 2, 1e10, 1e305, 0.001), true); // dips, climbs past 3 × 0.8, never counts again
        range.compute(true);
        assertEquals(0.005, range.min());
        assertEquals(2, range.max());
        assertEquals(0.8, range.healthyMax());
    }

    @Test
    void aDivergedLaneNeverWidensTheTopByMoreThanHalfADecade() {
        PlotRange range = new PlotRange(2);
        range.add(of(1, 0.5), false);
        range.add(of(1, 2.9, 3.1, 3.0), true); // 3.0 is back under the cap but comes after the exit
        range.compute(true);
        assertEquals(2.9, range.max());
        assertTrue(range.max() <= PlotRange.LOG_ALLOWANCE * range.healthyMax());
    }

    @Test
    void healthySpikesDefineTheRange() {
        PlotRange range = new PlotRange(2);
        range.add(of(1, 50, 0.1), false); // a cliff the lane survives stays in view
        range.add(of(1, 0.2, 0.01), false);
        range.compute(true);
        assertEquals(50, range.max());
        assertEquals(0.01, range.min());
    }

    @Test
    void linearAllowanceIsHalfTheHealthySpan() {
        PlotRange range = new PlotRange(2);
        range.add(of(0, 2), false);
        range.add(of(1, 2.5, 3.5), true); // cap = 2 + 1
        range.compute(false);
        assertEquals(2.5, range.max());
        assertEquals(0, range.min());
    }

    @Test
    void whenEveryLaneDivergedTheirStartsSetTheScale() {
        PlotRange range = new PlotRange(2);
        range.add(of(0.7, 0.75, 1.5, 1e30), true);
        range.add(of(0.7, 5, 1e300), true);
        range.compute(true);
        assertEquals(0.7, range.healthyMax());
        assertEquals(1.5, range.max()); // 5 > 3 × 0.7 is off the top
    }

    @Test
    void logAxisIgnoresZeroNegativeAndNonFinite() {
        PlotRange range = new PlotRange(1);
        range.add(of(0, -1, Double.NaN, Double.POSITIVE_INFINITY, 0.3), false);
        range.compute(true);
        assertEquals(0.3, range.min());
        assertEquals(0.3, range.max());
        range.clear();
        range.compute(true);
        assertTrue(range.isEmpty());
    }

    /** The page's case: the learning-rate lesson's ε = 3 lane overflows; the range stays the other lanes'. */
    @Test
    void theLearningRateLessonKeepsItsScale() {
        Lesson lesson = Lessons.byId("learning-rate");
        Race race = lesson.start();
        race.steps(lesson.steps());
        PlotRange range = new PlotRange(6);
        for (int i = 0; i < race.laneCount(); i++) {
            Run run = race.run(i);
            range.add(run.trainLossSeries(), run.status() == Status.DIVERGED);
            range.add(run.validationLossSeries(), run.status() == Status.DIVERGED);
        }
        range.compute(true);
        assertEquals(Status.DIVERGED, race.run(2).status());
        assertTrue(range.max() <= 10 * range.healthyMax(), range.max() + " vs " + range.healthyMax());
        assertTrue(range.healthyMax() < 100, "healthy lanes' loss " + range.healthyMax());
    }
}
