package descent.core.landscape;

import descent.core.experiment.Prediction;
import descent.core.optim.OptimizerKind;

/**
 * The landscape lessons' "predict first" questions, answered by the paths the page ran, so the answer is the
 * run's own even when the learner has changed a setting. Options name optimizers and what a path does, never a
 * setting's value: an optimizer the race lacks leaves the answer undecided.
 */
final class LandscapePredictions {
    /** "About as long": step counts near the saddle within this many of each other. */
    static final int SAME_LINGER = 5;

    private LandscapePredictions() {
    }

    static Prediction<PathRace> of(String id) {
        switch (id) {
            case "saddle":
                return new Prediction<PathRace>("Which lingers longer near the saddle at (0, 0)?",
                        new String[] {"Gradient descent", "Momentum", "About as long as each other"}, 0, race -> {
                            Path gd = find(race, OptimizerKind.GD);
                            Path m = find(race, OptimizerKind.MOMENTUM);
                            if (gd == null || m == null) {
                                return Prediction.UNDECIDED;
                            }
                            int a = LessonChecks.stepsNear(gd, 0, 0, LessonChecks.SADDLE_RADIUS);
                            int b = LessonChecks.stepsNear(m, 0, 0, LessonChecks.SADDLE_RADIUS);
                            return Math.abs(a - b) <= SAME_LINGER ? 2 : a > b ? 0 : 1;
                        });
            case "ravine":
                return new Prediction<PathRace>("Which reaches the bottom of the ravine (J − J* < 10⁻⁶) first?",
                        new String[] {"Gradient descent", "Momentum", "Neither, within the steps"}, 1, race -> {
                            Path gd = find(race, OptimizerKind.GD);
                            Path m = find(race, OptimizerKind.MOMENTUM);
                            if (gd == null || m == null) {
                                return Prediction.UNDECIDED;
                            }
                            int g = gd.firstStepBelow();
                            int k = m.firstStepBelow();
                            if (g < 0 && k < 0) {
                                return 2;
                            }
                            return k >= 0 && (g < 0 || k < g) ? 1 : 0;
                        });
            case "plateau":
                return new Prediction<PathRace>("Which of them get off the plateau into the bowl?",
                        new String[] {"All three", "Momentum and Adam, not gradient descent", "Only Adam",
                            "None of them"}, 1, race -> {
                            Path gd = find(race, OptimizerKind.GD);
                            Path m = find(race, OptimizerKind.MOMENTUM);
                            Path adam = find(race, OptimizerKind.ADAM);
                            if (gd == null || m == null || adam == null) {
                                return Prediction.UNDECIDED;
                            }
                            boolean g = inBowl(race, gd);
                            boolean k = inBowl(race, m);
                            boolean a = inBowl(race, adam);
                            if (g && k && a) {
                                return 0;
                            }
                            if (g) {
                                return Prediction.UNDECIDED;
                            }
                            return k && a ? 1 : a ? 2 : k ? Prediction.UNDECIDED : 3;
                        });
            case "cliff":
                return new Prediction<PathRace>("What does gradient descent do at the cliff at x = 2?",
                        new String[] {"It walks down the cliff into the bowl", "One step throws it far away",
                            "It stops at the cliff's edge"}, 1, race -> {
                            Path gd = find(race, OptimizerKind.GD);
                            if (gd == null) {
                                return Prediction.UNDECIDED;
                            }
                            int at = LessonChecks.longestStep(gd);
                            double jump = at < 1 ? 0
                                    : Math.hypot(gd.x(at) - gd.x(at - 1), gd.y(at) - gd.y(at - 1));
                            if (jump > LessonChecks.CATAPULT) {
                                return 1;
                            }
                            return inBowl(race, gd) ? 0 : 2;
                        });
            case "newton-saddle":
                return new Prediction<PathRace>("Where does Newton's method go from its start near the saddle?",
                        new String[] {"Onto the saddle, and it stays there",
                            "Downhill and off the map, like saddle-free Newton"}, 0, race -> {
                            Path newton = find(race, OptimizerKind.NEWTON);
                            if (newton == null) {
                                return Prediction.UNDECIDED;
                            }
                            if (Math.hypot(newton.lastX(), newton.lastY()) < 1e-9) {
                                return 0;
                            }
                            return LessonChecks.leftMap(race.surface(), newton) >= 0 ? 1 : Prediction.UNDECIDED;
                        });
            default:
                return null;
        }
    }

    private static boolean inBowl(PathRace race, Path p) {
        return LessonChecks.gap(race.surface(), p) < LessonChecks.BOWL_GAP;
    }

    private static Path find(PathRace race, OptimizerKind kind) {
        for (int i = 0; i < race.count(); i++) {
            if (race.kind(i) == kind && race.path(i).size() > 0) {
                return race.path(i);
            }
        }
        return null;
    }
}
