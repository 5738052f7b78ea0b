package descent.core.landscape;

import descent.core.optim.OptimizerKind;

/** The landscape page's lessons (curriculum section 6), as data; each is checked by {@code LandscapeLessonsTest}. */
public final class LandscapeLessons {
    private static final LandscapeLesson[] ALL = {
        new LandscapeLesson("saddle", "Saddle: the gradient vanishes, descent lingers", LandscapeSurface.SADDLE, 1,
                -1.8, 0.001, new OptimizerKind[] {OptimizerKind.GD, OptimizerKind.MOMENTUM}, 0.05, 0.9, 0, 200,
                "Started just off the saddle's ridge, gradient descent rolls toward (0, 0), where ‖g‖ is nearly zero, "
                + "and lingers there for dozens of steps before the tiny y component grows and it slides off down "
                + "the negative-curvature direction. Point at (0, 0): both eigenvalue signs, a saddle. Momentum "
                + "crosses the flat middle faster."),
        new LandscapeLesson("ravine", "Ravine: ill-conditioning, zig-zag and momentum", LandscapeSurface.QUADRATIC, 50,
                -2.5, 1.5, new OptimizerKind[] {OptimizerKind.GD, OptimizerKind.MOMENTUM}, 0.038, 0.7, 0, 500,
                "κ = 50: the canyon's walls are 50 times steeper than its floor. Gradient descent must keep ε below "
                + "2/50 to stay stable across the canyon, so it crawls along the floor; momentum keeps speed along "
                + "the floor while the oscillations across it cancel. Compare the steps to J < 10⁻⁶ in the table, "
                + "then move the ε and α sliders (α = 0.9 is too much here: it makes its own oscillations)."),
        new LandscapeLesson("plateau", "Plateau: a flat region needs a large enough step", LandscapeSurface.PLATEAU_CLIFF,
                1, -3.6, 1.2, new OptimizerKind[] {OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM},
                0.1, 0.9, 0, 200,
                "On the plateau ‖g‖ ≈ 0.007: gradient descent with ε = 0.1 barely moves in 200 steps. Momentum "
                + "builds up speed (up to ×10 at α = 0.9); Adam divides by √s and takes steps of about ε whatever the "
                + "gradient's size, so it walks off the plateau into the bowl."),
        new LandscapeLesson("cliff", "Cliff: one step catapults θ away — clip the gradient", LandscapeSurface.PLATEAU_CLIFF,
                1, 4, 0.5, new OptimizerKind[] {OptimizerKind.GD}, 0.5, 0.9, 0, 200,
                "Gradient descent walks down the terrace to the cliff at x = 2, where ‖g‖ reaches 25: one step of "
                + "ε·‖g‖ (about 9 here) throws it across the bowl, onto the plateau on the far side, where it stays. Set "
                + "'Clip ‖g‖ at' to 1: each step is then at most ε long, the clipped steps are ringed, and it climbs "
                + "down the cliff into the bowl."),
        new LandscapeLesson("newton-saddle", "Newton is attracted to the saddle; saddle-free Newton is not",
                LandscapeSurface.SADDLE, 1, -1.5, 0.5,
                new OptimizerKind[] {OptimizerKind.NEWTON, OptimizerKind.SADDLE_FREE_NEWTON, OptimizerKind.GD}, 0.05,
                0.9, 0, 50,
                "Newton's step −H⁻¹g jumps to the critical point of the quadratic model, whatever its kind: on "
                + "x² − y² it lands exactly on the saddle in one step and stays. Saddle-free Newton uses |H| (the "
                + "eigenvalues' absolute values), so it moves downhill along both axes and escapes; plain gradient "
                + "descent escapes too, slowly."),
    };

    private LandscapeLessons() {
    }

    public static LandscapeLesson[] all() {
        return ALL.clone();
    }

    /** The lesson with this id, or null. */
    public static LandscapeLesson find(String id) {
        for (LandscapeLesson l : ALL) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }
}
