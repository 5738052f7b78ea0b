package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.landscape.LossPlane;
import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class RaceSurfaceTest {
    private static Race trained(int steps, LaneConfig... lanes) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.points = 200;
        c.lanes = lanes;
        Race race = new Race(c);
        race.steps(steps);
        return race;
    }

    private static void finish(LossPlane plane) {
        while (!plane.advance(16)) {
            // chunks, as the page does
        }
    }

    @Test
    void everyLaneStartsAtTheSharedTheta0WithItsTrueLoss() {
        Race race = trained(300, PlaygroundConfig.defaultLanes());
        for (LossPlane.Directions d : LossPlane.Directions.values()) {
            RaceSurface surface = RaceSurface.of(race, d);
            finish(surface.plane());
            assertEquals(4, surface.size());
            for (int j = 0; j < surface.size(); j++) {
                Run run = race.run(surface.lane(j));
                double a = surface.plane().pathX(j, 0);
                double b = surface.plane().pathY(j, 0);
                assertEquals(0, a, 0.0, d + " lane " + j + " starts at θ₀");
                assertEquals(0, b, 0.0);
                assertEquals(0, surface.step(j, 0));
                assertEquals(run.trainLossSeries().value(0), surface.plane().lossAt(a, b), 1e-12,
                        d + ": the plane's loss at the start is the loss the lane reported at step 0");
                int last = surface.plane().pathLength(j) - 1;
                assertEquals(300, surface.step(j, last), "the path ends at the lane's current θ");
            }
            assertEquals("", surface.leftOut());
        }
    }

    @Test
    void principalPlaneHoldsMoreOfThePathsThanARandomOne() {
        Race race = trained(300, PlaygroundConfig.defaultLanes());
        RaceSurface principal = RaceSurface.of(race, LossPlane.Directions.PRINCIPAL);
        RaceSurface random = RaceSurface.of(race, LossPlane.Directions.RANDOM);
        finish(principal.plane());
        finish(random.plane());
        assertTrue(principal.plane().captured() > 0.5, "principal " + principal.plane().captured());
        assertTrue(principal.plane().captured() > random.plane().captured(),
                principal.plane().captured() + " vs " + random.plane().captured());
    }

    @Test
    void theLastPointOfAPathProjectsWhereTheLiveLaneIs() {
        Race race = trained(120, PlaygroundConfig.defaultLanes());
        RaceSurface surface = RaceSurface.of(race, LossPlane.Directions.PRINCIPAL);
        finish(surface.plane());
        double[] ab = new double[2];
        surface.plane().project(race.run(2).parameters(), ab);
        int last = surface.plane().pathLength(2) - 1;
        assertEquals(surface.plane().pathX(2, last), ab[0], 1e-12);
        assertEquals(surface.plane().pathY(2, last), ab[1], 1e-12);
    }

    @Test
    void batchNormLanesAreLeftOutAndSaidSo() {
        LaneConfig bn = LaneConfig.of(OptimizerKind.ADAM, 0.01);
        bn.batchNorm = true;
        Race race = trained(20, LaneConfig.of(OptimizerKind.GD, 0.1), bn);
        RaceSurface surface = RaceSurface.of(race, LossPlane.Directions.PRINCIPAL);
        assertEquals(1, surface.size());
        assertEquals(-1, surface.indexOf(1));
        assertTrue(surface.leftOut().startsWith("Lane 2 uses batch norm"), surface.leftOut());
        Race all = trained(5, bn.copy(), bn.copy());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RaceSurface.of(all, LossPlane.Directions.PRINCIPAL));
        assertTrue(e.getMessage().contains("batch norm"));
    }

    @Test
    void theRunsTrajectoryRestartsWithTheRun() {
        Race race = trained(100, LaneConfig.of(OptimizerKind.GD, 0.1));
        Run run = race.run(0);
        assertTrue(run.trajectory().size() > 2);
        run.reset();
        assertEquals(1, run.trajectory().size(), "only θ₀ after a reset");
        assertEquals(0, run.trajectory().step(0));
    }
}
