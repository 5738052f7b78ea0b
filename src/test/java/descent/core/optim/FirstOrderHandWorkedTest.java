package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The first three steps of every first-order rule on P: J = ½(θ1² + 4θ2²), g = (θ1, 4θ2), from θ = (1, 1),
 * worked by hand coordinate by coordinate. Decimal literals are hand arithmetic; where square roots make the
 * numbers long, the working is written as the arithmetic itself, each coordinate separately.
 */
class FirstOrderHandWorkedTest {
    private static final double[] START = {1, 1};
    private static final double TOLERANCE = 1e-14;

    private static void assertSteps(double[][] expected, double[][] actual) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k][0], actual[k][0], TOLERANCE, "θ1 after step " + (k + 1));
            assertEquals(expected[k][1], actual[k][1], TOLERANCE, "θ2 after step " + (k + 1));
        }
    }

    private static double[][] run(OptimizerKind kind, OptimizerSettings s) {
        return TestObjectives.trajectory(kind.create(s, 2), TestObjectives.bowl(), START, s.learningRate(), 3);
    }

    @Test
    void gradientDescent() {
        // ε = 0.1: θ1 ← θ1 − 0.1 θ1 = 0.9 θ1;  θ2 ← θ2 − 0.1·4θ2 = 0.6 θ2
        double[][] expected = {{0.9, 0.6}, {0.81, 0.36}, {0.729, 0.216}};
        assertSteps(expected, run(OptimizerKind.GD, OptimizerSettings.DEFAULTS.withLearningRate(0.1)));
    }

    @Test
    void momentum() {
        // ε = 0.1, α = 0.5, v ← αv − εg, θ ← θ + v
        // 1: g = (1, 4);      v = (−0.1, −0.4);                            θ = (0.9, 0.6)
        // 2: g = (0.9, 2.4);  v = (−0.05 − 0.09, −0.2 − 0.24) = (−0.14, −0.44);   θ = (0.76, 0.16)
        // 3: g = (0.76, 0.64); v = (−0.07 − 0.076, −0.22 − 0.064) = (−0.146, −0.284); θ = (0.614, −0.124)
        double[][] expected = {{0.9, 0.6}, {0.76, 0.16}, {0.614, -0.124}};
        assertSteps(expected, run(OptimizerKind.MOMENTUM,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withMomentum(0.5)));
    }

    @Test
    void momentumCs231nForm() {
        // ε = 0.1, ρ = 0.5, v ← ρv + g, θ ← θ − εv
        // 1: v = (1, 4);                          θ = (1 − 0.1, 1 − 0.4) = (0.9, 0.6)
        // 2: g = (0.9, 2.4);  v = (0.5 + 0.9, 2 + 2.4) = (1.4, 4.4);     θ = (0.9 − 0.14, 0.6 − 0.44) = (0.76, 0.16)
        // 3: g = (0.76, 0.64); v = (0.7 + 0.76, 2.2 + 0.64) = (1.46, 2.84); θ = (0.76 − 0.146, 0.16 − 0.284)
        double[][] expected = {{0.9, 0.6}, {0.76, 0.16}, {0.614, -0.124}};
        assertSteps(expected, run(OptimizerKind.MOMENTUM_CS231N,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withMomentum(0.5)));
    }

    @Test
    void nesterovLookAhead() {
        // ε = 0.1, α = 0.5, θ̃ = θ + αv, v ← αv − ε∇J(θ̃), θ ← θ + v
        // 1: θ̃ = (1, 1), g̃ = (1, 4), v = (−0.1, −0.4), θ = (0.9, 0.6)
        // 2: θ̃ = (0.9 − 0.05, 0.6 − 0.2) = (0.85, 0.4), g̃ = (0.85, 1.6),
        //    v = (−0.05 − 0.085, −0.2 − 0.16) = (−0.135, −0.36), θ = (0.765, 0.24)
        // 3: θ̃ = (0.765 − 0.0675, 0.24 − 0.18) = (0.6975, 0.06), g̃ = (0.6975, 0.24),
        //    v = (−0.0675 − 0.06975, −0.18 − 0.024) = (−0.13725, −0.204), θ = (0.62775, 0.036)
        double[][] expected = {{0.9, 0.6}, {0.765, 0.24}, {0.62775, 0.036}};
        assertSteps(expected, run(OptimizerKind.NESTEROV,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withMomentum(0.5)));
    }

    @Test
    void nesterovChangeOfVariables() {
        // ε = 0.1, ρ = 0.5, v_new = ρv − ε∇J(x̃), x̃ ← x̃ − ρv + (1 + ρ)v_new
        // 1: g = (1, 4), v_new = (−0.1, −0.4), x̃ = (1 − 0.15, 1 − 0.6) = (0.85, 0.4)
        // 2: g = (0.85, 1.6), v_new = (−0.05 − 0.085, −0.2 − 0.16) = (−0.135, −0.36),
        //    x̃ = (0.85 + 0.05 − 0.2025, 0.4 + 0.2 − 0.54) = (0.6975, 0.06)
        // 3: g = (0.6975, 0.24), v_new = (−0.0675 − 0.06975, −0.18 − 0.024) = (−0.13725, −0.204),
        //    x̃ = (0.6975 + 0.0675 − 0.205875, 0.06 + 0.18 − 0.306) = (0.559125, −0.066)
        double[][] expected = {{0.85, 0.4}, {0.6975, 0.06}, {0.559125, -0.066}};
        assertSteps(expected, run(OptimizerKind.NESTEROV_COV,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withMomentum(0.5)));
    }

    @Test
    void adaGrad() {
        // ε = 0.1, δ = 1 (large, so that its place in ε g/(δ + √r) matters)
        // 1: g = (1, 4), r = (1, 16), θ = (1 − 0.1·1/(1 + 1), 1 − 0.1·4/(1 + 4)) = (0.95, 0.92)
        // 2: g = (0.95, 3.68), r = (1 + 0.9025, 16 + 13.5424) = (1.9025, 29.5424)
        double x2 = 0.95 - 0.095 / (1 + Math.sqrt(1.9025));
        double y2 = 0.92 - 0.368 / (1 + Math.sqrt(29.5424));
        // 3: g = (x2, 4y2), r = (1.9025 + x2², 29.5424 + 16 y2²)
        double x3 = x2 - 0.1 * x2 / (1 + Math.sqrt(1.9025 + x2 * x2));
        double y3 = y2 - 0.4 * y2 / (1 + Math.sqrt(29.5424 + 16 * y2 * y2));
        double[][] expected = {{0.95, 0.92}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.ADAGRAD,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withDelta(1)));
    }

    @Test
    void rmsProp() {
        // ε = 0.1, ρ = 0.9, δ = 1; r ← 0.9 r + 0.1 g²
        // 1: g = (1, 4), r = (0.1, 1.6)
        double x1 = 1 - 0.1 / (1 + Math.sqrt(0.1));
        double y1 = 1 - 0.4 / (1 + Math.sqrt(1.6));
        // 2: g = (x1, 4y1), r = (0.09 + 0.1 x1², 1.44 + 1.6 y1²)
        double rx2 = 0.09 + 0.1 * x1 * x1;
        double ry2 = 1.44 + 1.6 * y1 * y1;
        double x2 = x1 - 0.1 * x1 / (1 + Math.sqrt(rx2));
        double y2 = y1 - 0.4 * y1 / (1 + Math.sqrt(ry2));
        // 3: r = (0.9 rx2 + 0.1 x2², 0.9 ry2 + 1.6 y2²)
        double x3 = x2 - 0.1 * x2 / (1 + Math.sqrt(0.9 * rx2 + 0.1 * x2 * x2));
        double y3 = y2 - 0.4 * y2 / (1 + Math.sqrt(0.9 * ry2 + 1.6 * y2 * y2));
        double[][] expected = {{x1, y1}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.RMSPROP,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withRho(0.9).withDelta(1)));
    }

    @Test
    void rmsPropNesterov() {
        // ε = 0.1, α = 0.5, ρ = 0.9, δ = 1
        // 1: θ̃ = (1, 1), g̃ = (1, 4), r = (0.1, 1.6)
        double vx1 = -0.1 / (1 + Math.sqrt(0.1));
        double vy1 = -0.4 / (1 + Math.sqrt(1.6));
        double x1 = 1 + vx1;
        double y1 = 1 + vy1;
        // 2: θ̃ = θ + 0.5 v, g̃ = (θ̃1, 4θ̃2), r = (0.09 + 0.1 θ̃1², 1.44 + 1.6 θ̃2²)
        double lx2 = x1 + 0.5 * vx1;
        double ly2 = y1 + 0.5 * vy1;
        double rx2 = 0.09 + 0.1 * lx2 * lx2;
        double ry2 = 1.44 + 1.6 * ly2 * ly2;
        double vx2 = 0.5 * vx1 - 0.1 * lx2 / (1 + Math.sqrt(rx2));
        double vy2 = 0.5 * vy1 - 0.4 * ly2 / (1 + Math.sqrt(ry2));
        double x2 = x1 + vx2;
        double y2 = y1 + vy2;
        // 3: the same once more
        double lx3 = x2 + 0.5 * vx2;
        double ly3 = y2 + 0.5 * vy2;
        double vx3 = 0.5 * vx2 - 0.1 * lx3 / (1 + Math.sqrt(0.9 * rx2 + 0.1 * lx3 * lx3));
        double vy3 = 0.5 * vy2 - 0.4 * ly3 / (1 + Math.sqrt(0.9 * ry2 + 1.6 * ly3 * ly3));
        double[][] expected = {{x1, y1}, {x2, y2}, {x2 + vx3, y2 + vy3}};
        assertSteps(expected, run(OptimizerKind.RMSPROP_NESTEROV, OptimizerSettings.DEFAULTS
                .withLearningRate(0.1).withMomentum(0.5).withRho(0.9).withDelta(1)));
    }

    @Test
    void adam() {
        // ε = 0.1, β1 = 0.9, β2 = 0.999, δ = 0.1 (large, so that its place in m̂/(√ŝ + δ) matters)
        // 1: m = (0.1, 0.4), s = (0.001, 0.016), m̂ = (1, 4), ŝ = (1, 16)
        double x1 = 1 - 0.1 * 1 / (1 + 0.1);
        double y1 = 1 - 0.1 * 4 / (4 + 0.1);
        // 2: g = (x1, 4y1); m = (0.09 + 0.1 x1, 0.36 + 0.4 y1); s = (0.000999 + 0.001 x1², 0.015984 + 0.016 y1²)
        //    1 − β1² = 0.19, 1 − β2² = 0.001999
        double mx2 = 0.09 + 0.1 * x1;
        double my2 = 0.36 + 0.4 * y1;
        double sx2 = 0.000999 + 0.001 * x1 * x1;
        double sy2 = 0.015984 + 0.016 * y1 * y1;
        double x2 = x1 - 0.1 * (mx2 / 0.19) / (Math.sqrt(sx2 / 0.001999) + 0.1);
        double y2 = y1 - 0.1 * (my2 / 0.19) / (Math.sqrt(sy2 / 0.001999) + 0.1);
        // 3: 1 − β1³ = 0.271, 1 − β2³ = 1 − 0.997002999 = 0.002997001
        double mx3 = 0.9 * mx2 + 0.1 * x2;
        double my3 = 0.9 * my2 + 0.4 * y2;
        double sx3 = 0.999 * sx2 + 0.001 * x2 * x2;
        double sy3 = 0.999 * sy2 + 0.016 * y2 * y2;
        double x3 = x2 - 0.1 * (mx3 / 0.271) / (Math.sqrt(sx3 / 0.002997001) + 0.1);
        double y3 = y2 - 0.1 * (my3 / 0.271) / (Math.sqrt(sy3 / 0.002997001) + 0.1);
        double[][] expected = {{x1, y1}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.ADAM, OptimizerSettings.DEFAULTS.withLearningRate(0.1).withDelta(0.1)));
    }

    @Test
    void adamWithoutBiasCorrection() {
        // ε = 0.1, β1 = 0.9, β2 = 0.999, δ = 0: θ ← θ − ε m/√s
        // 1: m = (0.1, 0.4), s = (0.001, 0.016): both steps are 0.1·0.1/√0.001 = 0.1·0.4/√0.016 = 0.31622776601683794
        double x1 = 1 - 0.31622776601683794;
        double y1 = x1;
        // 2: m = (0.09 + 0.1 x1, 0.36 + 0.4 y1), s = (0.000999 + 0.001 x1², 0.015984 + 0.016 y1²)
        double mx2 = 0.09 + 0.1 * x1;
        double my2 = 0.36 + 0.4 * y1;
        double sx2 = 0.000999 + 0.001 * x1 * x1;
        double sy2 = 0.015984 + 0.016 * y1 * y1;
        double x2 = x1 - 0.1 * mx2 / Math.sqrt(sx2);
        double y2 = y1 - 0.1 * my2 / Math.sqrt(sy2);
        // 3
        double x3 = x2 - 0.1 * (0.9 * mx2 + 0.1 * x2) / Math.sqrt(0.999 * sx2 + 0.001 * x2 * x2);
        double y3 = y2 - 0.1 * (0.9 * my2 + 0.4 * y2) / Math.sqrt(0.999 * sy2 + 0.016 * y2 * y2);
        double[][] expected = {{x1, y1}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.ADAM_NOBIAS,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withDelta(0)));
    }

    @Test
    void adamW() {
        // ε = 0.1, λ = 0.5, δ = 0: θ ← θ − ε(m̂/√ŝ + λθ)
        // 1: m̂/√ŝ = (1, 1): θ = 1 − 0.1·(1 + 0.5·1) = 0.85 in both coordinates
        // 2: g = (0.85, 3.4); m = (0.09 + 0.085, 0.36 + 0.34) = (0.175, 0.7);
        //    s = (0.000999 + 0.0007225, 0.015984 + 0.01156) = (0.0017215, 0.027544)
        double x2 = 0.85 - 0.1 * ((0.175 / 0.19) / Math.sqrt(0.0017215 / 0.001999) + 0.5 * 0.85);
        double y2 = 0.85 - 0.1 * ((0.7 / 0.19) / Math.sqrt(0.027544 / 0.001999) + 0.5 * 0.85);
        // 3: g = (x2, 4y2)
        double mx3 = 0.9 * 0.175 + 0.1 * x2;
        double my3 = 0.9 * 0.7 + 0.4 * y2;
        double sx3 = 0.999 * 0.0017215 + 0.001 * x2 * x2;
        double sy3 = 0.999 * 0.027544 + 0.016 * y2 * y2;
        double x3 = x2 - 0.1 * ((mx3 / 0.271) / Math.sqrt(sx3 / 0.002997001) + 0.5 * x2);
        double y3 = y2 - 0.1 * ((my3 / 0.271) / Math.sqrt(sy3 / 0.002997001) + 0.5 * y2);
        double[][] expected = {{0.85, 0.85}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.ADAMW,
                OptimizerSettings.DEFAULTS.withLearningRate(0.1).withDelta(0).withWeightDecay(0.5)));
    }

    @Test
    void nadam() {
        // ε = 0.1, β1 = 0.9, β2 = 0.999, δ = 0; m̄ = β1 m/(1 − β1^(t+1)) + (1 − β1) g/(1 − β1^t)
        // 1: m = 0.1 g; m̄ = (0.09/0.19 + 0.1/0.1) g; ŝ = g²: step 0.1·(0.09/0.19 + 1) in both coordinates
        double x1 = 1 - 0.1 * (0.09 / 0.19 + 1);
        double y1 = x1;
        // 2: g = (x1, 4y1); m = (0.09 + 0.1 x1, 0.36 + 0.4 y1); 1 − β1³ = 0.271, 1 − β1² = 0.19, 1 − β2² = 0.001999
        double mx2 = 0.09 + 0.1 * x1;
        double my2 = 0.36 + 0.4 * y1;
        double sx2 = 0.000999 + 0.001 * x1 * x1;
        double sy2 = 0.015984 + 0.016 * y1 * y1;
        double x2 = x1 - 0.1 * (0.9 * mx2 / 0.271 + 0.1 * x1 / 0.19) / Math.sqrt(sx2 / 0.001999);
        double y2 = y1 - 0.1 * (0.9 * my2 / 0.271 + 0.4 * y1 / 0.19) / Math.sqrt(sy2 / 0.001999);
        // 3: 1 − β1⁴ = 0.3439, 1 − β1³ = 0.271, 1 − β2³ = 0.002997001
        double mx3 = 0.9 * mx2 + 0.1 * x2;
        double my3 = 0.9 * my2 + 0.4 * y2;
        double sx3 = 0.999 * sx2 + 0.001 * x2 * x2;
        double sy3 = 0.999 * sy2 + 0.016 * y2 * y2;
        double x3 = x2 - 0.1 * (0.9 * mx3 / 0.3439 + 0.1 * x2 / 0.271) / Math.sqrt(sx3 / 0.002997001);
        double y3 = y2 - 0.1 * (0.9 * my3 / 0.3439 + 0.4 * y2 / 0.271) / Math.sqrt(sy3 / 0.002997001);
        double[][] expected = {{x1, y1}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.NADAM, OptimizerSettings.DEFAULTS.withLearningRate(0.1).withDelta(0)));
    }

    @Test
    void amsGradKeepsTheLargestSecondMoment() {
        // ε = 0.5, β1 = 0.9, β2 = 0.5, δ = 0 (β2 small so that s falls at step 2 and the max matters)
        // 1: m = (0.1, 0.4), s = s_max = (0.5, 8), m̂ = (1, 4), ŝ = (1, 16): θ = (0.5, 0.5)
        // 2: g = (0.5, 2); m = (0.09 + 0.05, 0.36 + 0.2) = (0.14, 0.56);
        //    s = (0.25 + 0.125, 4 + 2) = (0.375, 6) < s_max = (0.5, 8), kept; 1 − β1² = 0.19, 1 − β2² = 0.75
        double x2 = 0.5 - 0.5 * (0.14 / 0.19) / Math.sqrt(0.5 / 0.75);
        double y2 = 0.5 - 0.5 * (0.56 / 0.19) / Math.sqrt(8 / 0.75);
        // 3: g = (x2, 4y2); s = 0.5·(0.375, 6) + 0.5 g²; s_max = max(s_max, s); 1 − β1³ = 0.271, 1 − β2³ = 0.875
        double sx3 = Math.max(0.5, 0.1875 + 0.5 * x2 * x2);
        double sy3 = Math.max(8, 3 + 0.5 * 16 * y2 * y2);
        double x3 = x2 - 0.5 * ((0.9 * 0.14 + 0.1 * x2) / 0.271) / Math.sqrt(sx3 / 0.875);
        double y3 = y2 - 0.5 * ((0.9 * 0.56 + 0.4 * y2) / 0.271) / Math.sqrt(sy3 / 0.875);
        double[][] expected = {{0.5, 0.5}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.AMSGRAD,
                OptimizerSettings.DEFAULTS.withLearningRate(0.5).withBeta2(0.5).withDelta(0)));
    }

    @Test
    void adaDelta() {
        // ε = 1, ρ = 0.9, δ = 0.01: r ← 0.9r + 0.1g², Δ = −√(u + δ)/√(r + δ)·g, u ← 0.9u + 0.1Δ², θ ← θ + Δ
        // 1: r = (0.1, 1.6), u = 0: Δ = (−0.1/√0.11, −0.4/√1.61)
        double dx1 = -0.1 / Math.sqrt(0.11);
        double dy1 = -0.4 / Math.sqrt(1.61);
        double x1 = 1 + dx1;
        double y1 = 1 + dy1;
        double ux1 = 0.1 * dx1 * dx1;
        double uy1 = 0.1 * dy1 * dy1;
        // 2: g = (x1, 4y1), r = (0.09 + 0.1 x1², 1.44 + 1.6 y1²)
        double rx2 = 0.09 + 0.1 * x1 * x1;
        double ry2 = 1.44 + 1.6 * y1 * y1;
        double dx2 = -Math.sqrt(ux1 + 0.01) / Math.sqrt(rx2 + 0.01) * x1;
        double dy2 = -Math.sqrt(uy1 + 0.01) / Math.sqrt(ry2 + 0.01) * 4 * y1;
        double x2 = x1 + dx2;
        double y2 = y1 + dy2;
        // 3
        double rx3 = 0.9 * rx2 + 0.1 * x2 * x2;
        double ry3 = 0.9 * ry2 + 1.6 * y2 * y2;
        double x3 = x2 - Math.sqrt(0.9 * ux1 + 0.1 * dx2 * dx2 + 0.01) / Math.sqrt(rx3 + 0.01) * x2;
        double y3 = y2 - Math.sqrt(0.9 * uy1 + 0.1 * dy2 * dy2 + 0.01) / Math.sqrt(ry3 + 0.01) * 4 * y2;
        double[][] expected = {{x1, y1}, {x2, y2}, {x3, y3}};
        assertSteps(expected, run(OptimizerKind.ADADELTA,
                OptimizerSettings.DEFAULTS.withLearningRate(1).withRho(0.9).withDelta(0.01)));
    }
}
