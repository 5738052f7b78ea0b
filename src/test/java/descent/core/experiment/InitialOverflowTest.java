package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A run that cannot take one step because θ₀ itself overflows says so, not "loss is NaN". */
class InitialOverflowTest {
    @Test
    void hugeInitialWeightsAreNamedAsTheCause() {
        RunConfig config = new RunConfig();
        config.initScale = 1e308;
        Run run = new Run(config);
        double start = run.trainLoss();
        assertTrue(start != start, "the claim in the reason holds: the loss at θ₀ is not a number");
        assertFalse(run.step());
        assertEquals(Status.DIVERGED, run.status());
        assertEquals(1, run.divergedAtStep());
        assertEquals("the initial weights are too large (largest |θ₀ᵢ| = 7.29e307): the loss at θ₀ overflowed "
                + "before the first step", run.divergenceReason());
    }

    @Test
    void aRunThatStartsFiniteKeepsTheSymptomAsItsReason() {
        RunConfig config = new RunConfig();
        config.learningRate = 1e300;
        Run run = new Run(config);
        run.steps(50);
        assertEquals(Status.DIVERGED, run.status());
        assertFalse(run.divergenceReason().contains("initial weights"), run.divergenceReason());
    }
}
