package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.Lesson;
import descent.core.experiment.Lessons;
import descent.core.experiment.PlaygroundConfig;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.nn.Loss;
import descent.core.optim.AveragingMode;
import descent.core.optim.CgVariant;
import descent.core.optim.ClipMode;
import descent.core.optim.LearningRateSchedule;
import descent.core.optim.LineSearchKind;
import descent.core.optim.OptimizerKind;
import descent.core.optim.ScheduleKind;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashStateRoundTripTest {
    /** decode(encode(c)) is c, without notices, and writing it again gives the same hash. */
    private static String assertRoundTrip(PlaygroundConfig c, Set<String> hidden) {
        String hash = HashState.encode(c, hidden);
        DecodedState back = HashState.decode(hash);
        assertEquals(ConfigText.of(c), ConfigText.of(back.config()), hash);
        assertEquals(hidden == null ? Set.of() : hidden, back.hidden(), hash);
        assertEquals(java.util.List.of(), back.notices(), hash);
        assertEquals(hash, HashState.encode(back.config(), back.hidden()));
        ValidState.check(back, hash);
        return hash;
    }

    @Test
    void theDefaultPageHasAnEmptyHash() {
        assertEquals("", HashState.encode(new PlaygroundConfig()));
        DecodedState s = HashState.decode("");
        assertEquals(ConfigText.of(new PlaygroundConfig()), ConfigText.of(s.config()));
        assertTrue(s.isClean());
        assertTrue(s.hidden().isEmpty());
        assertEquals(ConfigText.of(new PlaygroundConfig()), ConfigText.of(HashState.decode("#").config()));
    }

    @Test
    void aTypicalStateReadsLikeTheDocumentedExample() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = DatasetKind.SPIRAL;
        c.noise = 0.2;
        c.hiddenLayers = new int[] {8, 8, 4};
        c.lanes = new LaneConfig[] {LaneConfig.of(OptimizerKind.GD, 0.3), LaneConfig.of(OptimizerKind.ADAM, 0.001)};
        c.lanes[1].label = "fast";
        assertEquals("data=spiral&noise=0.2&layers=8,8,4&lanes=2&l0.lr=0.3&l1.opt=adam&l1.label=fast",
                assertRoundTrip(c, null));
    }

    @Test
    void eachOptimizerAtItsDefaultsIsJustItsId() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            PlaygroundConfig c = new PlaygroundConfig();
            c.lanes[3] = LaneConfig.of(kind, kind.defaults().learningRate());
            String expected = kind == OptimizerKind.ADAM ? "l3.lr=0.001" : "l3.opt=" + kind.id();
            assertEquals(expected, assertRoundTrip(c, null));

            c.lanes[0] = LaneConfig.of(kind, 0.25);
            c.lanes[0].settings = c.lanes[0].settings.withMomentum(0.5).withBeta2(0.99);
            assertRoundTrip(c, null);
        }
    }

    @Test
    void everyFieldChangedWritesEveryKey() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = DatasetKind.BUMPS;
        c.points = 1234;
        c.scaleX = 2;
        c.scaleY = 0.05;
        c.noise = 0.35;
        c.trainFraction = 0.7;
        c.seed = 987654321;
        c.hiddenLayers = new int[] {64, 1, 7};
        c.activation = Activation.RELU;
        c.loss = Loss.SQUARED_ERROR;
        c.shuffle = false;
        c.lesson = "momentum-vs-sgd";
        c.logScale = true;
        c.examplesAxis = true;
        c.smoothCharts = false;
        c.ruleViews = new int[] {0, 2};
        c.diagramViews = new int[] {1};
        c.surface = descent.core.experiment.SurfaceView.RANDOM;
        c.ownData = true;
        c.lanes = new LaneConfig[3];
        ScheduleKind[] shapes = {ScheduleKind.LINEAR, ScheduleKind.STEP, ScheduleKind.EXPONENTIAL};
        for (int i = 0; i < 3; i++) {
            LaneConfig l = LaneConfig.of(OptimizerKind.LBFGS, 0.5);
            l.label = "Lane « " + i + " » ε=½ 😀";
            l.settings = l.settings.withMomentum(0.5).withRho(0.8).withBeta1(0.7).withBeta2(0.95).withDelta(1e-5)
                    .withWeightDecay(0.1).withMemory(5).withLineSearch(LineSearchKind.ARMIJO)
                    .withLineSearchConstants(0.01, 0.5).withMaxLineSearchTrials(7)
                    .withCgVariant(CgVariant.FLETCHER_REEVES).withDamping(0.5);
            l.batchSize = 0;
            l.init = Init.HE_NORMAL;
            l.initScale = 2.5;
            l.batchNorm = true;
            l.schedule = (i == 0 ? LearningRateSchedule.linearDecay(300, 0.2)
                    : i == 1 ? LearningRateSchedule.stepDecay(50, 0.3) : LearningRateSchedule.exponential(0.99))
                    .withWarmup(20);
            assertEquals(shapes[i], l.schedule.kind());
            l.clip = ClipMode.VALUE;
            l.clipThreshold = 0.25;
            l.averaging = AveragingMode.EMA;
            l.averagingDecay = 0.9;
            l.l2 = 0.001;
            c.lanes[i] = l;
        }
        SortedSet<String> hidden = new TreeSet<>(Set.of("seed", "data-picker"));
        String hash = assertRoundTrip(c, hidden);
        for (Property<SharedDraft> row : StateTable.SHARED) {
            assertTrue(hash.contains(row.key() + "="), row.key() + " in " + hash);
        }
        for (Property<LaneDraft> row : StateTable.LANE) {
            boolean somewhere = false;
            for (int i = 0; i < 3; i++) {
                somewhere |= hash.contains("l" + i + "." + row.key() + "=");
            }
            assertTrue(somewhere, row.key() + " in " + hash);
        }
    }

    @Test
    void sixLanesOfEveryKindRoundTrip() {
        OptimizerKind[] kinds = OptimizerKind.values();
        for (int start = 0; start < kinds.length; start += 6) {
            PlaygroundConfig c = new PlaygroundConfig();
            c.lanes = new LaneConfig[6];
            for (int i = 0; i < 6; i++) {
                c.lanes[i] = LaneConfig.of(kinds[(start + i) % kinds.length], 0.02 + i);
            }
            assertRoundTrip(c, null);
        }
    }

    @Test
    void randomValidConfigurationsRoundTripExactly() {
        RandomConfigs random = new RandomConfigs(20261122);
        for (int k = 0; k < 1000; k++) {
            assertRoundTrip(random.config(), random.hidden());
        }
    }

    @Test
    void theLongestPossibleStateFitsTheReadLimit() {
        RandomConfigs random = new RandomConfigs(3);
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = DatasetKind.GAUSSIANS;
        c.points = 1999;
        c.scaleX = 12.34567890123456;
        c.scaleY = 0.01234567890123456;
        c.noise = 0.1234567890123456;
        c.trainFraction = 0.1234567890123456;
        c.seed = 2147483646;
        c.hiddenLayers = new int[] {64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64};
        c.lesson = "x".repeat(40);
        c.lanes = new LaneConfig[6];
        double digits = 0.1234567890123456;
        for (int i = 0; i < 6; i++) {
            LaneConfig l = LaneConfig.of(OptimizerKind.AMSGRAD, 1.234567890123456e-5);
            l.label = "😀".repeat(16);
            l.settings = l.settings.withMomentum(digits).withRho(digits).withBeta1(digits).withBeta2(digits)
                    .withDelta(1.234567890123456e-5).withWeightDecay(digits).withMemory(49)
                    .withLineSearch(LineSearchKind.ARMIJO).withLineSearchConstants(1.234567890123456e-5, digits)
                    .withMaxLineSearchTrials(99).withCgVariant(CgVariant.FLETCHER_REEVES).withDamping(123.4567890123456);
            l.batchSize = 1999;
            l.init = Init.UNIFORM_1_OVER_SQRT_M;
            l.initScale = 1.234567890123456;
            l.batchNorm = true;
            l.schedule = LearningRateSchedule.cosine(99999, digits).withWarmup(99999);
            l.clip = ClipMode.VALUE;
            l.clipThreshold = 1.234567890123456e-4;
            l.averaging = AveragingMode.POLYAK;
            l.averagingDecay = digits;
            c.lanes[i] = l;
        }
        SortedSet<String> fullIds = new TreeSet<>();
        while (fullIds.size() < 32) {
            fullIds.add((random.token(24) + "x".repeat(24)).substring(0, 24));
        }
        String hash = assertRoundTrip(c, fullIds);
        assertTrue(hash.length() < Limits.MAX_HASH_CHARS, hash.length() + " characters");
    }

    @Test
    void rowsApplyInTableOrderWhateverTheOrderInTheHash() {
        LaneConfig l = HashState.decode("l0.lr=0.5&l0.b1=0.8&l0.opt=adam").config().lanes[0];
        assertEquals(OptimizerKind.ADAM, l.optimizer);
        assertEquals(0.5, l.settings.learningRate());
        assertEquals(0.8, l.settings.beta1());
        assertEquals(0.999, l.settings.beta2(), "the rest from Adam's defaults");

        LaneConfig s = HashState.decode("l1.tau=50&l1.sched=cosine").config().lanes[1];
        assertEquals(LearningRateSchedule.cosine(50), s.schedule);
    }

    @Test
    void lanesStartFromTheDefaultPageAndAnotherOptimizerFromItsOwnDefaults() {
        PlaygroundConfig c = HashState.decode("lanes=6&l1.opt=momentum&l2.opt=momentum&l3.sched=linear").config();
        assertEquals(0.03, c.lanes[1].settings.learningRate(), "lane 1 already is momentum at 0.03");
        assertEquals(OptimizerKind.MOMENTUM.defaults(), c.lanes[2].settings);
        assertEquals(LearningRateSchedule.linearDecay(1000), c.lanes[3].schedule);
        PlaygroundConfig d = new PlaygroundConfig();
        assertEquals(ConfigText.of(d.lanes[0]), ConfigText.of(c.lanes[4]));
        assertEquals(ConfigText.of(d.lanes[1]), ConfigText.of(c.lanes[5]));
    }

    @Test
    void everyLessonRoundTripsExactly() {
        for (Lesson lesson : Lessons.all()) {
            PlaygroundConfig c = lesson.config();
            c.lesson = lesson.id(); // as the page records it
            assertRoundTrip(c, null);
        }
    }

    @Test
    void zeroHiddenLayersIsTheEmptyList() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.hiddenLayers = new int[0];
        assertEquals("layers=", assertRoundTrip(c, null));
    }
}
