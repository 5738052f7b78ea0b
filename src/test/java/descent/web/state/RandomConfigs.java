package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.experiment.LaneConfig;
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
import descent.core.optim.OptimizerSettings;

import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Random configurations within the documented bounds (written out here, not taken from the table): each
 * field is left at its default or changed, to a round value or to an arbitrary double, so that round trips
 * see both short hashes and every digit a double can need.
 */
final class RandomConfigs {
    private static final String LABEL_CHARS = "abcXYZ019 -_.,;:!?'\"&=+#%/()[]{}~*@$^|\\`éßΩβ₁中😀🎉";
    private final Random random;

    RandomConfigs(long seed) {
        this.random = new Random(seed);
    }

    PlaygroundConfig config() {
        PlaygroundConfig c = new PlaygroundConfig();
        if (flip()) c.dataset = pick(DatasetKind.values());
        if (flip()) c.points = between(10, 2000);
        if (flip()) c.scaleX = real(0.01, 100);
        if (flip()) c.scaleY = real(0.01, 100);
        if (flip()) c.noise = real(0, 0.5);
        if (flip()) c.trainFraction = real(0.1, 0.9);
        if (flip()) c.seed = random.nextInt(4) == 0 ? Integer.MAX_VALUE - random.nextInt(3) : random.nextInt(100000);
        if (flip()) {
            c.hiddenLayers = new int[random.nextInt(13)];
            for (int i = 0; i < c.hiddenLayers.length; i++) {
                c.hiddenLayers[i] = between(1, 64);
            }
        }
        if (flip()) c.activation = pick(Activation.values());
        if (flip()) c.loss = pick(Loss.values());
        if (flip()) c.shuffle = random.nextBoolean();
        if (flip()) c.lesson = token(40);
        if (flip()) c.logScale = random.nextBoolean();
        if (flip()) c.examplesAxis = random.nextBoolean();
        if (flip()) c.smoothCharts = random.nextBoolean();
        if (flip()) c.ownData = random.nextBoolean();
        if (flip()) {
            c.lanes = new LaneConfig[between(1, 6)];
            for (int i = 0; i < c.lanes.length; i++) {
                c.lanes[i] = lane(i);
            }
        } else {
            for (int i = 0; i < c.lanes.length; i++) {
                if (flip()) c.lanes[i] = lane(i);
            }
        }
        return c;
    }

    SortedSet<String> hidden() {
        SortedSet<String> ids = new TreeSet<>();
        int n = random.nextInt(3) == 0 ? random.nextInt(33) : 0;
        while (ids.size() < n) {
            ids.add(token(24));
        }
        return ids;
    }

    LaneConfig lane(int index) {
        LaneConfig l = random.nextInt(3) == 0 ? PlaygroundConfig.defaultLanes()[index % 4].copy() : new LaneConfig();
        if (flip()) l.label = label();
        if (flip()) {
            l.optimizer = pick(OptimizerKind.values());
            l.settings = l.optimizer.defaults();
        }
        l.settings = settings(l.settings);
        if (flip()) l.batchSize = random.nextInt(5) == 0 ? 0 : between(1, 2000);
        if (flip()) l.init = pick(Init.values());
        if (flip()) l.initScale = real(0, 10);
        if (flip()) l.batchNorm = random.nextBoolean();
        if (flip()) l.schedule = schedule();
        if (flip()) l.clip = pick(ClipMode.values());
        if (flip()) l.clipThreshold = real(1e-4, 1e4);
        if (flip()) l.averaging = pick(AveragingMode.values());
        if (flip()) l.averagingDecay = real(0, 0.9999);
        if (flip()) l.l2 = real(0, 1);
        return l;
    }

    private OptimizerSettings settings(OptimizerSettings s) {
        if (flip()) s = s.withLearningRate(real(1e-6, 100));
        if (flip()) s = s.withMomentum(real(0, 0.9999));
        if (flip()) s = s.withRho(real(0, 0.9999));
        if (flip()) s = s.withBeta1(real(0, 0.9999));
        if (flip()) s = s.withBeta2(real(0, 0.9999));
        if (flip()) s = s.withDelta(real(0, 1));
        if (flip()) s = s.withWeightDecay(real(0, 1));
        if (flip()) s = s.withMemory(between(1, 50));
        if (flip()) s = s.withLineSearch(pick(LineSearchKind.values()));
        if (flip()) {
            double c1 = real(1e-6, 0.5);
            double c2 = real(Math.max(1e-3, c1), 0.999);
            if (c1 < c2) s = s.withLineSearchConstants(c1, c2);
        }
        if (flip()) s = s.withMaxLineSearchTrials(between(1, 100));
        if (flip()) s = s.withCgVariant(pick(CgVariant.values()));
        if (flip()) s = s.withDamping(real(0, 1000));
        return s;
    }

    private LearningRateSchedule schedule() {
        LearningRateSchedule s;
        switch (random.nextInt(6)) {
            case 0: s = LearningRateSchedule.linearDecay(between(1, 100000), real(0, 1)); break;
            case 1: s = LearningRateSchedule.stepDecay(between(1, 100000), real(0.01, 1)); break;
            case 2: s = LearningRateSchedule.exponential(real(0.5, 1)); break;
            case 3: s = LearningRateSchedule.inverseTime(between(1, 100000)); break;
            case 4: s = LearningRateSchedule.cosine(between(1, 100000), real(0, 1)); break;
            default: s = LearningRateSchedule.constant(); break;
        }
        return flip() ? s.withWarmup(between(0, 100000)) : s;
    }

    /** 1 to 32 UTF-16 units of printable text, emoji included, no surrounding spaces. */
    String label() {
        StringBuilder b = new StringBuilder();
        int n = between(1, 20);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(LABEL_CHARS.codePointCount(0, LABEL_CHARS.length()));
            int cp = LABEL_CHARS.codePointAt(LABEL_CHARS.offsetByCodePoints(0, at));
            if (b.length() + Character.charCount(cp) <= 32) {
                b.appendCodePoint(cp);
            }
        }
        String s = b.toString().trim();
        return s.isEmpty() ? "x" : s;
    }

    String token(int maxLength) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
        StringBuilder b = new StringBuilder();
        int n = between(1, maxLength);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A value in [min, max]: an end, a round number or an arbitrary double. */
    double real(double min, double max) {
        switch (random.nextInt(5)) {
            case 0: return min;
            case 1: return max;
            case 2: {
                double v = Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
                return v < min ? min : v > max ? max : v;
            }
            default: {
                double v = min + random.nextDouble() * (max - min);
                return v == 0 ? 0 : v; // never −0, which reads back as 0
            }
        }
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean flip() {
        return random.nextBoolean();
    }

    <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
