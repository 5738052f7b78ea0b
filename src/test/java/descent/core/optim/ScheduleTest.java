package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ε_k of every schedule at chosen k, worked by hand with ε0 = 0.1. */
class ScheduleTest {
    private static final double E0 = 0.1;

    @Test
    void constant() {
        LearningRateSchedule s = LearningRateSchedule.constant();
        assertEquals(0.1, s.rate(E0, 0));
        assertEquals(0.1, s.rate(E0, 123456));
    }

    @Test
    void linearDecayToOnePercent() {
        // ε_τ = 0.01·0.1 = 0.001; k = 50 of τ = 100: 0.5·0.1 + 0.5·0.001 = 0.0505
        LearningRateSchedule s = LearningRateSchedule.linearDecay(100);
        assertEquals(0.1, s.rate(E0, 0), 1e-16);
        assertEquals(0.0505, s.rate(E0, 50), 1e-16);
        assertEquals(0.001, s.rate(E0, 100), 1e-16);
        assertEquals(0.001, s.rate(E0, 5000), 1e-16);
        // a chosen final fraction: 10% → ε_τ = 0.01; k = 25 of 100: 0.75·0.1 + 0.25·0.01 = 0.0775
        assertEquals(0.0775, LearningRateSchedule.linearDecay(100, 0.1).rate(E0, 25), 1e-16);
    }

    @Test
    void stepDecay() {
        LearningRateSchedule s = LearningRateSchedule.stepDecay(10, 0.5);
        assertEquals(0.1, s.rate(E0, 9), 1e-16);
        assertEquals(0.05, s.rate(E0, 10), 1e-16);
        assertEquals(0.025, s.rate(E0, 25), 1e-16);
    }

    @Test
    void exponential() {
        assertEquals(0.081, LearningRateSchedule.exponential(0.9).rate(E0, 2), 1e-16); // 0.1·0.81
    }

    @Test
    void inverseTime() {
        // τ = 1: ε0/(1 + k) = ε0/t with t counted from 1
        LearningRateSchedule s = LearningRateSchedule.inverseTime(1);
        assertEquals(0.1, s.rate(E0, 0), 1e-16);
        assertEquals(0.05, s.rate(E0, 1), 1e-16);
        assertEquals(0.025, s.rate(E0, 3), 1e-16);
        assertEquals(0.05, LearningRateSchedule.inverseTime(10).rate(E0, 10), 1e-16); // 0.1/(1 + 1)
    }

    @Test
    void cosine() {
        // k = 50 of 100: cos(π/2) = 0, so halfway between ε0 and ε_τ
        assertEquals(0.1, LearningRateSchedule.cosine(100).rate(E0, 0), 1e-16);
        assertEquals(0.05, LearningRateSchedule.cosine(100).rate(E0, 50), 1e-16);
        assertEquals(0, LearningRateSchedule.cosine(100).rate(E0, 100), 1e-16);
        assertEquals(0.055, LearningRateSchedule.cosine(100, 0.1).rate(E0, 50), 1e-16); // 0.01 + 0.5·0.09
        assertEquals(0.01, LearningRateSchedule.cosine(100, 0.1).rate(E0, 400), 1e-16);
    }

    @Test
    void warmUpRampsThenHandsOver() {
        // 4 warm-up steps: 0.1·1/4, 0.1·2/4, 0.1·3/4, 0.1·4/4, then the shape from its own k = 0
        LearningRateSchedule s = LearningRateSchedule.linearDecay(10).withWarmup(4);
        assertEquals(0.025, s.rate(E0, 0), 1e-16);
        assertEquals(0.05, s.rate(E0, 1), 1e-16);
        assertEquals(0.1, s.rate(E0, 3), 1e-16);
        assertEquals(0.1, s.rate(E0, 4), 1e-16);
        assertEquals(0.0505, s.rate(E0, 9), 1e-16); // linear at j = 5 of τ = 10
    }

    @Test
    void onlyInverseTimeSatisfiesTheConvergenceCondition() {
        assertTrue(LearningRateSchedule.inverseTime(1).satisfiesRobbinsMonro());
        assertFalse(LearningRateSchedule.constant().satisfiesRobbinsMonro());
        assertFalse(LearningRateSchedule.linearDecay(100).satisfiesRobbinsMonro());
        assertFalse(LearningRateSchedule.exponential(0.99).satisfiesRobbinsMonro());
        assertFalse(LearningRateSchedule.cosine(100).satisfiesRobbinsMonro());
        // numerically: Σ ε0/t keeps growing (harmonic, ≈ ε0 ln n), Σ (ε0/t)² stays below ε0² π²/6
        LearningRateSchedule s = LearningRateSchedule.inverseTime(1);
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < 100000; k++) {
            double e = s.rate(E0, k);
            sum += e;
            squares += e * e;
        }
        assertTrue(sum > 0.1 * Math.log(100000));
        assertTrue(squares < 0.01 * Math.PI * Math.PI / 6);
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.linearDecay(0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.linearDecay(10, 1.5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.exponential(1.5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.stepDecay(10, 0));
        assertEquals(LearningRateSchedule.cosine(50), LearningRateSchedule.cosine(50, 0));
        assertEquals(ScheduleKind.INVERSE_TIME, ScheduleKind.fromId("inverse-time"));
    }
}
