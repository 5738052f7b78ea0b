package descent.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptimizerKindTest {
    @Test
    void namesAreUniqueAndRoundTrip() {
        Set<String> ids = new HashSet<>();
        for (OptimizerKind k : OptimizerKind.values()) {
            assertTrue(ids.add(k.id()), k.id());
            assertEquals(k, OptimizerKind.fromId(k.id()));
        }
        for (String id : new String[] {"gd", "momentum", "momentum-cs231n", "nesterov", "nesterov-cov", "adagrad",
            "rmsprop", "rmsprop-nesterov", "adam", "adam-nobias", "adamw", "nadam", "amsgrad", "adadelta", "newton",
            "damped-newton", "saddle-free-newton", "bfgs", "lbfgs", "cg"}) {
            assertTrue(ids.contains(id), id);
        }
        assertEquals(OptimizerKind.GD, OptimizerKind.fromId("sgd"));
        assertNull(OptimizerKind.fromId("adamm"));
    }

    @Test
    void defaultsAreTheCourses() {
        assertEquals(0.9, OptimizerKind.MOMENTUM.defaults().momentum());
        assertEquals(1e-7, OptimizerKind.ADAGRAD.defaults().delta());
        assertEquals(0.9, OptimizerKind.RMSPROP.defaults().rho());
        assertEquals(1e-7, OptimizerKind.RMSPROP.defaults().delta());
        OptimizerSettings adam = OptimizerKind.ADAM.defaults();
        assertEquals(1e-3, adam.learningRate());
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-8, adam.delta());
        assertEquals(0.1, OptimizerKind.CG.defaults().wolfeC2());
        assertEquals(1.0, OptimizerKind.ADADELTA.defaults().learningRate());
    }

    @Test
    void usesTellsWhichKnobsMatter() {
        assertTrue(OptimizerKind.ADAM.uses(Hyperparameter.BETA1));
        assertFalse(OptimizerKind.ADAM.uses(Hyperparameter.MOMENTUM));
        assertTrue(OptimizerKind.RMSPROP_NESTEROV.uses(Hyperparameter.MOMENTUM));
        assertFalse(OptimizerKind.NEWTON.usesLearningRate());
        assertFalse(OptimizerKind.BFGS.usesLearningRate());
        assertTrue(OptimizerKind.LBFGS.uses(Hyperparameter.MEMORY));
        assertTrue(OptimizerKind.GD.usesLearningRate());
    }

    @Test
    void everyKindStepsAThreeParameterProblem() {
        // J = Σ i·θᵢ² with θ = (1, 1, 1): every rule lowers J within 20 steps at its default settings
        Objective f = new Objective() {
            public int dimension() {
                return 3;
            }

            public double value(double[] t) {
                return t[0] * t[0] + 2 * t[1] * t[1] + 3 * t[2] * t[2];
            }

            public double valueAndGradient(double[] t, double[] g) {
                g[0] = 2 * t[0];
                g[1] = 4 * t[1];
                g[2] = 6 * t[2];
                return value(t);
            }
        };
        for (OptimizerKind k : OptimizerKind.values()) {
            OptimizerSettings s = k.defaults();
            Optimizer o = k.factory(s).create(3);
            double[] theta = {1, 1, 1};
            for (int i = 0; i < 20; i++) {
                o.step(f, theta, s.learningRate());
            }
            assertTrue(f.value(theta) < 6, k.id() + " J = " + f.value(theta));
        }
    }

    @Test
    void settingsValidateAndCompareByValue() {
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULTS.withMomentum(1));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULTS.withLearningRate(-0.1));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULTS.withLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULTS.withBeta2(1));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULTS.withLineSearchConstants(0.5, 0.4));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.DEFAULTS.withMemory(0));
        OptimizerSettings a = OptimizerSettings.DEFAULTS.withLearningRate(0.3).withRho(0.5);
        OptimizerSettings b = OptimizerSettings.DEFAULTS.withRho(0.5).withLearningRate(0.3);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b.withDelta(1e-3));
        assertEquals(0.9, OptimizerSettings.DEFAULTS.momentum()); // withers never mutate
    }

    @Test
    void stepsDoNotAllocate() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean)) {
            return; // not measurable on this JVM
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        long id = Thread.currentThread().getId();
        HessianObjective f = TestObjectives.bowl();
        for (OptimizerKind k : OptimizerKind.values()) {
            Optimizer o = k.create(k.defaults(), 2);
            double[] theta = {1, 1};
            for (int i = 0; i < 200; i++) { // warm up (class loading, JIT)
                o.step(f, theta, 1e-3);
                theta[0] = 1;
                theta[1] = 1;
            }
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 1000; i++) {
                o.step(f, theta, 1e-3);
                theta[0] = 1;
                theta[1] = 1;
            }
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            assertTrue(allocated < 1024, k.id() + " allocated " + allocated + " bytes in 1000 steps");
        }
    }
}
