package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.DatasetKind;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.optim.Momentum;
import descent.core.optim.OptimizerKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RaceTest {
    private static PlaygroundConfig playground(LaneConfig... lanes) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.points = 200;
        c.lanes = lanes;
        return c;
    }

    private static LaneConfig lane(OptimizerKind kind, double learningRate) {
        return LaneConfig.of(kind, learningRate);
    }

    @Test
    void lanesShareTheDataAndTheirInitialWeightsExactlyWhereTheInitializationsMatch() {
        LaneConfig he = lane(OptimizerKind.GD, 0.1);
        he.init = Init.HE_NORMAL;
        LaneConfig doubled = lane(OptimizerKind.GD, 0.1);
        doubled.initScale = 2;
        Race race = new Race(playground(lane(OptimizerKind.GD, 0.1), lane(OptimizerKind.ADAM, 0.01), he, doubled));

        for (int i = 1; i < race.laneCount(); i++) {
            assertSame(race.data(), ((PlaneTask) race.run(i).task()).data(), "one data split for every lane");
        }
        double[] a = race.run(0).initialParameters();
        double[] b = race.run(1).initialParameters();
        assertNotSame(a, b, "each run owns its copy");
        assertArrayEquals(a, b, 0.0, "same init: bit-identical θ₀");
        assertFalse(Arrays.equals(a, race.run(2).initialParameters()), "He differs from Xavier");
        assertFalse(Arrays.equals(a, race.run(3).initialParameters()), "a scaled init differs");
        // Same seed stream for every init: the He lane equals a run drawn on its own, not a later draw.
        assertArrayEquals(RunSetup.initialParameters(race.config().runConfig(2)), race.run(2).initialParameters(), 0.0);
        assertArrayEquals(RunSetup.initialParameters(race.config().runConfig(0)), a, 0.0);
        // Xavier vs twice Xavier: the same underlying random numbers, scaled.
        double[] d = race.run(3).initialParameters();
        for (int p = 0; p < a.length; p++) {
            assertEquals(2 * a[p], d[p], 0.0);
        }
    }

    @Test
    void lanesWithTheSameBatchSizeSeeTheSameMinibatches() {
        LaneConfig slow = lane(OptimizerKind.GD, 0.01);
        LaneConfig fast = lane(OptimizerKind.GD, 0.3);
        LaneConfig single = lane(OptimizerKind.GD, 0.3);
        single.batchSize = 1;
        Race race = new Race(playground(slow, fast, single));
        race.steps(1);
        assertEquals(race.run(0).lastLoss(), race.run(1).lastLoss(), 0.0, "same θ₀, same first batch");
        assertNotEquals(race.run(0).lastLoss(), race.run(2).lastLoss(), "a batch of one is another batch");
        // Identical lanes stay identical: same data, θ₀ and batches, and nothing else differs.
        Race twins = new Race(playground(lane(OptimizerKind.MOMENTUM, 0.05), lane(OptimizerKind.MOMENTUM, 0.05)));
        twins.steps(120);
        assertArrayEquals(twins.run(0).parameters(), twins.run(1).parameters(), 0.0);
    }

    @Test
    void stepsAdvanceEveryLaneInLockstep() {
        Race race = new Race(playground(PlaygroundConfig.defaultLanes()));
        assertEquals(4, race.laneCount());
        int applied = race.steps(37);
        assertEquals(4 * 37, applied);
        for (int i = 0; i < 4; i++) {
            assertEquals(37, race.run(i).stepCount());
            assertEquals(Status.RUNNING, race.run(i).status());
        }
    }

    @Test
    void aDivergedLaneStopsWhileTheOthersGoOn() {
        PlaygroundConfig c = playground(lane(OptimizerKind.GD, 0.05), lane(OptimizerKind.GD, 1e4));
        c.dataset = DatasetKind.PLANE;
        c.activation = Activation.RELU;
        Race race = new Race(c);
        race.steps(200);
        Run good = race.run(0);
        Run bad = race.run(1);
        assertEquals(Status.DIVERGED, bad.status());
        int at = bad.divergedAtStep();
        assertTrue(at >= 1 && at <= 200, "diverged at " + at);
        assertEquals(200, good.stepCount());
        assertEquals(Status.RUNNING, good.status());
        double[] frozen = bad.parameters().clone();
        assertEquals(10, race.steps(10), "only the healthy lane steps");
        assertEquals(210, good.stepCount());
        assertEquals(at, bad.stepCount());
        assertArrayEquals(frozen, bad.parameters(), 0.0);
        assertTrue(Double.isFinite(bad.trainLoss()) && Double.isFinite(bad.validationLoss()),
                "a diverged lane shows its last finite numbers, never ∞ or NaN");
        assertFalse(race.isFinished());
    }

    @Test
    void continuingWithANewLearningRateKeepsThetaAndTheOptimizerState() {
        LaneConfig momentum = lane(OptimizerKind.MOMENTUM, 0.05);
        Race race = new Race(playground(momentum, lane(OptimizerKind.GD, 0.1)));
        race.steps(30);
        Run run = race.run(0);
        double[] theta = run.parameters().clone();
        Object state = run.optimizer();
        LaneConfig faster = race.lane(0);
        faster.settings = faster.settings.withLearningRate(0.02);
        assertEquals("", race.changeLane(0, faster, false));
        assertSame(run, race.run(0), "continue keeps the run");
        assertSame(state, run.optimizer(), "only ε changed: the velocity is kept");
        assertArrayEquals(theta, run.parameters(), 0.0);
        assertEquals(30, run.stepCount());
        assertEquals(0.02, run.learningRate(), 0.0);
        race.steps(30);

        // The same as one run whose ε is changed at step 30: nothing else was touched.
        Run reference = new Run(race.config().runConfig(momentum), race.data(), run.initialParameters());
        reference.steps(30);
        reference.setLearningRate(0.02);
        reference.steps(30);
        assertArrayEquals(reference.parameters(), run.parameters(), 0.0);
        assertEquals(60, race.run(1).stepCount(), "the other lane went on undisturbed");
    }

    @Test
    void continuingWithNewRuleSettingsCarriesStateWhereItCanAndSaysSoWhereItCannot() {
        Race race = new Race(playground(lane(OptimizerKind.MOMENTUM, 0.05), lane(OptimizerKind.ADAM, 0.01)));
        race.steps(20);
        double[] velocity = ((Momentum) race.run(0).optimizer()).velocity().clone();
        LaneConfig heavier = race.lane(0);
        heavier.settings = heavier.settings.withMomentum(0.5);
        assertEquals("", race.changeLane(0, heavier, false), "momentum's velocity can be carried");
        assertArrayEquals(velocity, ((Momentum) race.run(0).optimizer()).velocity(), 0.0);

        LaneConfig adam = race.lane(1);
        adam.settings = adam.settings.withBeta1(0.5);
        String notice = race.changeLane(1, adam, false);
        assertTrue(notice.startsWith("optimizer state starts fresh"), notice);
        assertEquals(20, race.run(1).stepCount(), "still a continue");

        LaneConfig rule = race.lane(1);
        rule.optimizer = OptimizerKind.RMSPROP;
        rule.settings = OptimizerKind.RMSPROP.defaults();
        assertTrue(race.changeLane(1, rule, false).contains("new rule"));
        assertEquals(20, race.run(1).stepCount());
    }

    @Test
    void clippingAveragingAndScheduleChangeInPlace() {
        Race race = new Race(playground(lane(OptimizerKind.GD, 0.5)));
        race.steps(30);
        Run run = race.run(0);
        LaneConfig next = race.lane(0);
        next.clip = descent.core.optim.ClipMode.NORM;
        next.clipThreshold = 0.05;
        next.averaging = descent.core.optim.AveragingMode.EMA;
        next.averagingDecay = 0.9;
        next.schedule = descent.core.optim.LearningRateSchedule.linearDecay(20);
        assertEquals("", race.changeLane(0, next, false));
        assertSame(run, race.run(0));
        assertArrayEquals(run.parameters(), run.averagedParameters(), 0.0, "θ̂ starts over at the current θ");
        assertEquals(0.5, run.learningRate(), 0.0, "the new schedule counts from now");
        race.steps(20);
        assertEquals(50, run.stepCount());
        assertEquals(20, run.clippedStepCount(), "every gradient of this problem exceeds 0.05");
        assertFalse(Arrays.equals(run.parameters(), run.averagedParameters()));
        assertEquals(0.005, run.learningRate(), 1e-15);
    }

    @Test
    void batchNormLanesStartFromTheSameWeightsPlusTheirOwnGammaAndBeta() {
        LaneConfig normalized = lane(OptimizerKind.GD, 0.1);
        normalized.batchNorm = true;
        Race race = new Race(playground(lane(OptimizerKind.GD, 0.1), normalized));
        double[] plain = race.run(0).initialParameters();
        double[] bn = race.run(1).initialParameters();
        assertEquals(plain.length + 2 * (8 + 8), bn.length, "γ and β for two hidden layers of 8");
        assertArrayEquals(plain, Arrays.copyOf(bn, plain.length), 0.0, "the weights are the same draws");
    }

    @Test
    void restartingRebuildsOnlyThatLane_andANewInitializationAlwaysRestarts() {
        Race race = new Race(playground(lane(OptimizerKind.GD, 0.1), lane(OptimizerKind.GD, 0.1)));
        race.steps(25);
        double[] other = race.run(1).parameters().clone();
        LaneConfig changed = race.lane(0);
        changed.settings = changed.settings.withLearningRate(0.3);
        assertEquals("restarted", race.changeLane(0, changed, true));
        assertEquals(0, race.run(0).stepCount());
        assertArrayEquals(race.run(0).initialParameters(), race.run(0).parameters(), 0.0);
        assertArrayEquals(other, race.run(1).parameters(), 0.0);
        assertEquals(25, race.run(1).stepCount());

        race.steps(10);
        LaneConfig zero = race.lane(1);
        zero.init = Init.ZERO;
        assertTrue(race.changeLane(1, zero, false).startsWith("restarted"));
        assertEquals(0, race.run(1).stepCount());
        for (double v : race.run(1).initialParameters()) {
            assertEquals(0, v, 0.0);
        }
    }

    @Test
    void continueAndRestartLeadToDifferentPlaces() {
        Race race = new Race(playground(lane(OptimizerKind.GD, 0.1), lane(OptimizerKind.GD, 0.1)));
        race.steps(40);
        LaneConfig next = race.lane(0);
        next.settings = next.settings.withLearningRate(0.2);
        race.changeLane(0, next, false);
        race.changeLane(1, next, true);
        race.steps(40);
        assertEquals(80, race.run(0).stepCount());
        assertEquals(40, race.run(1).stepCount());
        assertFalse(Arrays.equals(race.run(0).parameters(), race.run(1).parameters()));
    }

    @Test
    void continuingADivergedLaneStartsFromItsLastFiniteWeights() {
        PlaygroundConfig c = playground(lane(OptimizerKind.GD, 1e4));
        c.dataset = DatasetKind.PLANE;
        c.activation = Activation.RELU;
        Race race = new Race(c);
        race.steps(300);
        assertEquals(Status.DIVERGED, race.run(0).status());
        double[] lastGood = race.run(0).parameters().clone();
        LaneConfig calmer = race.lane(0);
        calmer.settings = calmer.settings.withLearningRate(1e-4);
        int at = race.run(0).stepCount();
        assertTrue(race.changeLane(0, calmer, false).contains("last finite"));
        assertEquals(Status.RUNNING, race.run(0).status(), "reopened");
        assertEquals(at, race.run(0).stepCount(), "a continue, not a restart");
        assertArrayEquals(lastGood, race.run(0).parameters(), 0.0);
    }

    @Test
    void lanesCanBeAddedDuplicatedAndRemoved() {
        Race race = new Race(playground(lane(OptimizerKind.MOMENTUM, 0.05), lane(OptimizerKind.GD, 0.1)));
        race.steps(50);
        int copy = race.duplicateLane(0);
        assertEquals(2, copy);
        assertEquals(3, race.laneCount());
        assertEquals(0, race.run(copy).stepCount(), "a duplicate starts fresh");
        assertArrayEquals(race.run(0).initialParameters(), race.run(copy).initialParameters(), 0.0);
        race.steps(50);
        // A fresh run of the original's configuration retraces the original exactly.
        race.restartLane(0);
        race.run(0).steps(50);
        assertArrayEquals(race.run(0).parameters(), race.run(copy).parameters(), 0.0);

        int added = race.addLane(lane(OptimizerKind.ADAM, 0.01));
        assertEquals(3, added);
        assertEquals(OptimizerKind.ADAM, race.lane(added).optimizer);
        race.addLane(lane(OptimizerKind.GD, 0.1));
        race.addLane(lane(OptimizerKind.GD, 0.2));
        assertEquals(PlaygroundConfig.MAX_LANES, race.laneCount());
        assertThrows(IllegalStateException.class, () -> race.addLane(lane(OptimizerKind.GD, 0.1)));

        Run third = race.run(2);
        race.removeLane(1);
        assertEquals(5, race.laneCount());
        assertSame(third, race.run(1), "later lanes move up");
        assertEquals(5, race.config().lanes.length);
        while (race.laneCount() > 1) {
            race.removeLane(0);
        }
        assertThrows(IllegalStateException.class, () -> race.removeLane(0));
        assertThrows(IndexOutOfBoundsException.class, () -> race.run(1));
    }

    @Test
    void resetReplaysEveryLane() {
        Race race = new Race(playground(PlaygroundConfig.defaultLanes()));
        race.steps(60);
        double[][] after = new double[4][];
        for (int i = 0; i < 4; i++) {
            after[i] = race.run(i).parameters().clone();
        }
        race.reset();
        for (int i = 0; i < 4; i++) {
            assertEquals(0, race.run(i).stepCount());
            assertArrayEquals(race.run(i).initialParameters(), race.run(i).parameters(), 0.0);
        }
        race.steps(60);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(after[i], race.run(i).parameters(), 0.0);
        }
    }

    @Test
    void secondOrderRulesAreOfferedOnlyForSmallNetworksWithTheFullBatch() {
        assertEquals("", LaneCheck.secondOrderReason(OptimizerKind.NEWTON, 105, true));
        assertTrue(LaneCheck.secondOrderReason(OptimizerKind.NEWTON, 105, false).contains("full batch"));
        assertTrue(LaneCheck.secondOrderReason(OptimizerKind.BFGS, 301, true).contains("300"));
        assertEquals("", LaneCheck.secondOrderReason(OptimizerKind.LBFGS, 5000, true), "L-BFGS keeps O(n)");
        assertTrue(LaneCheck.secondOrderReason(OptimizerKind.CG, 50, false).contains("full batch"));
        assertEquals("", LaneCheck.secondOrderReason(OptimizerKind.ADAM, 100000, false));

        PlaygroundConfig big = playground(lane(OptimizerKind.GD, 0.1));
        big.hiddenLayers = new int[] {16, 16};
        assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1, LaneCheck.parameterCount(big, false));
        LaneConfig newton = lane(OptimizerKind.NEWTON, 0.1);
        newton.batchSize = 0;
        assertTrue(LaneCheck.secondOrderReason(big, newton).contains("337"));
        big.lanes = new LaneConfig[] {lane(OptimizerKind.GD, 0.1), newton};
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Race(big));
        assertTrue(refused.getMessage().contains("parameters"), refused.getMessage());
        LaneConfig minibatchNewton = newton.copy();
        minibatchNewton.batchSize = 10;
        Race race = new Race(playground(lane(OptimizerKind.GD, 0.1)));
        assertThrows(IllegalArgumentException.class, () -> race.addLane(minibatchNewton));
        assertEquals(1, race.laneCount());
        LaneConfig clippedBfgs = lane(OptimizerKind.BFGS, 0.1);
        clippedBfgs.batchSize = 0;
        clippedBfgs.clip = descent.core.optim.ClipMode.NORM;
        assertFalse(LaneCheck.problem(race.config(), clippedBfgs).isEmpty());
    }

    @Test
    void newtonOnASmallNetworkRunsAndReportsItsGuardRails() {
        LaneConfig newton = lane(OptimizerKind.NEWTON, 0.1);
        newton.batchSize = 0;
        LaneConfig adam = lane(OptimizerKind.ADAM, 0.01);
        PlaygroundConfig c = playground(newton, adam);
        c.hiddenLayers = new int[] {4};
        c.points = 100;
        Race race = new Race(c);
        race.steps(10);
        Run run = race.run(0);
        assertTrue(run.isFullBatch());
        assertTrue(run.guardRailCount() > 0, "Newton on a network meets an indefinite or singular H");
        assertEquals(run.guardRails().total(), run.guardRailCount());
        assertTrue(run.lastGuardRail().startsWith("step "), run.lastGuardRail());
        assertEquals(null, race.run(1).guardRails());
        assertEquals("", race.run(1).lastGuardRail());
    }

    /** A settings-only race (the page's, where the worker trains) has the same data and θ₀ but skips evaluating θ₀. */
    @Test
    void aSettingsOnlyRaceHasTheSameStartWithoutItsNumbers() {
        PlaygroundConfig config = new PlaygroundConfig();
        Race full = new Race(config);
        Race settings = Race.settingsOnly(config);
        assertEquals(full.laneCount(), settings.laneCount());
        for (int i = 0; i < full.laneCount(); i++) {
            assertArrayEquals(full.run(i).initialParameters(), settings.run(i).initialParameters());
            assertArrayEquals(full.data().train().points(), settings.data().train().points());
            assertTrue(Double.isFinite(full.run(i).trainLoss()));
            assertTrue(Double.isNaN(settings.run(i).trainLoss()), "θ₀ was not evaluated");
        }
        int added = settings.addLane(settings.lane(0));
        assertTrue(Double.isNaN(settings.run(added).trainLoss()), "nor is an added lane's");
    }
}
