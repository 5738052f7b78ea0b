package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;
import descent.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/** Each landscape lesson's claim, measured on the paths the page draws. */
class LandscapeLessonsTest {
    private static Path run(LandscapeLesson l, int racer, double clip) {
        Surface s = l.surface().create(l.kappa());
        OptimizerKind kind = l.optimizer(racer);
        OptimizerSettings settings = kind.defaults().withLearningRate(l.learningRate()).withMomentum(l.momentum());
        NoisyClippedSurface objective = new NoisyClippedSurface();
        objective.reset(s, 0, clip, 1);
        return new Path(l.steps()).trace(objective, kind, settings, l.startX(), l.startY(), l.steps(), 1e-6,
                AveragingMode.NONE, 0.9);
    }

    private static LandscapeLesson lesson(String id) {
        LandscapeLesson l = LandscapeLessons.find(id);
        assertSame(id, l == null ? null : l.id());
        return l;
    }

    @Test
    void saddleGradientDescentLingersNearTheOriginThenEscapes() {
        LandscapeLesson l = lesson("saddle");
        Path gd = run(l, 0, 0);
        int near = 0;
        for (int i = 0; i < gd.size(); i++) {
            if (Math.hypot(gd.x(i), gd.y(i)) < 0.3) {
                near++;
            }
        }
        assertTrue(near > 20, "steps near the saddle: " + near);
        assertTrue(Math.abs(gd.lastY()) > 1, "escaped: " + gd.lastY());
    }

    @Test
    void ravineMomentumBeatsGradientDescent() {
        LandscapeLesson l = lesson("ravine");
        int gd = run(l, 0, 0).firstStepBelow();
        int momentum = run(l, 1, 0).firstStepBelow();
        assertTrue(gd > 0 && momentum > 0 && momentum < gd / 2, "GD " + gd + ", momentum " + momentum);
    }

    @Test
    void plateauGradientDescentStallsWhileAdamLeaves() {
        LandscapeLesson l = lesson("plateau");
        Path gd = run(l, 0, 0);
        Path adam = run(l, 2, 0);
        assertTrue(Math.hypot(gd.lastX() - l.startX(), gd.lastY() - l.startY()) < 0.5, "GD stalls");
        assertTrue(adam.lastLoss() < 0.05, "Adam reaches the bowl: " + adam.lastLoss());
    }

    @Test
    void cliffUnclippedIsThrownClippedClimbsDown() {
        LandscapeLesson l = lesson("cliff");
        assertTrue(run(l, 0, 0).lastLoss() > 0.5);
        assertTrue(run(l, 0, 1).lastLoss() < 0.01);
    }

    @Test
    void newtonSitsOnTheSaddleSaddleFreeNewtonEscapes() {
        LandscapeLesson l = lesson("newton-saddle");
        Path newton = run(l, 0, 0);
        assertEquals(0, Math.hypot(newton.lastX(), newton.lastY()), 1e-12);
        Path free = run(l, 1, 0);
        assertTrue(Math.abs(free.lastY()) > 1.5, "escaped: " + free.lastY());
    }
}
