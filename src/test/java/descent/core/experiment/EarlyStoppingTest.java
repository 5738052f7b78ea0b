package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    @Test
    void theLowestFiniteValueAndTheEarliestOnTies() {
        Series s = new Series(10);
        double[] v = {0.9, 0.5, Double.NaN, 0.3, 0.4, 0.3, Double.NEGATIVE_INFINITY, 0.6};
        for (int i = 0; i < v.length; i++) {
            s.add(i * 5, v[i]);
        }
        assertEquals(3, EarlyStopping.bestIndex(s));
        assertEquals(15, s.step(EarlyStopping.bestIndex(s)));
    }

    @Test
    void noneWithoutFiniteValues() {
        Series s = new Series(4);
        assertEquals(-1, EarlyStopping.bestIndex(s));
        s.add(0, Double.NaN);
        assertEquals(-1, EarlyStopping.bestIndex(s));
    }

    @Test
    void anOverfittingRunStopsBeforeItsEnd() {
        Lesson lesson = Lessons.byId("early-stopping");
        Race race = lesson.start();
        race.steps(lesson.steps());
        Series validation = race.run(0).validationLossSeries();
        int best = EarlyStopping.bestIndex(validation);
        assertEquals(true, best > 0 && best < validation.size() - 1,
                "minimum at index " + best + " of " + validation.size());
    }
}
