package descent.core.experiment;

import descent.core.landscape.LossPlane;

/**
 * What the page draws of the lanes on one loss surface: the plane's grid of J, the lanes' projected paths with
 * the step of every point, and the words around them. A {@link RaceSurface} computed on the page answers it; so
 * does the page's copy of one the engine computed in its worker.
 */
public interface SurfacePicture {
    /** How many lanes are on the surface. */
    int size();

    /** The race's index of the surface's lane j. */
    int lane(int j);

    /** The training step of point k of lane j's path. */
    int step(int j, int k);

    /** J at the last point of lane j's path, its true θ. */
    double endLoss(int j);

    /** J on the plane at the projection of lane j's last point (beside {@link #endLoss}: how far off the plane). */
    double planeEndLoss(int j);

    /** Which lanes were left out and why, or "". */
    String leftOut();

    /** The furthest step any lane had reached when the paths were taken. */
    int builtAtStep();

    /** J(θ₀ + a d₁ + b d₂) on the grid, row by row, row 0 at b = yMax. */
    double[] values();

    double xMin();

    double xMax();

    double yMin();

    double yMax();

    LossPlane.Directions directions();

    /** The share of the paths' movement the plane holds. */
    double captured();

    /** A remark on the directions (e.g. why a second one was random), or "". */
    String note();

    int pathLength(int j);

    /** a of point k of lane j's path. */
    double pathX(int j, int k);

    /** b of point k of lane j's path. */
    double pathY(int j, int k);
}
