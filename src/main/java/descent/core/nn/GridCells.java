package descent.core.nn;

/**
 * The inputs of a resolution² grid over [xMin, xMax] × [yMin, yMax], a chunk at a time: cell idx = r·res + c
 * gets its centre (xMin + (c + ½)·dx, yMax − (r + ½)·dy), row 0 at the top. One place for the heat map
 * ({@link OutputGrid}) and the K-class map ({@link ClassGrid}).
 */
final class GridCells {
    private GridCells() {
    }

    /** Writes cells [cell, cell + n) as (x, y) pairs into in[0 … 2n). */
    static void fill(double[] in, int cell, int n, int resolution, double xMin, double yMax, double dx, double dy) {
        for (int b = 0; b < n; b++) {
            int idx = cell + b;
            int r = idx / resolution;
            int c = idx - r * resolution;
            in[2 * b] = xMin + (c + 0.5) * dx;
            in[2 * b + 1] = yMax - (r + 0.5) * dy;
        }
    }
}
