package descent.web.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.data.table.TableKind;
import descent.core.experiment.LayerLab;
import descent.core.nn.Activation;
import descent.core.nn.BatchNormPlacement;
import descent.core.nn.Init;
import org.junit.jupiter.api.Test;

class LayersLinkTest {
    @Test
    void everySettingRoundTrips() {
        LayerLab.Settings s = new LayerLab.Settings();
        s.depth = 12;
        s.width = 64;
        s.activation = Activation.SIGMOID;
        s.init = Init.ORTHOGONAL;
        s.scale = 0.05;
        s.gain = 1.1;
        s.nonZero = 4;
        s.placement = BatchNormPlacement.AFTER_ACTIVATION;
        s.learningRate = 0.001;
        s.batchSize = 200;
        s.seed = 42;
        s.table = TableKind.DIGITS;
        String hash = LayersLink.encode(s);
        assertTrue(hash.contains("data=digits"), hash);
        LayersLink.Decoded d = LayersLink.decode("#" + hash);
        assertTrue(d.notices.isEmpty(), d.notices.toString());
        assertEquals(hash, LayersLink.encode(d.settings));
    }

    @Test
    void theDataKeyRoundTripsAndDefaultsToTheCircle() {
        assertNull(LayersLink.defaults().table);
        assertTrue(LayersLink.encode(LayersLink.defaults()).endsWith("&data=circle"));
        assertEquals(TableKind.DIGITS, LayersLink.decode("depth=4&data=digits").settings.table);
        assertNull(LayersLink.decode("data=circle").settings.table);
        LayersLink.Decoded bad = LayersLink.decode("data=mnist");
        assertNull(bad.settings.table);
        assertTrue(bad.notices.get(0).contains("circle or digits"), bad.notices.toString());
    }

    @Test
    void everyInitIdIsAccepted() {
        for (Init init : Init.values()) {
            assertEquals(init, LayersLink.decode("init=" + init.id()).settings.init);
        }
    }

    @Test
    void badInputKeepsDefaultsAndSaysSo() {
        String defaults = LayersLink.encode(LayersLink.defaults());
        String[] hostile = {"depth=99", "depth=-3", "width=1e9", "act=<script>", "init=nope", "scale=NaN",
            "scale=Infinity", "gain=0", "k=0", "bn=sideways", "lr=1e400", "batch=0", "seed=abc", "=1", "novalue",
            "unknown=1", "depth=0x10", "scale=1,5", "data=penguins", "data=Digits", "data="};
        for (String h : hostile) {
            LayersLink.Decoded d = LayersLink.decode(h);
            assertEquals(defaults, LayersLink.encode(d.settings), h);
            assertEquals(1, d.notices.size(), h + " → " + d.notices);
        }
        assertTrue(LayersLink.decode("x".repeat(5000)).notices.get(0).contains("too long"));
        assertTrue(LayersLink.decode("").notices.isEmpty());
        assertTrue(LayersLink.decode(null).notices.isEmpty());
    }

    @Test
    void noticesQuoteLittleOfTheInputAndNoControlCharacters() {
        String notice = LayersLink.decode("act=" + "a".repeat(100) + "%0A\n").notices.get(0);
        assertTrue(notice.length() < 120, notice);
        assertTrue(notice.indexOf('\n') < 0, notice);
    }

    @Test
    void goodPairsSurviveBadNeighbours() {
        LayersLink.Decoded d = LayersLink.decode("depth=4&bogus=1&act=relu&&width=zz&bn=before");
        assertEquals(4, d.settings.depth);
        assertEquals(Activation.RELU, d.settings.activation);
        assertEquals(BatchNormPlacement.BEFORE_ACTIVATION, d.settings.placement);
        assertEquals(32, d.settings.width);
        assertEquals(2, d.notices.size(), d.notices.toString());
    }

    @Test
    void theHistogramAxisRoundTripsAndABadOneIsNamed() {
        LayerLab.Settings s = LayersLink.defaults();
        assertEquals(LayersLink.encode(s), LayersLink.encode(s, "auto"), "the automatic axis is not written");
        String hash = LayersLink.encode(s, "log");
        assertTrue(hash.endsWith("&axis=log"), hash);
        LayersLink.Decoded d = LayersLink.decode(hash);
        assertEquals("log", d.axis);
        assertEquals(0, d.notices.size(), d.notices.toString());
        LayersLink.Decoded bad = LayersLink.decode("axis=sideways");
        assertEquals("auto", bad.axis);
        assertEquals(1, bad.notices.size());
        assertTrue(bad.notices.get(0).contains("auto, linear or log"), bad.notices.toString());
    }
}
