package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.Dataset;
import descent.core.nn.Activation;
import descent.core.nn.Loss;
import descent.core.nn.Network;
import descent.core.nn.NetworkObjective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The introspection of every rule ({@link RuleTerms}) against the rule's state worked out independently: the
 * applied step as the difference of θ measured outside the rule, g as the objective's gradient, and each rule's
 * own state (m̂, ŝ, r, v, sᵀy, β, eigenvalues …) by a reference computation or by hand.
 */
class RuleTermsTest {
    private static final double TOLERANCE = 1e-12;
    private static final int K = 3;

    /** The symbol of the term that is the update θ_k − θ_{k−1} itself. */
    private static String appliedStep(OptimizerKind kind) {
        switch (kind) {
            case NESTEROV_COV: return "Δx̃";
            case ADADELTA: return "ε Δθ";
            case BFGS: return "s";
            default: return "Δθ";
        }
    }

    private static int index(RuleTerms terms, String symbol) {
        String[] symbols = terms.termSymbols();
        for (int k = 0; k < symbols.length; k++) {
            if (symbols[k].equals(symbol)) {
                return k;
            }
        }
        throw new AssertionError(symbol + " is not among the terms");
    }

    private static double[] terms(RuleTerms r, int i) {
        double[] out = new double[r.termSymbols().length];
        r.terms(i, out);
        return out;
    }

    private static double scalar(RuleTerms r, String symbol) {
        String[] symbols = r.scalarSymbols();
        double[] out = new double[symbols.length];
        r.scalars(out);
        for (int k = 0; k < symbols.length; k++) {
            if (symbols[k].equals(symbol)) {
                return out[k];
            }
        }
        throw new AssertionError(symbol + " is not among the scalars");
    }

