package descent.core.landscape;

import descent.core.optim.AveragingMode;
import descent.core.optim.Hyperparameter;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;

/**
 * The landscape page's race: every racer's path from the same start on the same surface with the shared
 * settings, as the page draws it and as the lessons' checks read it. Buffers are made once; a rerun allocates
 * only the optimizers' own state.
 */
public final class PathRace {
    /** The race's finish line: J − J* below this. */
    public static final double THRESHOLD = 1e-6;
    private static final int NOISE_SEED = 7;
    private static final double EMA_DECAY = 0.9;

    private final Path[] paths;
    private final OptimizerKind[] kinds;
    private final NoisyClippedSurface objective = new NoisyClippedSurface();
    private int count;
    private int longest;
    private Surface surface;
    private double clip;

    public PathRace(int maxRacers, int capacity) {
        paths = new Path[maxRacers];
        kinds = new OptimizerKind[maxRacers];
        for (int i = 0; i < maxRacers; i++) {
            paths[i] = new Path(capacity);
        }
    }

    /** The race of a lesson at its own settings. */
    public static PathRace of(LandscapeLesson l) {
        PathRace race = new PathRace(l.optimizerCount(), LandscapeChoices.maxSteps());
        OptimizerKind[] k = new OptimizerKind[l.optimizerCount()];
        for (int i = 0; i < k.length; i++) {
            k[i] = l.optimizer(i);
        }
        race.setRacers(k, k.length);
        race.run(l.surface().create(l.kappa()), l.startX(), l.startY(), l.steps(), l.learningRate(), l.momentum(),
                0, l.clip(), AveragingMode.NONE);
        return race;
    }

    public void setRacers(OptimizerKind[] chosen, int n) {
        count = Math.min(n, kinds.length);
        System.arraycopy(chosen, 0, kinds, 0, count);
    }

    /**
     * Traces each racer from (x0, y0) for {@code steps} steps. ε and α reach only the rules that use them;
     * clipping only the first-order rules (the line searches compare values with slopes). Racer r's noise
     * has its own seed, the same on every rerun.
     */
    public void run(Surface s, double x0, double y0, int steps, double learningRate, double momentum, double noise,
            double clipAt, AveragingMode averaging) {
        surface = s;
        clip = clipAt;
        longest = 0;
        for (int r = 0; r < count; r++) {
            OptimizerKind kind = kinds[r];
            OptimizerSettings settings = kind.defaults();
            if (kind.uses(Hyperparameter.LEARNING_RATE)) {
                settings = settings.withLearningRate(learningRate);
            }
            if (kind.uses(Hyperparameter.MOMENTUM)) {
                settings = settings.withMomentum(momentum);
            }
            objective.reset(s, noise, kind.usesLearningRate() ? clipAt : 0, NOISE_SEED + r);
            paths[r].trace(objective, kind, settings, x0, y0, steps, THRESHOLD, averaging, EMA_DECAY);
            longest = Math.max(longest, paths[r].steps());
        }
    }

    /** The claim of {@code lesson}, checked on this race. */
    public LessonVerdict verdict(LandscapeLesson lesson) {
        return LessonChecks.check(lesson, surface, kinds, paths, count, clip);
    }

    public int count() {
        return count;
    }

    public Path path(int r) {
        return paths[r];
    }

    public OptimizerKind kind(int r) {
        return kinds[r];
    }

    /** The most steps any racer took. */
    public int longest() {
        return longest;
    }

    public Surface surface() {
        return surface;
    }
}
