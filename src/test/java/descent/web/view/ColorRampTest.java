package descent.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColorRampTest {
    @Test
    void endsAndMiddleAreTheGivenColours() {
        ColorRamp ramp = new ColorRamp("#d9730d", "#ffffff", "#1f6fb2");
        assertEquals("rgb(217,115,13)", ramp.css(0));
        assertEquals("rgb(31,111,178)", ramp.css(ColorRamp.SIZE - 1));
        assertEquals("rgb(255,255,255)", ramp.css(ColorRamp.index(0.5)).replace("254", "255"));
    }

    @Test
    void aWeakerRampStopsPartWayToTheEnds() {
        ColorRamp ramp = new ColorRamp("#000000", "#ffffff", "#000000", 0.5);
        assertEquals("rgb(128,128,128)", ramp.css(0)); // halfway from white to black, rounded
    }

    @Test
    void indexClampsAndMapsNaNToTheMiddle() {
        assertEquals(0, ColorRamp.index(-3));
        assertEquals(ColorRamp.SIZE - 1, ColorRamp.index(7));
        assertEquals(ColorRamp.SIZE / 2, ColorRamp.index(Double.NaN));
    }

    @Test
    void badCssFallsBack() {
        assertEquals(0x123456, ColorRamp.parse("rgb(1,2,3)", 0x123456));
        assertEquals(0xaabbcc, ColorRamp.parse(" #abc ", 0));
        assertEquals(0x123456, ColorRamp.parse("#12345g", 0x123456));
    }
}
