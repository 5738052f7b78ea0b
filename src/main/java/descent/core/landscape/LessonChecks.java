package descent.core.landscape;

import descent.core.optim.OptimizerKind;
import descent.core.text.NumberText;

/**
 * Each landscape lesson's claim, checked on the paths the page ran (its own settings or the student's
 * variation of them). A claim that needs an optimizer the race lacks is "not seen", with the reason.
 */
public final class LessonChecks {
    /** "Near the saddle": within this distance of (0, 0), where ‖g‖ = 2‖θ‖ ≤ 0.6. */
    static final double SADDLE_RADIUS = 0.3;
    /** Lingering means at least this many steps near the saddle. */
    static final int LINGER_STEPS = 20;
    /** "Barely moves" on the plateau: less than this far from the start. */
    static final double STALL_DISTANCE = 0.5;
    /** "In the bowl": J − J* below this. */
    static final double BOWL_GAP = 0.01;
    /** A catapult: one step longer than this (the bowl is about 4 wide). */
    static final double CATAPULT = 5;

    private final OptimizerKind[] kinds;
    private final Path[] paths;
    private final int count;
    private final Surface surface;

    private LessonChecks(Surface surface, OptimizerKind[] kinds, Path[] paths, int count) {
        this.surface = surface;
        this.kinds = kinds;
        this.paths = paths;
        this.count = count;
    }

    /**
     * The verdict of {@code lesson} on the race: racer i ran {@code kinds[i]} along {@code paths[i]} on
     * {@code surface}, gradients clipped at {@code clip} (0: off).
     */
    public static LessonVerdict check(LandscapeLesson lesson, Surface surface, OptimizerKind[] kinds, Path[] paths,
            int count, double clip) {
        LessonChecks c = new LessonChecks(surface, kinds, paths, count);
        switch (lesson.id()) {
            case "saddle": return c.saddle();
            case "ravine": return c.ravine();
            case "plateau": return c.plateau();
            case "cliff": return c.cliff(clip);
            case "newton-saddle": return c.newtonSaddle();
            default: return new LessonVerdict(false, "this lesson has no check.", "");
        }
    }

    private LessonVerdict saddle() {
        Path gd = find(OptimizerKind.GD);
        if (gd == null) {
            return missing("gradient descent");
        }
        int near = stepsNear(gd, 0, 0, SADDLE_RADIUS);
        int left = leftMapAt(gd);
        boolean escaped = left >= 0 || Math.abs(gd.lastY()) > 1;
        Path momentum = find(OptimizerKind.MOMENTUM);
        int momentumNear = momentum == null ? -1 : stepsNear(momentum, 0, 0, SADDLE_RADIUS);
        String numbers = "steps within " + NumberText.trimmed(SADDLE_RADIUS, 3)
                + " of the saddle (0, 0): gradient descent " + near
                + (momentum == null ? "" : ", momentum " + momentumNear) + " · gradient descent "
                + (left >= 0 ? "left the map at step " + left : "ended at y = " + NumberText.trimmed(gd.lastY(), 3));
        if (near < LINGER_STEPS) {
            return new LessonVerdict(false, "gradient descent spent only " + near + " steps near the saddle.",
                    numbers);
        }
        if (!escaped) {
            return new LessonVerdict(false, "gradient descent was still at the saddle after " + gd.steps()
                    + " steps.", numbers);
        }
        if (momentum != null && momentumNear >= near) {
            return new LessonVerdict(false, "momentum lingered as long as gradient descent (" + momentumNear
                    + " steps).", numbers);
        }
        return new LessonVerdict(true, "gradient descent lingered " + near + " steps near the saddle, then slid off"
                + (momentum == null ? "." : "; momentum crossed in " + momentumNear + "."), numbers);
    }

    private LessonVerdict ravine() {
        Path gd = find(OptimizerKind.GD);
        Path momentum = find(OptimizerKind.MOMENTUM);
        if (gd == null || momentum == null) {
            return missing(gd == null ? "gradient descent" : "momentum");
        }
        int g = gd.firstStepBelow();
        int m = momentum.firstStepBelow();
        String numbers = "steps to J − J* < 10⁻⁶: momentum " + within(m, momentum) + ", gradient descent "
                + within(g, gd);
        if (m >= 0 && (g < 0 || m < g)) {
            return new LessonVerdict(true, "momentum reached the bottom at step " + m + ", gradient descent "
                    + (g < 0 ? "not within " + gd.steps() + " steps." : "at step " + g + "."), numbers);
        }
        return new LessonVerdict(false, m < 0 ? "momentum did not reach the bottom within " + momentum.steps()
                + " steps." : "gradient descent reached the bottom first.", numbers);
    }

    private LessonVerdict plateau() {
        Path gd = find(OptimizerKind.GD);
        Path adam = find(OptimizerKind.ADAM);
        if (gd == null || adam == null) {
            return missing(gd == null ? "gradient descent" : "Adam");
        }
        double moved = Math.hypot(gd.lastX() - gd.x(0), gd.lastY() - gd.y(0));
        double gap = gap(adam);
        Path momentum = find(OptimizerKind.MOMENTUM);
        String numbers = "distance moved: gradient descent " + NumberText.trimmed(moved, 3)
                + " · J − J* at the end: Adam " + NumberText.trimmed(gap, 3)
                + (momentum == null ? "" : ", momentum " + NumberText.trimmed(gap(momentum), 3));
        if (moved >= STALL_DISTANCE) {
            return new LessonVerdict(false, "gradient descent moved " + NumberText.trimmed(moved, 3) + " in "
                    + gd.steps() + " steps: it did not stall.", numbers);
        }
        if (gap >= BOWL_GAP) {
            return new LessonVerdict(false, "Adam did not reach the bowl in " + adam.steps() + " steps.", numbers);
        }
        return new LessonVerdict(true, "gradient descent stayed on the plateau for " + gd.steps()
                + " steps while Adam walked off it into the bowl.", numbers);
    }

