package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/** Paths on the surfaces: the ravine, divergence, clipping, averaging, noise and the Newton rules. */
class PathTest {
    private static final OptimizerSettings PAGE = OptimizerSettings.DEFAULTS.withLearningRate(0.03).withMomentum(0.9);

    private static Path trace(Surface s, OptimizerKind kind, OptimizerSettings settings, int steps, double noise,
            double clip, AveragingMode mode) {
        NoisyClippedSurface objective = new NoisyClippedSurface();
        objective.reset(s, noise, clip, 1);
        return new Path(steps).trace(objective, kind, settings, s.startX(), s.startY(), steps, 1e-6, mode, 0.9);
    }

    @Test
    void onTheRavineMomentumReachesOneMillionthBeforeGradientDescent() {
        QuadraticBowl q = new QuadraticBowl(50);
        Path gd = trace(q, OptimizerKind.GD, PAGE, 1000, 0, 0, AveragingMode.NONE);
        Path momentum = trace(q, OptimizerKind.MOMENTUM, PAGE, 1000, 0, 0, AveragingMode.NONE);
        assertTrue(gd.firstStepBelow() > 0 && momentum.firstStepBelow() > 0);
        assertTrue(momentum.firstStepBelow() < gd.firstStepBelow(),
                "momentum " + momentum.firstStepBelow() + " vs GD " + gd.firstStepBelow());
        assertTrue(gd.loss(gd.firstStepBelow()) < 1e-6);
        assertTrue(gd.loss(gd.firstStepBelow() - 1) >= 1e-6);
        assertEquals(1001, gd.size());
        assertEquals(-1, gd.divergedAt());
    }

    @Test
    void aDivergingPathStopsAtItsFirstNonFiniteValueAndKeepsTheLastFinitePoint() {
        QuadraticBowl q = new QuadraticBowl(50);
        Path p = trace(q, OptimizerKind.GD, PAGE.withLearningRate(1.0), 2000, 0, 0, AveragingMode.NONE);
        assertTrue(p.divergedAt() > 10, "diverged at " + p.divergedAt());
        assertEquals(p.divergedAt(), p.size());
        assertTrue(Double.isFinite(p.lastLoss()) && Double.isFinite(p.lastX()) && Double.isFinite(p.lastY()));
    }

    @Test
    void clippingKeepsTheCliffFromCatapultingAndItsStepsAreMarked() {
        PlateauCliff s = new PlateauCliff();
        OptimizerSettings settings = PAGE.withLearningRate(0.5);
        Path free = trace(s, OptimizerKind.GD, settings, 300, 0, 0, AveragingMode.NONE);
        Path clipped = trace(s, OptimizerKind.GD, settings, 300, 0, 1, AveragingMode.NONE);
        double longest = 0;
        for (int i = 1; i < free.size(); i++) {
            longest = Math.max(longest, Math.hypot(free.x(i) - free.x(i - 1), free.y(i) - free.y(i - 1)));
        }
        assertTrue(longest > 5, "thrown: " + longest);
        assertEquals(0, free.clippedSteps());
        assertTrue(clipped.clippedSteps() > 0);
        for (int i = 1; i < clipped.size(); i++) {
            double len = Math.hypot(clipped.x(i) - clipped.x(i - 1), clipped.y(i) - clipped.y(i - 1));
            assertTrue(len <= 0.5 + 1e-12, "step " + i + " length " + len);
        }
        assertTrue(clipped.lastLoss() < 0.01, "clipped ends in the bowl: " + clipped.lastLoss());
        assertTrue(free.lastLoss() > 0.5, "unclipped ends on the plateau: " + free.lastLoss());
    }

    @Test
    void polyakAverageIsTheMeanOfTheIterates() {
        QuadraticBowl q = new QuadraticBowl(10);
        Path p = trace(q, OptimizerKind.GD, PAGE, 50, 0.5, 0, AveragingMode.POLYAK);
        assertTrue(p.isAveraging());
        double sx = 0;
        double sy = 0;
        for (int i = 1; i <= 50; i++) {
            sx += p.x(i);
            sy += p.y(i);
        }
        assertEquals(sx / 50, p.averageX(50), 1e-12);
        assertEquals(sy / 50, p.averageY(50), 1e-12);
    }

    @Test
    void noiseIsSeededAndChangesThePath() {
        QuadraticBowl q = new QuadraticBowl(10);
        Path a = trace(q, OptimizerKind.GD, PAGE, 100, 0.3, 0, AveragingMode.NONE);
        Path b = trace(q, OptimizerKind.GD, PAGE, 100, 0.3, 0, AveragingMode.NONE);
        Path exact = trace(q, OptimizerKind.GD, PAGE, 100, 0, 0, AveragingMode.NONE);
        assertEquals(a.lastX(), b.lastX(), 0);
        assertTrue(a.lastX() != exact.lastX());
    }

    @Test
    void newtonJumpsOntoTheSaddleAndSaddleFreeNewtonRunsAway() {
        SaddleSurface s = new SaddleSurface();
        Path newton = trace(s, OptimizerKind.NEWTON, PAGE, 5, 0, 0, AveragingMode.NONE);
        assertEquals(0, newton.x(1), 1e-12);
        assertEquals(0, newton.y(1), 1e-12);
        Path free = trace(s, OptimizerKind.SADDLE_FREE_NEWTON, PAGE, 5, 0, 0, AveragingMode.NONE);
        assertTrue(Math.abs(free.y(free.size() - 1)) > Math.abs(s.startY()), "escapes along y");
        assertTrue(free.lastLoss() < s.value(s.startX(), s.startY()));
    }

    @Test
    void quasiNewtonAndConjugateGradientSolveRosenbrock() {
        Rosenbrock r = new Rosenbrock();
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.BFGS, OptimizerKind.LBFGS, OptimizerKind.CG,
                OptimizerKind.NEWTON}) {
            Path p = trace(r, kind, kind.defaults(), 300, 0, 0, AveragingMode.NONE);
            assertTrue(p.firstStepBelow() > 0 && p.firstStepBelow() < 300, kind + " " + p.firstStepBelow()
                    + " loss " + p.lastLoss());
            assertTrue(r.distanceToNearestMinimum(p.lastX(), p.lastY()) < 1e-2, kind.id());
        }
    }
}