    private static OptimizerSettings settings(OptimizerKind kind) {
        return kind.usesLearningRate() ? kind.defaults().withLearningRate(0.05) : kind.defaults();
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void theStepShownIsTheStepTakenAndTheGradientShownIsTheGradient(OptimizerKind kind) {
        Objective f = TestObjectives.quartic(true);
        OptimizerSettings s = settings(kind);
        Optimizer o = kind.create(s, 2);
        RuleTerms r = (RuleTerms) o;
        assertTrue(Double.isNaN(terms(r, 0)[0]), "nothing to show before the first step");
        double[] theta = {1.5, -0.8};
        double[] gradient = new double[2];
        for (int k = 0; k < K; k++) {
            double[] before = theta.clone();
            o.step(f, theta, s.learningRate());
            for (int i = 0; i < 2; i++) {
                double[] t = terms(r, i);
                assertEquals(theta[i] - before[i], t[index(r, appliedStep(kind))], TOLERANCE,
                        kind.id() + ": Δθ" + i + " at step " + (k + 1));
            }
            if (kind != OptimizerKind.NESTEROV && kind != OptimizerKind.RMSPROP_NESTEROV) {
                f.valueAndGradient(before, gradient);
                int g = index(r, "g".equals(r.termSymbols()[0]) ? "g" : r.termSymbols()[0]);
                for (int i = 0; i < 2; i++) {
                    assertEquals(gradient[i], terms(r, i)[g], TOLERANCE, kind.id() + ": g" + i);
                }
            }
            double g0 = Math.abs(terms(r, 0)[0]);
            double g1 = Math.abs(terms(r, 1)[0]);
            if (kind == OptimizerKind.NESTEROV || kind == OptimizerKind.RMSPROP_NESTEROV) {
                g0 = Math.abs(terms(r, 0)[1]); // after θ̃: the gradient at the look-ahead
                g1 = Math.abs(terms(r, 1)[1]);
            }
            assertEquals(g0 >= g1 ? 0 : 1, r.largestGradient(), kind.id() + ": the parameter with the largest |g|");
        }
        double[] steps = new double[2];
        r.effectiveSteps(steps);
        for (double e : steps) {
            assertTrue(Double.isNaN(e) || e >= 0, kind.id() + ": an effective step is a size, not " + e);
        }
    }

    /** Each formula line is a line (or part of one) of the rule's doc comment, so the page shows the doc's rule. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void theFormulaIsTheDocCommentsFormula(OptimizerKind kind) throws Exception {
        Optimizer o = kind.create(kind.defaults(), 2);
        String source = new String(Files.readAllBytes(Paths.get("src/main/java/descent/core/optim/"
                + o.getClass().getSimpleName() + ".java")), StandardCharsets.UTF_8);
        String doc = squeeze(source.substring(0, source.indexOf("public final class")));
        for (String line : ((RuleTerms) o).formula()) {
            assertTrue(doc.contains(squeeze(line)), kind.id() + ": \"" + line + "\" is not in the doc comment");
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Adam on a tiny network, against an independent Adam with Math.pow for the corrections. */
    @Test
    void adamsCorrectedMomentsAndStepOnATinyNetwork() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID);
        Dataset data = new Dataset(new double[] {0.5, -1, 1.5, 0.2, -0.7, 0.9, 0.1, 0.3}, new double[] {1, 0, 1, 0},
                true);
        NetworkObjective f = new NetworkObjective(net, Loss.CROSS_ENTROPY, data);
        f.setBatch(new int[] {0, 1, 2, 3}, 4);
        int n = net.parameterCount();
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = 0.3 * Math.sin(1.7 * i + 0.4);
        }
        OptimizerSettings s = OptimizerKind.ADAM.defaults().withLearningRate(0.01);
        Adam adam = new Adam(s, n);
        double[] reference = theta.clone();
        double[] g = new double[n];
        double[] m = new double[n];
        double[] v = new double[n];
        double[] mHat = new double[n];
        double[] sHat = new double[n];
        double[] step = new double[n];
        for (int t = 1; t <= 7; t++) {
            adam.step(f, theta, 0.01);
            f.valueAndGradient(reference, g);
            for (int i = 0; i < n; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                mHat[i] = m[i] / (1 - Math.pow(0.9, t));
                sHat[i] = v[i] / (1 - Math.pow(0.999, t));
                step[i] = -0.01 * mHat[i] / (Math.sqrt(sHat[i]) + 1e-8);
                reference[i] += step[i];
            }
        }
        assertEquals(7, scalar(adam, "t"));
        for (int i = 0; i < n; i++) {
            double[] t = terms(adam, i);
            assertEquals(g[i], t[index(adam, "g")], TOLERANCE);
            assertEquals(mHat[i], t[index(adam, "m̂")], TOLERANCE, "m̂" + i);
            assertEquals(sHat[i], t[index(adam, "ŝ")], TOLERANCE, "ŝ" + i);
            assertEquals(0.01 / (Math.sqrt(sHat[i]) + 1e-8), t[index(adam, "ε/(√ŝ + δ)")], 1e-9, "ε/(√ŝ + δ)" + i);
            assertEquals(step[i], t[index(adam, "Δθ")], TOLERANCE, "Δθ" + i);
        }
    }

    @Test
    void momentumsVelocityAndSpeed() {
        // bowl, ε = 0.1, α = 0.5, from (1, 1): v₁ = (−0.1, −0.4), v₂ = (−0.14, −0.44) (FirstOrderHandWorkedTest)
        Optimizer o = OptimizerKind.MOMENTUM.create(OptimizerSettings.DEFAULTS.withLearningRate(0.1).withMomentum(0.5), 2);
        double[] theta = {1, 1};
        o.step(TestObjectives.bowl(), theta, 0.1);
        o.step(TestObjectives.bowl(), theta, 0.1);
        RuleTerms r = (RuleTerms) o;
        assertEquals(-0.14, terms(r, 0)[index(r, "v")], 1e-15);
        assertEquals(-0.44, terms(r, 1)[index(r, "v")], 1e-15);
        assertEquals(Math.hypot(0.14, 0.44), r.speed(), 1e-15);
        assertEquals(0.5, r.momentum());
    }

    @Test
    void adaGradsAccumulatorAndEffectiveStep() {
        // linear J with g = (3, 4) every step: r = k·(9, 16), ε/(δ + √r) = ε/(δ + 3√k), ε/(δ + 4√k)
        Optimizer o = OptimizerKind.ADAGRAD.create(OptimizerKind.ADAGRAD.defaults().withLearningRate(0.1), 2);
        double[] theta = {0, 0};
        for (int k = 0; k < 4; k++) {
            o.step(TestObjectives.linear(3, 4), theta, 0.1);
        }
        RuleTerms r = (RuleTerms) o;
        assertEquals(36, terms(r, 0)[index(r, "r")], 1e-13);
        assertEquals(64, terms(r, 1)[index(r, "r")], 1e-13);
        double[] steps = new double[2];
        r.effectiveSteps(steps);
        assertEquals(0.1 / (1e-7 + 6), steps[0], 1e-15);
        assertEquals(0.1 / (1e-7 + 8), steps[1], 1e-15);
    }

    @Test
    void rmsPropsAverage() {
        // constant g = (3, 4), ρ = 0.9: r_k = (1 − 0.9^k) g⊙g; k = 2: 0.19·(9, 16)
        Optimizer o = OptimizerKind.RMSPROP.create(OptimizerKind.RMSPROP.defaults(), 2);
        double[] theta = {0, 0};
        o.step(TestObjectives.linear(3, 4), theta, 0.001);
        o.step(TestObjectives.linear(3, 4), theta, 0.001);
        RuleTerms r = (RuleTerms) o;
        assertEquals(0.19 * 9, terms(r, 0)[index(r, "r")], 1e-13);
        assertEquals(0.19 * 16, terms(r, 1)[index(r, "r")], 1e-13);
    }

    @Test
    void amsGradKeepsTheLargestSecondMoment() {
        // g = (3, 4) then (0, 0): s falls to 0.999 s but s_max stays at 0.001·(9, 16)
        Optimizer o = OptimizerKind.AMSGRAD.create(OptimizerKind.AMSGRAD.defaults(), 2);
        double[] theta = {0, 0};
        o.step(TestObjectives.linear(3, 4), theta, 0.001);
        o.step(TestObjectives.linear(0, 0), theta, 0.001);
        RuleTerms r = (RuleTerms) o;
        assertEquals(0.999 * 0.009, terms(r, 0)[index(r, "s")], 1e-15);
        assertEquals(0.009, terms(r, 0)[index(r, "s_max")], 1e-15);
        assertEquals(0.009 / (1 - 0.999 * 0.999), terms(r, 0)[index(r, "ŝ")], 1e-12);
    }

    @Test
    void adamWsDecayTermIsLambdaTimesTheWeightBeforeTheStep() {
        Optimizer o = OptimizerKind.ADAMW.create(OptimizerKind.ADAMW.defaults(), 2);
        double[] theta = {2, -1};
        o.step(TestObjectives.bowl(), theta, 0.001);
        RuleTerms r = (RuleTerms) o;
        assertEquals(0.01 * 2, terms(r, 0)[index(r, "λ θ")], 1e-15);
        assertEquals(0.01 * -1, terms(r, 1)[index(r, "λ θ")], 1e-15);
        // t = 1: m̂ = g, ŝ = g⊙g, so the step is −ε(g/(|g| + δ) + λθ) = −0.001 (1 + 0.02) in θ1, to δ
        assertEquals(-0.001 * 1.02, terms(r, 0)[index(r, "Δθ")], 1e-10);
    }

    @Test
    void nadamsLookAheadMomentum() {
        // t = 1, constant g: m = 0.1 g, m̄ = 0.9·0.1g/(1 − 0.81) + 0.1 g/0.1 = (0.09/0.19 + 1) g
        Optimizer o = OptimizerKind.NADAM.create(OptimizerKind.NADAM.defaults(), 2);
        double[] theta = {0, 0};
        o.step(TestObjectives.linear(3, 4), theta, 0.001);
        RuleTerms r = (RuleTerms) o;
        assertEquals((0.09 / 0.19 + 1) * 3, terms(r, 0)[index(r, "m̄")], 1e-13);
    }

    @Test
    void adadeltasUnitsUseTheAverageOfStepsBeforeThisOne() {
        // first step: u = 0, r = 0.05 g² → Δθ = −√δ/√(0.05 g² + δ) g; then u = 0.05 Δθ²
        Optimizer o = OptimizerKind.ADADELTA.create(OptimizerKind.ADADELTA.defaults(), 2);
        double[] theta = {0, 0};
        o.step(TestObjectives.linear(3, 4), theta, 1);
        RuleTerms r = (RuleTerms) o;
        double units = Math.sqrt(1e-6) / Math.sqrt(0.05 * 9 + 1e-6);
        double[] t = terms(r, 0);
        assertEquals(units, t[index(r, "√(u + δ) / √(r + δ)")], 1e-15);
        assertEquals(-units * 3, t[index(r, "Δθ")], 1e-15);
        assertEquals(0.05 * (units * 3) * (units * 3), t[index(r, "u")], 1e-15);
    }

    @Test
    void newtonsSpectrumIsTheHessiansAndSaddleFreeUsesItsAbsoluteValue() {
        double[] values = new double[2];
        double[] used = new double[2];
        RuleTerms newton = stepped(OptimizerKind.NEWTON, TestObjectives.bowl());
        assertEquals(2, newton.spectrum(values, used));
        assertEquals(1, values[0], 1e-12);
        assertEquals(4, values[1], 1e-12);
        assertEquals(4, used[1], 1e-12);
        assertEquals(1, scalar(newton, "H positive definite"));

        RuleTerms saddleFree = stepped(OptimizerKind.SADDLE_FREE_NEWTON, TestObjectives.twistedSaddle());
        assertEquals(2, saddleFree.spectrum(values, used));
        assertEquals(-1, values[0], 1e-12);
        assertEquals(1, values[1], 1e-12);
        assertEquals(1, used[0], 1e-12, "|λ| for the negative eigenvalue");

        RuleTerms damped = stepped(OptimizerKind.DAMPED_NEWTON, TestObjectives.bowl());
        double lambda = scalar(damped, "λ");
        assertEquals(0.001, lambda, 1e-15, "the default damping, accepted at once on a bowl");
        assertEquals(2, damped.spectrum(values, used));
        assertEquals(1 + lambda, used[0], 1e-12);
    }

    private static RuleTerms stepped(OptimizerKind kind, Objective f) {
        Optimizer o = kind.create(kind.defaults(), 2);
        o.step(f, new double[] {1, 1}, 0.01);
        return (RuleTerms) o;
    }

    @Test
    void bfgsShowsTheAcceptedStepAndItsCurvature() {
        Objective f = TestObjectives.quartic(false);
        Bfgs o = new Bfgs(OptimizerKind.BFGS.defaults(), 2);
        double[] theta = {1.5, -0.8};
        double[] before = theta.clone();
        double[] g0 = new double[2];
        double[] g1 = new double[2];
        o.step(f, theta, 0);
        o.step(f, before = theta.clone(), 0); // a second step from the first one's result
        f.valueAndGradient(theta, g0);
        f.valueAndGradient(before, g1);
        double s0 = terms(o, 0)[index(o, "s")];
        double s1 = terms(o, 1)[index(o, "s")];
        double sy = s0 * (g1[0] - g0[0]) + s1 * (g1[1] - g0[1]);
        assertEquals(sy, scalar(o, "sᵀy"), 1e-12, "sᵀy with y = ∇J(θ + s) − g");
        double alpha = scalar(o, "α");
        assertEquals(o.lineSearch().step(), alpha);
        assertEquals(alpha * terms(o, 0)[index(o, "p")], s0, 1e-12, "s = α p");
    }

    @Test
    void lbfgsShowsAlphaAndTheNewPairsCurvature() {
        Objective f = TestObjectives.quartic(false);
        Lbfgs o = new Lbfgs(OptimizerKind.LBFGS.defaults(), 2);
        double[] theta = {1.5, -0.8};
        double[] before = theta.clone();
        o.step(f, theta, 0);
        double[] g0 = new double[2];
        double[] g1 = new double[2];
        f.valueAndGradient(before, g0);
        f.valueAndGradient(theta, g1);
        double sy = (theta[0] - before[0]) * (g1[0] - g0[0]) + (theta[1] - before[1]) * (g1[1] - g0[1]);
        assertEquals(sy, scalar(o, "sᵀy"), 1e-12);
        assertEquals(o.lineSearch().step(), scalar(o, "α"));
        assertEquals(1, scalar(o, "pairs stored"));
    }

    @Test
    void conjugateGradientsBetaIsPolakRibieresFromTheGradients() {
        Objective f = TestObjectives.quartic(false);
        ConjugateGradient o = new ConjugateGradient(OptimizerKind.CG.defaults(), 2);
        double[] theta = {1.5, -0.8};
        o.step(f, theta, 0);
        assertEquals(0, scalar(o, "β"), "the first step is steepest descent");
        double[] g0 = new double[2];
        double[] g1 = new double[2];
        double[] first = {1.5, -0.8};
        f.valueAndGradient(first, g0);
        f.valueAndGradient(theta, g1);
        o.step(f, theta, 0);
        double pr = (g1[0] * (g1[0] - g0[0]) + g1[1] * (g1[1] - g0[1])) / (g0[0] * g0[0] + g0[1] * g0[1]);
        double beta = scalar(o, "β");
        assertEquals(Math.max(0, pr), beta, 1e-12);
        assertEquals(pr < 0 ? 1 : 0, scalar(o, "restarts"));
        assertNotNull(o.formula());
    }
}
