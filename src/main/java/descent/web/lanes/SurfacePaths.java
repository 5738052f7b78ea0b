package descent.web.lanes;

import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.SurfacePicture;
import descent.web.view.ContourView;
import descent.web.view.HiDpiCanvas;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The lanes' paths on the shared loss surface: each the polyline of its projected snapshots up to the step being
 * shown, in the lane's colour and dash, then its live trail (positions projected while it trains on after the
 * surface was built), a dot where the lane is, and a ring at the shared start θ₀.
 */
final class SurfacePaths {
    /** Live positions kept per lane: beyond this the trail stops growing (the next build takes over). */
    static final int TRAIL_POINTS = 2048;

    private final double[][] trailA = new double[PlaygroundConfig.MAX_LANES][TRAIL_POINTS];
    private final double[][] trailB = new double[PlaygroundConfig.MAX_LANES][TRAIL_POINTS];
    private final int[] trailSize = new int[PlaygroundConfig.MAX_LANES];
    /** Where each lane's dot was drawn (css px), for tests and the text equivalent. */
    private final double[] dotX = new double[PlaygroundConfig.MAX_LANES];
    private final double[] dotY = new double[PlaygroundConfig.MAX_LANES];

    void clearTrails() {
        java.util.Arrays.fill(trailSize, 0);
    }

    /** Adds lane j's live position (a, b) when it moved since the last one. */
    void addLive(int j, double a, double b) {
        int n = trailSize[j];
        if (n == TRAIL_POINTS || !(a - a == 0 && b - b == 0)) {
            return;
        }
        if (n > 0 && trailA[j][n - 1] == a && trailB[j][n - 1] == b) {
            return;
        }
        trailA[j][n] = a;
        trailB[j][n] = b;
        trailSize[j] = n + 1;
    }

    /**
     * Draws every lane up to {@code shownStep}; the live trails only when {@code live} (not during a replay).
     */
    void draw(CanvasRenderingContext2D g, ContourView map, SurfacePicture surface, double shownStep, boolean live) {
        SurfacePicture plane = surface;
        for (int j = 0; j < surface.size(); j++) {
            int lane = surface.lane(j);
            String colour = LaneStyle.colour(lane);
            int last = 0;
            while (last + 1 < plane.pathLength(j) && surface.step(j, last + 1) <= shownStep) {
                last++;
            }
            g.setStrokeStyle(colour);
            g.setLineWidth(2.5);
            g.setLineJoin("round");
            HiDpiCanvas.setLineDashPattern(g, LaneStyle.dash(lane));
            g.beginPath();
            g.moveTo(map.px(plane.pathX(j, 0)), map.py(plane.pathY(j, 0)));
            for (int k = 1; k <= last; k++) {
                g.lineTo(map.px(plane.pathX(j, k)), map.py(plane.pathY(j, k)));
            }
            double x = plane.pathX(j, last);
            double y = plane.pathY(j, last);
            boolean complete = last == plane.pathLength(j) - 1;
            if (live && complete) {
                for (int k = 0; k < trailSize[j]; k++) {
                    g.lineTo(map.px(trailA[j][k]), map.py(trailB[j][k]));
                }
                if (trailSize[j] > 0) {
                    x = trailA[j][trailSize[j] - 1];
                    y = trailB[j][trailSize[j] - 1];
                }
            }
            g.stroke();
            HiDpiCanvas.setLineDash(g, 0, 0);
            dotX[j] = map.px(x);
            dotY[j] = map.py(y);
        }
        // the dots last, so no path hides where another lane is
        for (int j = 0; j < surface.size(); j++) {
            g.setFillStyle("#ffffff");
            g.beginPath();
            g.arc(dotX[j], dotY[j], 6, 0, 2 * Math.PI);
            g.fill();
            g.setFillStyle(LaneStyle.colour(surface.lane(j)));
            g.beginPath();
            g.arc(dotX[j], dotY[j], 4.5, 0, 2 * Math.PI);
            g.fill();
        }
        drawStart(g, map);
    }

    private static void drawStart(CanvasRenderingContext2D g, ContourView map) {
        double x = map.px(0);
        double y = map.py(0);
        g.setLineWidth(3);
        g.setStrokeStyle("#ffffff");
        g.beginPath();
        g.arc(x, y, 7, 0, 2 * Math.PI);
        g.stroke();
        g.setLineWidth(1.5);
        g.setStrokeStyle("#1a1a1a");
        g.beginPath();
        g.arc(x, y, 7, 0, 2 * Math.PI);
        g.stroke();
        g.setFont("bold 12px system-ui, sans-serif");
        g.setTextAlign("left");
        g.setTextBaseline("bottom");
        g.setLineWidth(3);
        g.setStrokeStyle("#ffffff");
        g.strokeText("θ₀", x + 8, y - 6);
        g.setFillStyle("#1a1a1a");
        g.fillText("θ₀", x + 8, y - 6);
    }

    double dotX(int j) {
        return dotX[j];
    }

    double dotY(int j) {
        return dotY[j];
    }
}
