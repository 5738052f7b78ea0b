package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.meanTrainLossBelow;
import static descent.core.experiment.Claims.trainLossBelow;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.nn.Init;
import descent.core.optim.OptimizerKind;

/** Lessons that compare update rules (CURRICULUM §1): momentum, Nesterov, AdaGrad vs RMSProp, Adam's correction. */
final class OptimizerLessons {
    private OptimizerLessons() {
    }

    /**
     * The canyon: a linear model (no hidden layer) on the regression plane with the vertical input squeezed 20×.
     * Curvatures ≈ 8.3 (horizontal weight), 1 (bias) and 0.021 (vertical weight): κ ≈ 400. Full batch, so the
     * only difference is the rule. From θ₀ = 0 (no symmetry to break in a linear model) the start is the same
     * for every seed.
     */
    private static PlaygroundConfig canyon() {
        PlaygroundConfig c = playground(DatasetKind.PLANE);
        c.noise = 0;
        c.scaleY = 0.05;
        c.logScale = true;
        return c;
    }

    static Lesson momentumVsGradientDescent() {
        LaneConfig gd = lane("gradient descent", OptimizerKind.GD, 0.2, 0);
        LaneConfig momentum = lane("momentum α = 0.9", OptimizerKind.MOMENTUM, 0.2, 0);
        gd.init = Init.ZERO;
        momentum.init = Init.ZERO;
        return new Lesson("momentum-vs-gd", "Momentum vs gradient descent in a narrow canyon",
                "The inputs are squeezed 20 times along the vertical axis, so this linear model's loss is a long "
                        + "narrow canyon (condition number about 400). At the same learning rate, gradient descent "
                        + "settles the steep walls and then crawls along the floor, while momentum gathers speed "
                        + "along it: compare the loss curves on the log scale.",
                withLanes(canyon(), gd, momentum), 150,
                "after 150 steps momentum's training loss is below 1% of gradient descent's",
                trainLossBelow(1, 0.01, 0));
    }

    static Lesson nesterovVsMomentum() {
        LaneConfig momentum = lane("momentum α = 0.95", OptimizerKind.MOMENTUM, 0.12, 0);
        LaneConfig nesterov = lane("Nesterov α = 0.95", OptimizerKind.NESTEROV, 0.12, 0);
        momentum.settings = momentum.settings.withMomentum(0.95);
        nesterov.settings = nesterov.settings.withMomentum(0.95);
        return new Lesson("nesterov-vs-momentum", "Nesterov's look-ahead vs momentum",
                "Same canyon, heavier ball (α = 0.95): plain momentum overshoots across the steep direction and "
                        + "its loss bounces up and down for a long time. Nesterov evaluates the gradient where the "
                        + "velocity is about to take it, which brakes the overshoot early: its curve falls smoothly.",
                withLanes(canyon(), momentum, nesterov), 150,
                "over steps 50–150 Nesterov's mean training loss is below 10% of momentum's",
                meanTrainLossBelow(1, 0.1, 0, 50, 150));
    }

    static Lesson adaGradVsRmsProp() {
        LaneConfig adagrad = lane("AdaGrad", OptimizerKind.ADAGRAD, 0.02, 0);
        LaneConfig rmsprop = lane("RMSProp ρ = 0.9", OptimizerKind.RMSPROP, 0.02, 0);
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), adagrad, rmsprop);
        c.points = 200;
        c.logScale = true;
        int steps = 400;
        return new Lesson("adagrad-vs-rmsprop", "AdaGrad's vanishing step vs RMSProp",
                "Both divide ε by the root of accumulated squared gradients. AdaGrad sums them forever, so its "
                        + "steps shrink like 1/√t even while the loss is far from done; RMSProp forgets old "
                        + "gradients (ρ = 0.9) and keeps moving. Look at the step length ‖Δθ‖ and the loss.",
                c, steps,
                "after 400 steps AdaGrad's step per unit gradient ‖Δθ‖/‖g‖ has shrunk below a quarter of its "
                        + "first step's, and RMSProp's training loss is below 1% of AdaGrad's",
                all(effectiveStepShrinks(0, 1, steps, 0.25), trainLossBelow(1, 0.01, 0)));
    }

    /** ‖Δθ‖/‖g‖ at step {@code late} is below {@code factor} × its value at step {@code early}. */
    private static Claim effectiveStepShrinks(int lane, int early, int late, double factor) {
        return race -> {
            Run run = race.run(lane);
            double a = Claims.valueAt(run.stepLengthSeries(), early) / Claims.valueAt(run.gradientNormSeries(), early);
            double b = Claims.valueAt(run.stepLengthSeries(), late) / Claims.valueAt(run.gradientNormSeries(), late);
            return new Verdict(b < factor * a, "‖Δθ‖/‖g‖ of " + Claims.label(race, lane) + ": step " + early + " "
                    + Numbers.format(a) + ", step " + late + " " + Numbers.format(b));
        };
    }

    static Lesson adamBiasCorrection() {
        LaneConfig adam = lane("Adam", OptimizerKind.ADAM, 0.2, 0);
        LaneConfig almost = lane("Adam without bias correction", OptimizerKind.ADAM_NOBIAS, 0.2, 0);
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), adam, almost);
        c.points = 200;
        c.logScale = true;
        return new Lesson("adam-bias-correction", "Adam with and without bias correction",
                "m and s start at zero, so without correction they underestimate the gradient's moments: the "
                        + "uncorrected step is Adam's times (1 − β1^t)/√(1 − β2^t), about 6.5 at t = 10. Compare "
                        + "the step lengths of the first steps, then the loss: at this large ε the uncorrected lane "
                        + "is knocked about and does not settle.",
                c, 100,
                "at step 10 the uncorrected step is more than 3× Adam's, and over steps 20–100 Adam's mean "
                        + "training loss is below 20% of the uncorrected lane's",
                all(stepLengthRatioAbove(1, 0, 10, 3), meanTrainLossBelow(0, 0.2, 1, 20, 100)));
    }

    /** ‖Δθ‖ of lane {@code big} at step k exceeds {@code factor} × lane {@code small}'s. */
    private static Claim stepLengthRatioAbove(int big, int small, int step, double factor) {
        return race -> {
            double a = Claims.valueAt(race.run(big).stepLengthSeries(), step);
            double b = Claims.valueAt(race.run(small).stepLengthSeries(), step);
            return new Verdict(a > factor * b, "‖Δθ‖ at step " + step + ": " + Claims.label(race, big) + " "
                    + Numbers.format(a) + " > " + Numbers.format(factor) + " × " + Claims.label(race, small) + " "
                    + Numbers.format(b));
        };
    }
}
