package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The playground in real Chromium, checked by what a person sees and does. */
class PlaygroundIT {
    private final List<String> errors = Browser.errorList();
    private Page page;

    @BeforeEach
    void open() throws Exception {
        page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(20_000));
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void loadsWithoutConsoleErrorsAndShowsTheStartingState() {
        assertEquals("js", page.getAttribute("html", "data-engine"));
        assertEquals("0", text("#step-count"));
        assertEquals("ready", text("#status"));
        assertTrue(number("#train-loss") > 0, "a starting loss is shown");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void playAdvancesTheStepCounterAndTheTrainingLossFalls() {
        double before = number("#train-loss");
        page.click("#play");
        assertEquals("Pause", text("#play"));
        page.waitForFunction("() => Number(document.getElementById('step-count').textContent.replace(/\\D/g, '')) > 1500",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.click("#play");
        assertEquals("Play", text("#play"));
        int steps = (int) number("#step-count");
        double after = number("#train-loss");
        assertTrue(steps > 1500, "steps: " + steps);
        assertTrue(after < 0.6 * before, "training loss should fall: " + before + " → " + after);
        assertTrue(number("#epoch-count") > 0, "epochs advance");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theHeatMapShowsBothClassesOnceTrained() {
        page.click("#play");
        page.waitForFunction("() => Number(document.getElementById('step-count').textContent.replace(/\\D/g, '')) > 1500",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.click("#play");
        @SuppressWarnings("unchecked")
        Map<String, Object> pixels = (Map<String, Object>) page.evaluate("() => {"
                + " const c = document.getElementById('heatmap');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let blue = 0, orange = 0, total = d.length / 4; const seen = new Set();"
                + " for (let i = 0; i < d.length; i += 4) {"
                + "   const r = d[i], g = d[i + 1], b = d[i + 2];"
                + "   if (b > r + 40) blue++; if (r > b + 40) orange++;"
                + "   seen.add((r >> 4) + ',' + (g >> 4) + ',' + (b >> 4)); }"
                + " return {blue: blue / total, orange: orange / total, colours: seen.size}; }");
        double blue = ((Number) pixels.get("blue")).doubleValue();
        double orange = ((Number) pixels.get("orange")).doubleValue();
        int colours = ((Number) pixels.get("colours")).intValue();
        assertTrue(blue > 0.05, "class-1 region visible: " + pixels);
        assertTrue(orange > 0.05, "class-0 region visible: " + pixels);
        assertTrue(colours > 20, "a field, not a flat fill: " + pixels);
    }

    @Test
    void stepTakesOneStepAndResetGoesBack() {
        page.click("#step");
        assertEquals("1", text("#step-count"));
        page.click("#step");
        assertEquals("2", text("#step-count"));
        assertEquals("paused", text("#status"));
        page.click("#reset");
        assertEquals("0", text("#step-count"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void everyDatasetAndBatchSizeCanBeChosen() {
        for (String dataset : List.of("XOR", "GAUSSIANS", "SPIRAL", "MOONS", "PLANE", "BUMPS", "CIRCLE")) {
            page.selectOption("#dataset", dataset);
            page.selectOption("#batch-size", "0");
            page.click("#step");
            assertEquals("1", text("#step-count"), dataset);
            assertTrue(number("#train-loss") >= 0, dataset + " shows a loss");
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private String text(String selector) {
        return page.textContent(selector).trim();
    }

    /** The number a person reads in the element (thin-space digit groups allowed). */
    private double number(String selector) {
        return Double.parseDouble(text(selector).replace("\u2009", "").replace("%", ""));
    }
}
