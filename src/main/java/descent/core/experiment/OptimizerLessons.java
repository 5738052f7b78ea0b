package descent.core.experiment;

import static descent.core.experiment.Claims.all;
import static descent.core.experiment.Claims.meanStepLength;
import static descent.core.experiment.Claims.meanTrainLossBelow;
import static descent.core.experiment.Claims.trainLossBelow;
import static descent.core.experiment.Presets.lane;
import static descent.core.experiment.Presets.playground;
import static descent.core.experiment.Presets.withLanes;

import descent.core.data.DatasetKind;
import descent.core.nn.Init;
import descent.core.optim.OptimizerKind;
import descent.core.text.NumberText;

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
                trainLossBelow(1, 0.01, 0))
                .with("momentum reached a 100× lower loss than gradient descent.",
                        "momentum did not reach a 100× lower loss than gradient descent.",
                        Prediction.lower("After 150 steps, which lane's training loss is lower?",
                                "{0}", 0, "{1}", 1, 100, "Within 100× of each other", 1,
                                (race, lane) -> race.run(lane).trainLoss()));
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
                meanTrainLossBelow(1, 0.1, 0, 50, 150))
                .with("Nesterov's loss stayed 10× below momentum's over steps 50–150.",
                        "Nesterov's loss did not stay 10× below momentum's over steps 50–150.",
                        Prediction.lower("Over steps 50–150, which lane's loss is lower on average?",
                                "{0}", 0, "{1}", 1, 10, "Within 10× of each other", 1,
                                (race, lane) -> Claims.mean(race.run(lane).trainLossSeries(), 50, 150)));
    }

    /**
     * Full batch, so ‖Δθ‖ is the rule's alone: AdaGrad's step ε‖g/√(Σg²)‖ falls like 1/√t from about 0.2,
     * RMSProp's stays near ε/√(1 − ρ)·… ≈ 0.2 until its gradient vanishes near the minimum (around step 300).
     */
    static Lesson adaGradVsRmsProp() {
        LaneConfig adagrad = lane("AdaGrad", OptimizerKind.ADAGRAD, 0.02, 0);
        LaneConfig rmsprop = lane("RMSProp ρ = 0.9", OptimizerKind.RMSPROP, 0.02, 0);
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), adagrad, rmsprop);
        c.points = 200;
        c.logScale = true;
        int steps = 400;
        return new Lesson("adagrad-vs-rmsprop", "AdaGrad's vanishing step vs RMSProp",
                "Both divide ε by the root of accumulated squared gradients, but AdaGrad sums them forever while "
                        + "RMSProp forgets old ones (ρ = 0.9). On the ‖Δθ‖ chart (log scale) AdaGrad's step length "
                        + "falls steadily, like 1/√t, although its loss is far from done, while RMSProp's stays "
                        + "high until its loss is nearly zero.",
                c, steps,
                "AdaGrad's mean step ‖Δθ‖ over steps 300–400 is below a quarter of its first ten steps' and below "
                        + "a third of RMSProp's over steps 20–200, and after 400 steps RMSProp's training loss is "
                        + "below 1% of AdaGrad's",
                all(stepShrinks(0, 1, 10, 300, 400, 0.25), meanStepBelow(0, 1.0 / 3, 1, 20, 200),
                        trainLossBelow(1, 0.01, 0)))
                .with("AdaGrad's steps shrank while RMSProp kept moving and reached a 100× lower loss.",
                        "AdaGrad's steps did not shrink while RMSProp reached a 100× lower loss.",
                        new Prediction<Race>("Over 400 steps, what happens to the step length ‖Δθ‖ of “{0}”?",
                                new String[] {"It stays about as long as its first steps",
                                    "It shrinks to under a quarter of its first steps'"}, 1,
                                race -> meanStepLength(race, 0, 300, 400) < 0.25 * meanStepLength(race, 0, 1, 10)
                                        ? 1 : 0));
    }

    /** Lane i's mean ‖Δθ‖ over [lateFrom, lateTo] is below factor × its mean over [earlyFrom, earlyTo]. */
    private static Claim stepShrinks(int lane, int earlyFrom, int earlyTo, int lateFrom, int lateTo, double factor) {
        return race -> {
            double early = meanStepLength(race, lane, earlyFrom, earlyTo);
            double late = meanStepLength(race, lane, lateFrom, lateTo);
            return new Verdict(late < factor * early, "mean ‖Δθ‖ of " + Claims.label(race, lane) + ": steps "
                    + earlyFrom + "–" + earlyTo + " " + NumberText.of(early) + ", steps " + lateFrom + "–" + lateTo
                    + " " + NumberText.of(late));
        };
    }

    /** Lane a's mean ‖Δθ‖ over [from, to] is below factor × lane b's. */
    private static Claim meanStepBelow(int a, double factor, int b, int from, int to) {
        return race -> {
            double sa = meanStepLength(race, a, from, to);
            double sb = meanStepLength(race, b, from, to);
            return new Verdict(sa < factor * sb, "mean ‖Δθ‖ over steps " + from + "–" + to + ": "
                    + Claims.label(race, a) + " " + NumberText.of(sa) + " < " + NumberText.of(factor) + " × "
                    + Claims.label(race, b) + " " + NumberText.of(sb));
        };
    }

    /**
     * Minibatches of 10 at ε = 0.2: the uncorrected step is Adam's times (1 − β₁ᵗ)/√(1 − β₂ᵗ) ≈ 3–6.5 over the
     * first 30 steps, which throws that lane about (its loss rises to several times ln 2) while Adam descends;
     * 100 steps later the uncorrected lane still has the higher training and validation loss.
     */
    static Lesson adamBiasCorrection() {
        LaneConfig adam = lane("Adam", OptimizerKind.ADAM, 0.2, 10);
        LaneConfig almost = lane("Adam without bias correction", OptimizerKind.ADAM_NOBIAS, 0.2, 10);
        PlaygroundConfig c = withLanes(playground(DatasetKind.CIRCLE, 8, 8), adam, almost);
        c.points = 200;
        c.logScale = true;
        return new Lesson("adam-bias-correction", "Adam with and without bias correction",
                "Adam's moment estimates m and s start at zero, so without correction they underestimate the gradient's moments, s far more "
                        + "than m: the uncorrected step is Adam's times (1 − β₁ᵗ)/√(1 − β₂ᵗ), about 6.5 at t = 10. "
                        + "On the ‖Δθ‖ chart (log scale) the uncorrected lane's first steps are several times "
                        + "longer than Adam's, and on the loss chart those steps throw it about while Adam's loss "
                        + "falls.",
                c, 100,
                "over the first 10 steps the uncorrected lane's mean ‖Δθ‖ is more than 3× Adam's, over steps "
                        + "1–100 Adam's mean training loss is below half the uncorrected lane's, and at step 100 "
                        + "Adam's validation loss is the lower one",
                all(meanStepAbove(1, 3, 0, 1, 10), meanTrainLossBelow(0, 0.5, 1, 1, 100),
                        validationLossBelow(0, 1)))
                .with("the uncorrected lane's first steps were 3× longer and its loss lagged Adam's.",
                        "the uncorrected lane's first steps were not 3× longer with its loss lagging Adam's.",
                        Prediction.higher("In the first ten steps, which lane's steps ‖Δθ‖ are longer?",
                                "{0}", 0, "{1}", 1, 2, "Within 2× of each other",
                                1, (race, lane) -> meanStepLength(race, lane, 1, 10)));
    }

    /** Lane big's mean ‖Δθ‖ over [from, to] exceeds factor × lane small's. */
    private static Claim meanStepAbove(int big, double factor, int small, int from, int to) {
        return race -> {
            double a = meanStepLength(race, big, from, to);
            double b = meanStepLength(race, small, from, to);
            return new Verdict(a > factor * b, "mean ‖Δθ‖ over steps " + from + "–" + to + ": "
                    + Claims.label(race, big) + " " + NumberText.of(a) + " > " + NumberText.of(factor) + " × "
                    + Claims.label(race, small) + " " + NumberText.of(b));
        };
    }

    /** Lane a's validation loss now is below lane b's. */
    private static Claim validationLossBelow(int a, int b) {
        return race -> {
            double va = race.run(a).validationLoss();
            double vb = race.run(b).validationLoss();
            return new Verdict(va < vb, "validation loss " + Claims.label(race, a) + " " + NumberText.of(va)
                    + " < " + Claims.label(race, b) + " " + NumberText.of(vb));
        };
    }
}