    private LessonVerdict cliff(double clip) {
        Path gd = find(OptimizerKind.GD);
        if (gd == null) {
            return missing("gradient descent");
        }
        int at = longestStep(gd);
        double jump = at < 1 ? 0 : Math.hypot(gd.x(at) - gd.x(at - 1), gd.y(at) - gd.y(at - 1));
        double gap = gap(gd);
        String numbers = "longest step: " + NumberText.trimmed(jump, 3)
                + (at >= 1 ? " (step " + at + ")" : "") + " · J − J* at the end: " + NumberText.trimmed(gap, 3)
                + " · clipped steps: " + gd.clippedSteps();
        if (clip <= 0) {
            boolean thrown = jump > CATAPULT && gap > 0.5;
            return new LessonVerdict(thrown, thrown
                    ? "one step at the cliff threw gradient descent " + NumberText.trimmed(jump, 3)
                            + " units, onto the plateau."
                    : "no step threw gradient descent off the cliff.", numbers);
        }
        boolean down = gap < BOWL_GAP && jump <= CATAPULT;
        return new LessonVerdict(down, down
                ? "with ‖g‖ clipped at " + NumberText.trimmed(clip, 3)
                        + ", gradient descent climbed down into the bowl."
                : "with ‖g‖ clipped at " + NumberText.trimmed(clip, 3)
                        + ", gradient descent did not reach the bowl.",
                numbers);
    }

    private LessonVerdict newtonSaddle() {
        Path newton = find(OptimizerKind.NEWTON);
        Path free = find(OptimizerKind.SADDLE_FREE_NEWTON);
        if (newton == null || free == null) {
            return missing(newton == null ? "Newton" : "saddle-free Newton");
        }
        int landed = firstNear(newton, 1e-9);
        boolean stays = Math.hypot(newton.lastX(), newton.lastY()) < 1e-9;
        int left = leftMapAt(free);
        Path gd = find(OptimizerKind.GD);
        int gdLeft = gd == null ? -1 : leftMapAt(gd);
        String numbers = "Newton " + (landed >= 0 ? "on (0, 0) from step " + landed : "never on (0, 0)")
                + " · saddle-free Newton " + (left >= 0 ? "left the map at step " + left : "stayed on the map")
                + (gd == null ? "" : " · gradient descent " + (gdLeft >= 0 ? "left the map at step " + gdLeft
                        : "stayed on the map"));
        if (!stays) {
            return new LessonVerdict(false, "Newton did not stop on the saddle.", numbers);
        }
        if (left < 0) {
            return new LessonVerdict(false, "saddle-free Newton did not escape the saddle.", numbers);
        }
        return new LessonVerdict(true, "Newton stopped on the saddle; saddle-free Newton escaped it.", numbers);
    }

    // ---- measurements on paths ----

    private Path find(OptimizerKind kind) {
        for (int i = 0; i < count; i++) {
            if (kinds[i] == kind && paths[i].size() > 0) {
                return paths[i];
            }
        }
        return null;
    }

    private static LessonVerdict missing(String name) {
        return new LessonVerdict(false, "this lesson needs " + name + " in the race.",
                "tick " + name + " under Optimizers");
    }

    /** Points of the path within distance r of (cx, cy). */
    static int stepsNear(Path p, double cx, double cy, double r) {
        int n = 0;
        for (int i = 0; i < p.size(); i++) {
            if (Math.hypot(p.x(i) - cx, p.y(i) - cy) < r) {
                n++;
            }
        }
        return n;
    }

    private static int firstNear(Path p, double r) {
        for (int i = 0; i < p.size(); i++) {
            if (Math.hypot(p.x(i), p.y(i)) < r) {
                return i;
            }
        }
        return -1;
    }

    /** The first point outside the surface's view box (a diverged path left it where it stopped), or −1. */
    private int leftMapAt(Path p) {
        return leftMap(surface, p);
    }

    /** The first point of {@code p} outside {@code surface}'s view box (or where it diverged), or −1. */
    static int leftMap(Surface surface, Path p) {
        ViewBox box = surface.viewBox();
        for (int i = 0; i < p.size(); i++) {
            if (!box.contains(p.x(i), p.y(i))) {
                return i;
            }
        }
        return p.divergedAt();
    }

    /** The step t whose move θ_{t−1} → θ_t is longest (0 for a path without steps). */
    static int longestStep(Path p) {
        int best = 0;
        double longest = -1;
        for (int i = 1; i < p.size(); i++) {
            double d = Math.hypot(p.x(i) - p.x(i - 1), p.y(i) - p.y(i - 1));
            if (d > longest) {
                longest = d;
                best = i;
            }
        }
        return best;
    }

    private double gap(Path p) {
        return gap(surface, p);
    }

    /** J − J* at the end of the path (0 when it is below J*). */
    static double gap(Surface surface, Path p) {
        return Math.max(0, p.lastLoss() - surface.infimum());
    }

    private static String within(int step, Path p) {
        return step >= 0 ? Integer.toString(step) : "not within " + p.steps();
    }
}
