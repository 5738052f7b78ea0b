/**
 * Update rules, and what sits around them: schedules, clipping, averaging, line searches, guard rails.
 *
 * <h2>Building a lane's optimizer</h2>
 * An {@link descent.core.optim.OptimizerKind} names a rule ("adam", "nesterov", "lbfgs", …); an immutable
 * {@link descent.core.optim.OptimizerSettings} holds every knob (start from {@code kind.defaults()}, change with
 * {@code with…}); {@code kind.create(settings, n)} (or {@code kind.factory(settings)}) gives a fresh
 * {@link descent.core.optim.Optimizer}, whose {@code step} does one iteration in place. One rule per file, named
 * for the rule, with its update formula in the class comment.
 *
 * <h2>Composition around a rule</h2>
 * <pre>
 *   Objective f = clip ? new ClippedObjective(objective, ClipMode.NORM, c) : objective;   // wraps the objective
 *   Optimizer o = kind.create(settings, n);
 *   ParameterAverage avg = new ParameterAverage(AveragingMode.EMA, 0.99, theta);        // sits beside
 *   DivergenceWatch watch = new DivergenceWatch(theta);
 *   for (int k = 0; running; k++) {
 *       double eps = schedule.rate(settings.learningRate(), k);                            // ε_k, k steps taken
 *       double loss = o.step(f, theta, eps);
 *       if (!watch.check(k + 1, loss, theta)) break;                                        // DIVERGED: θ restored
 *       avg.update(theta);
 *       double averagedLoss = avg.valueAt(objective);                                       // model at θ̂
 *   }
 * </pre>
 * <ul>
 *   <li>A {@link descent.core.optim.LearningRateSchedule} only turns ε0 and k into ε_k; the rules never see it.</li>
 *   <li>{@link descent.core.optim.ClippedObjective} clips the gradient every rule reads (Nesterov's look-ahead
 *       gradient included) and passes the value through; use it with first-order rules only.</li>
 *   <li>{@link descent.core.optim.ParameterAverage} (Polyak or EMA) follows θ; the model is evaluated at θ̂ while
 *       the rule goes on from θ.</li>
 * </ul>
 *
 * <h2>Second order</h2>
 * Rules that need ∇²J use {@link descent.core.optim.HessianObjective} when the objective is one (the 2D surfaces)
 * and finite differences of gradients otherwise. BFGS, L-BFGS and CG use a {@link descent.core.optim.LineSearch}
 * (Armijo or strong Wolfe, hard-capped). Every departure from the textbook update — a skipped BFGS update, a CG
 * restart, a capped line search, an indefinite Hessian — is counted in the rule's
 * {@link descent.core.optim.GuardRailLog} (rules implementing {@link descent.core.optim.GuardRailed}), with a
 * sentence for the page from {@code describeLast()}.
 *
 * <h2>Same numbers on the JVM and in the page</h2>
 * {@code step} allocates nothing. Exponentials and cosines come from {@code StrictMath} / {@code MathFns}
 * (bit-identical with the browser's fdlibm-based {@code Math}); powers are taken by repeated squaring. TeaVM's
 * JavaScript drops the parentheses of {@code a + (b + c)} and {@code a * (b * c)} when it inlines a one-use
 * variable, which changes the rounding, so sums and products here are written left to right, with any compound
 * term first. A JVM-vs-TeaVM-JS comparison of 43,398 values from this package and the surfaces (every rule on every
 * surface with schedules and clipping, the solvers, the schedules) matched bit for bit.
 */
package descent.core.optim;
