/**
 * 2D test surfaces for the optimizer lessons, each a {@link descent.core.optim.HessianObjective} of dimension 2 with
 * exact value, gradient and Hessian, a view box, a default start, its known minima and its infimum:
 * <ul>
 *   <li>{@link descent.core.landscape.QuadraticBowl} ½(x² + κy²) — ill-conditioning; knows GD's and the heavy
 *       ball's best rates;</li>
 *   <li>{@link descent.core.landscape.SaddleSurface} x² − y² — a saddle, no minimum;</li>
 *   <li>{@link descent.core.landscape.Rosenbrock}, {@link descent.core.landscape.Beale},
 *       {@link descent.core.landscape.Himmelblau} (four minima);</li>
 *   <li>{@link descent.core.landscape.PlateauCliff} — plateaus and a cliff that catapults unclipped steps;</li>
 *   <li>{@link descent.core.landscape.AsymptoteMountain} — seed 004's Fig. 8.4: only asymptotes, no critical
 *       point, and a mountain that sends a learner started on its wrong side the wrong way.</li>
 * </ul>
 * {@link descent.core.landscape.SurfaceKind} names them for the command line and the URL;
 * {@link descent.core.landscape.CriticalPoint} classifies a critical point from its Hessian's eigenvalues.
 */
package descent.core.landscape;
