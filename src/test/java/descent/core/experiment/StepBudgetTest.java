package descent.core.experiment;

import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The work bound of a scripted step(n), by hand: it counts work, so it is the same on every machine. */
class StepBudgetTest {
    @Test
    void workOfOneStepByHand() {
        assertEquals(10 * 37, StepBudget.work(37, 10, OptimizerKind.ADAM), 0);
        assertEquals(3 * 10 * 37, StepBudget.work(37, 10, OptimizerKind.LBFGS), 0);
        assertEquals(3 * 10 * 37 + 37 * 37, StepBudget.work(37, 10, OptimizerKind.BFGS), 0);
        assertEquals(10 * 37 * 38 + 37.0 * 37 * 37, StepBudget.work(37, 10, OptimizerKind.NEWTON), 0);
    }

    @Test
    void theDefaultLanesKeepTheFullCount() {
        assertEquals(StepBudget.MAX_STEPS, StepBudget.maxSteps(new Race(new PlaygroundConfig())));
    }

    @Test
    void aHeavyRaceGetsFewerStepsInProportionToItsWork() {
        PlaygroundConfig heavy = new PlaygroundConfig();
        heavy.hiddenLayers = new int[] {64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64};
        LaneConfig[] lanes = new LaneConfig[6];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = LaneConfig.of(OptimizerKind.ADAM, 0.001);
            lanes[i].batchSize = 0; // full batch
        }
        heavy.lanes = lanes;
        Race race = new Race(heavy);
        int steps = StepBudget.maxSteps(race);
        double perStep = 0;
        for (int i = 0; i < race.laneCount(); i++) {
            perStep += (double) race.run(i).batchSize() * race.run(i).network().parameterCount();
        }
        assertEquals((int) Math.floor(StepBudget.WORK / perStep), steps);
        assertTrue(steps >= 1 && steps < 1000, "a few hundred steps at most: " + steps);
    }
}
