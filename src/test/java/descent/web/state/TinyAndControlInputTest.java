package descent.web.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.optim.ClipMode;
import descent.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** Issue 15, item 6: subnormal settings from a link, and control values that were tampered with. */
class TinyAndControlInputTest {
    @Test
    void subnormalSettingsFromALinkAreReadAsZeroWithANotice() {
        String[] keys = {"delta", "mom", "scale", "avgd", "b1", "rho"};
        for (String key : keys) {
            DecodedState s = HashState.decode("l0.opt=adam&l0." + key + "=1e-320");
            String all = String.join(" | ", s.notices());
            assertTrue(all.contains("l0." + key + ": \"1e-320\" is too small to tell from 0, read as 0"), all);
            String encoded = HashState.encode(s.config());
            assertFalse(encoded.contains("e-320"), encoded);
        }
        DecodedState noise = HashState.decode("noise=-4e-310");
        assertEquals(0.0, noise.config().noise);
        assertEquals(1, noise.notices().size(), String.join(" | ", noise.notices()));
        assertEquals(1e-300, HashState.decode("l0.delta=1e-300").config().lanes[0].settings.delta());
        assertTrue(HashState.decode("l0.delta=1e-300").notices().isEmpty());
    }

    @Test
    void tamperedLaneControlValuesAreCheckedLikeTheLink() {
        LaneConfig current = LaneConfig.of(OptimizerKind.MOMENTUM, 0.03);
        ControlInput.Checked<LaneConfig> c = ControlInput.lane(current, new String[] {"mom", "clip", "scale", "lr"},
                new String[] {"5", "bogus", "1e308", "abc"});
        String all = String.join(" | ", c.notices());
        assertTrue(all.contains("mom: \"5\" clamped to 0.9999 (allowed 0 to 0.9999)"), all);
        assertTrue(all.contains("clip: \"bogus\" is not a clipping mode (none, norm, value), kept none"), all);
        assertTrue(all.contains("scale: \"1e308\" clamped to 10"), all);
        assertTrue(all.contains("lr: \"abc\" is not a number, kept 0.03"), all);
        assertEquals(0.9999, c.value().settings.momentum());
        assertEquals(ClipMode.NONE, c.value().clip);
        assertEquals(10, c.value().initScale);
        assertEquals(0.03, c.value().settings.learningRate());
    }

    @Test
    void goodControlValuesChangeTheLaneWithoutNotices() {
        LaneConfig current = LaneConfig.of(OptimizerKind.ADAM, 0.001);
        ControlInput.Checked<LaneConfig> c = ControlInput.lane(current, new String[] {"lr", "b2", "clip", "clipc"},
                new String[] {ControlInput.optionValue(3e-4), "0.99", "norm", "5"});
        assertTrue(c.notices().isEmpty(), String.join(" | ", c.notices()));
        assertEquals(3e-4, c.value().settings.learningRate());
        assertEquals(0.99, c.value().settings.beta2());
        assertEquals(ClipMode.NORM, c.value().clip);
        assertEquals(5, c.value().clipThreshold);
        assertEquals(current.settings.beta1(), c.value().settings.beta1());
        assertEquals("1e-5", ControlInput.optionValue(1e-5));
    }

    @Test
    void choicesAndSharedControls() {
        assertTrue(ControlInput.isLaneChoice("opt", "adam").value());
        ControlInput.Checked<Boolean> bad = ControlInput.isLaneChoice("sched", "bogus");
        assertFalse(bad.value());
        assertTrue(bad.notices().get(0).startsWith("sched: \"bogus\" is not a schedule"), bad.notices().get(0));

        PlaygroundConfig current = new PlaygroundConfig();
        ControlInput.Checked<PlaygroundConfig> s = ControlInput.shared(current,
                new String[] {"noise", "layers", "act", "seed"}, new String[] {"bogus", "4,x", "tanh", "7"});
        String all = String.join(" | ", s.notices());
        assertTrue(all.contains("noise: \"bogus\" is not a number, kept 0.1"), all);
        assertTrue(all.contains("layers"), all);
        assertEquals(0.1, s.value().noise);
        assertEquals(7, s.value().seed);
        assertEquals(current.lanes.length, s.value().lanes.length);
    }
}
