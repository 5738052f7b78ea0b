package descent.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The loss chart's axis and the map's geometry. */
class LossAxisTest {
    @Test
    void aSurfaceWithoutFloorPlotsJOverItsMapRange() {
        LossAxis a = new LossAxis();
        a.linear(-4, 4);
        assertEquals(-4, a.min(), 1e-12);
        assertEquals(4, a.max(), 1e-12);
        assertEquals(0.5, a.position(a.plotted(0, Double.NEGATIVE_INFINITY)), 1e-12);
        assertEquals(-3.6e10, a.plotted(-3.6e10, Double.NEGATIVE_INFINITY));
        assertTrue(a.position(-3.6e10) < 0, "off the chart below");
        for (int i = 0; i < a.tickCount(); i++) {
            assertEquals(0, a.tick(i) % 2, 1e-12, "round ticks: " + a.tick(i));
        }
        assertEquals(5, a.tickCount());
    }

    @Test
    void linearTicksWidenToRoundValues() {
        LossAxis a = new LossAxis();
        a.linear(-3.97, 3.24);
        assertEquals(-4, a.min(), 1e-12);
        assertEquals(4, a.max(), 1e-12);
    }

    @Test
    void logAxisCoversWholeDecadesWithAFloor() {
        LossAxis a = new LossAxis();
        a.logarithmic(0, 3.2);
        assertTrue(a.isLog());
        assertEquals(1e-14, a.min(), 1e-26);
        assertTrue(a.max() >= 10 && a.max() <= 1e2, "max " + a.max());
        assertTrue(a.tickCount() <= 9, "ticks " + a.tickCount());
        assertEquals(LossAxis.LOG_FLOOR, a.plotted(1.0, 1.0));
        assertEquals(0, a.position(a.plotted(1.0, 1.0)), 1e-12);
        for (int i = 0; i < a.tickCount(); i++) {
            assertEquals(Math.pow(10, a.tickExponent(i)), a.tick(i), a.tick(i) * 1e-12);
        }
    }

    @Test
    void exitFractionFindsTheEdge() {
        ViewBox b = new ViewBox(-2, 2, -2, 2);
        assertEquals(0.5, b.exitFraction(0, 0, 0, 4), 1e-12);
        assertEquals(0.25, b.exitFraction(-1, 0, -5, 0), 1e-12);
        assertEquals(1, b.exitFraction(0, 0, 1, 1), 1e-12);
        assertEquals(0.5, b.exitFraction(0, 0, 4, 8), 1e-12 + 0.25, "first edge reached (y at t = 0.25)");
        assertEquals(0.25, b.exitFraction(0, 0, 4, 8), 1e-12);
        assertEquals(0, b.exitFraction(0, 0, Double.NaN, 0), 1e-12);
    }

    @Test
    void equalScaleFitsTheLongerSide() {
        ViewBox b = new ViewBox(-3, 3, -2, 2);
        assertEquals(50, b.equalScale(300, 300), 1e-12); // 6 wide: 300/6 = 50 < 300/4
        assertEquals(25, b.equalScale(300, 100), 1e-12); // 4 high: 100/4
    }

    @Test
    void theSaddleLessonsChartShowsTheLingering() {
        LandscapeLesson l = LandscapeLessons.find("saddle");
        PathRace race = PathRace.of(l);
        LossAxis a = new LossAxis();
        a.fit(race, -4, 4); // J on the saddle's map [−2, 2]²
        assertTrue(!a.isLog() && a.max() - a.min() <= 8, "bounded: " + a.min() + " … " + a.max());
        Path gd = race.path(0);
        double start = a.position(a.plotted(gd.loss(0), race.surface().infimum()));
        int flat = 0;
        for (int i = 0; i < gd.size(); i++) {
            double u = a.position(a.plotted(gd.loss(i), race.surface().infimum()));
            if (Math.abs(u - a.position(0)) < 0.01) {
                flat++;
            }
        }
        assertTrue(start - a.position(0) > 0.3, "the start is well above the saddle's level: " + start);
        assertTrue(flat >= 30, "flat at J ≈ 0 for " + flat + " of " + gd.steps() + " steps");
    }

    @Test
    void stepTicksAreRound() {
        assertEquals(50, LossAxis.stepTick(200));
        assertEquals(100, LossAxis.stepTick(500));
        assertEquals(10, LossAxis.stepTick(50));
    }
}
