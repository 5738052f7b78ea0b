package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a student chose to look at the charts travels with the link: the charts' smoothing toggle on the index
 * page and the layers lab's histogram axis. Reloading the link shows the same picture.
 */
class ViewLinkIT {
    private static final String FRAMES = "() => new Promise(done => { let n = 0;"
            + " const f = () => ++n >= 6 ? done() : requestAnimationFrame(f); requestAnimationFrame(f); })";
    private static final String PIXELS = "() => { const c = document.getElementById('loss-chart');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let h = 0;"
            + " for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] + 7 * d[i+1] + 13 * d[i+2]) | 0; } return h; }";

    private static Object chartAt(Page page, int steps) {
        page.evaluate("n => window.descent.step(n)", steps);
        page.evaluate(FRAMES);
        return page.evaluate(PIXELS);
    }

    @Test
    void theSmoothingToggleIsInTheLinkAndAReloadDrawsTheSameChart() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lesson=batch-size", errors);
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.isChecked("#smooth"), "smoothing is on by default");
        page.uncheck("#smooth");
        page.waitForFunction("() => location.hash.includes('smooth=0')");
        Object raw = chartAt(page, 300);
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        assertFalse(page.isChecked("#smooth"), "the reloaded link keeps smoothing off");
        assertEquals(raw, chartAt(page, 300), "the same raw curves after the reload");
        page.check("#smooth");
        page.waitForFunction("() => !location.hash.includes('smooth=0')");
        page.evaluate(FRAMES);
        assertNotEquals(raw, page.evaluate(PIXELS), "smoothing changes the picture, so the test sees it");
        assertTrue(page.isHidden("#notices"), "a view setting raises no notice");
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theHistogramAxisIsInTheLayersLinkAndAReloadRestoresIt() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("layers.html", errors);
        page.waitForSelector("body[data-ready=true]");
        assertFalse(page.textContent("#lay-hist-note").contains("log₁₀ of the magnitude"), "Xavier: linear");
        page.selectOption("#lay-axis", "log");
        page.waitForFunction("() => location.hash.includes('axis=log')");
        String drawn = page.getAttribute("#lay-rows tr[data-layer='3']", "data-act-drawn");
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        assertEquals("log", page.inputValue("#lay-axis"));
        assertTrue(page.textContent("#lay-hist-note").contains("log"), page.textContent("#lay-hist-note"));
        assertEquals(drawn, page.getAttribute("#lay-rows tr[data-layer='3']", "data-act-drawn"),
                "layer 3 drawn where it was before the reload");
        assertTrue(page.isHidden("#notices"), "no notice for the axis");
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
