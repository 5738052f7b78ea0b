package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison playground in real Chromium, checked by what a person sees and does. */
class ComparisonIT {
    static final String STEPS_ABOVE =
            "n => Number(document.getElementById('step-count').textContent.replace(/\\D/g, '')) > n";
    private final List<String> errors = Browser.errorList();
    private Page page;

    @BeforeEach
    void open() throws Exception {
        page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void theDefaultPageOpensWithFourLanes() {
        List<String> titles = page.locator(".lane .lane-title").allTextContents();
        assertEquals(List.of("Gradient descent", "Momentum (Polyak)", "RMSProp", "Adam"), titles);
        assertEquals("0", page.textContent("#step-count").trim());
        assertEquals(4, page.locator("#chart-legend li").count());
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void playTrainsEveryLaneAndTheLossesFall() {
        List<Map<String, Object>> before = lanes();
        page.click("#play");
        assertEquals("Pause", page.textContent("#play").trim());
        page.waitForFunction(STEPS_ABOVE, 800);
        page.click("#play");
        List<Map<String, Object>> after = lanes();
        for (int i = 0; i < 4; i++) {
            double was = num(before.get(i).get("trainLoss"));
            double now = num(after.get(i).get("trainLoss"));
            assertTrue(num(after.get(i).get("step")) > 800, "lane " + i + " stepped: " + after.get(i));
            assertTrue(now < 0.7 * was, "lane " + i + " loss falls: " + was + " → " + now);
            assertEquals("paused", after.get(i).get("status"));
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void everyLaneShowsBothClassesOnceTrained() {
        page.evaluate("() => window.descent.step(1500)");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> maps = (List<Map<String, Object>>) page.evaluate("() => Array.from("
                + "document.querySelectorAll('.lane canvas[role=img]:not(.lane-key):not(.network-canvas)')).map(c => {"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let blue = 0, orange = 0; const total = d.length / 4;"
                + " for (let i = 0; i < d.length; i += 4) { if (d[i + 2] > d[i] + 40) blue++; if (d[i] > d[i + 2] + 40) orange++; }"
                + " return {blue: blue / total, orange: orange / total}; })");
        assertEquals(4, maps.size());
        for (Map<String, Object> m : maps) {
            assertTrue(num(m.get("blue")) > 0.05 && num(m.get("orange")) > 0.05, "both classes visible: " + maps);
        }
    }

    @Test
    void stepResetAddDuplicateAndRemoveLanes() {
        page.click("#step");
        // the engine trains in its worker: the step shows when its snapshot comes, within a frame or two
        page.waitForFunction("() => document.getElementById('step-count').textContent.trim() === '1'");
        page.click("#reset");
        assertEquals("0", page.textContent("#step-count").trim());
        page.click("#add-lane");
        assertEquals(5, page.locator(".lane").count());
        page.locator(".lane").nth(0).locator("button:has-text('Duplicate')").click();
        assertEquals(6, page.locator(".lane").count());
        assertTrue(page.locator("#add-lane").isDisabled(), "at most 6 lanes");
        page.locator(".lane").nth(1).locator("button:has-text('Remove')").click();
        assertEquals(5, page.locator(".lane").count());
        assertEquals("Gradient descent", page.locator(".lane .lane-title").nth(4).textContent());
        assertTrue(page.evaluate("() => location.hash").toString().contains("lanes=5"), "the link follows");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void changingALaneMidRunContinuesOrRestartsThatLaneOnly() {
        page.evaluate("() => window.descent.step(100)");
        page.locator(".lane").nth(1).locator("select").first().selectOption("nesterov");
        List<Map<String, Object>> after = lanes();
        assertEquals("Nesterov (look-ahead)", after.get(1).get("label"));
        assertEquals(100.0, num(after.get(1).get("step")), "continued from step 100");
        page.locator(".lane").nth(2).locator("summary:has-text('More settings')").click();
        page.locator(".lane").nth(2).locator("label:has-text('Restart lane on change') input").check();
        page.locator(".lane").nth(2).locator("label:has-text('Learning rate') select").selectOption("0.001");
        after = lanes();
        assertEquals(0.0, num(after.get(2).get("step")), "restarted");
        assertEquals(100.0, num(after.get(0).get("step")), "other lanes untouched");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aTooLargeLearningRateShowsDivergedAndTheOthersGoOn() {
        page.selectOption("#dataset", "plane"); // squared error on a linear output: a large ε blows up
        page.locator(".lane").nth(0).locator("label:has-text('Learning rate') select").selectOption("10");
        page.locator(".lane").nth(1).locator("label:has-text('Learning rate') select").selectOption("10");
        page.evaluate("() => window.descent.step(400)");
        String statuses = page.evaluate("() => window.descent.metrics().lanes.map(l => l.status).join(',')").toString();
        assertTrue(statuses.contains("diverged"), statuses);
        assertTrue(statuses.contains("paused"), "the others go on: " + statuses);
        String text = page.textContent(".lane[data-status=diverged] .lane-status");
        assertTrue(text.startsWith("DIVERGED at step "), text);
        assertFalse(page.textContent("main").contains("NaN"), "no NaN on screen");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void moreSettingsShowsOnlyTheKnobsTheLanesRuleReadsEachWithItsRole() {
        com.microsoft.playwright.Locator gd = page.locator(".lane").nth(0);
        com.microsoft.playwright.Locator adam = page.locator(".lane").nth(3);
        gd.locator("summary:has-text('More settings')").click();
        adam.locator("summary:has-text('More settings')").click();
        assertFalse(gd.locator("label:has-text('β₁')").isVisible(), "plain GD has no β₁");
        assertFalse(gd.locator("label:has-text('Momentum α')").isVisible(), "nor momentum");
        assertFalse(gd.locator("label:has-text('Clip at c')").isVisible(), "no threshold while clipping is off");
        com.microsoft.playwright.Locator beta1 = adam.locator("label:has-text('β₁')");
        assertTrue(beta1.isVisible(), "Adam has β₁");
        assertTrue(beta1.locator(".lane-hint").isVisible(), "its role is on screen, not in a hover title");
        assertTrue(beta1.textContent().contains("decay of the mean of gradients m"), beta1.textContent());
        gd.locator("label:has-text('Clipping') select").selectOption("norm");
        assertTrue(gd.locator("label:has-text('Clip at c')").isVisible(), "clipping on: its threshold appears");
        gd.locator("select").first().selectOption("newton");
        assertFalse(gd.locator("label:has-text('Learning rate ε')").isVisible(), "Newton ignores ε: not offered");
        assertTrue(gd.textContent().contains("no learning rate"), "and says why");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theSecondOrderNoteIsSaidOnceForThePage() {
        page.selectOption("#layers", "16,16");
        page.waitForFunction("() => document.querySelectorAll('.lane').length === 4");
        assertEquals(1, page.locator(".second-order-note:visible").count(), "one note above the lanes");
        assertEquals(1, page.locator("text=/keeps a \\d+×\\d+ matrix/").count(), "the matrix is named once");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aSettingsChangeRaisesNoLinkNotice() {
        page.evaluate("() => window.descent.step(20)");
        com.microsoft.playwright.Locator adam = page.locator(".lane").nth(3);
        adam.locator("summary:has-text('More settings')").click();
        adam.locator("label:has-text('β₁') select").selectOption("0.5");
        adam.locator("label:has-text('Initialization') select").selectOption("HE_NORMAL");
        page.locator(".lane").nth(0).locator("select").first().selectOption("nesterov");
        assertTrue(page.isHidden("#notices"), "no 'could not be used' notice: " + page.textContent("#notices"));
        assertFalse(page.textContent("body").contains("could not be used"));
        assertTrue(adam.locator(".lane-change").textContent().contains("restarted"), "the card says what it did");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void eachLaneCountsItsOwnEpochs() {
        page.locator(".lane").nth(1).locator("summary:has-text('More settings')").click();
        page.locator(".lane").nth(1).locator("label:has-text('Batch size') select").selectOption("100");
        page.evaluate("() => window.descent.step(50)");
        String gd = page.textContent(".lane:nth-child(1) .lane-status");
        String big = page.textContent(".lane:nth-child(2) .lane-status");
        assertTrue(gd.contains("epoch"), gd);
        assertFalse(gd.replaceAll(".*epoch ", "").equals(big.replaceAll(".*epoch ", "")),
                "batch 10 and batch 100 have seen different numbers of epochs: " + gd + " / " + big);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void copyLinkAndCopyEmbedCodeSayWhatTheyDid() {
        page.click("#copy-link");
        page.waitForFunction("() => (document.getElementById('share-status') || {}).textContent > ''");
        String said = page.textContent("#share-status");
        assertTrue(said.contains("link"), said);
        assertEquals("polite", page.getAttribute("#share-status", "aria-live"));
        page.click("#copy-embed");
        page.waitForFunction("() => document.getElementById('share-status').textContent.includes('embed code')");
        assertTrue(page.locator("#share-status").isVisible());
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lanes() {
        return (List<Map<String, Object>>) page.evaluate("() => window.descent.metrics().lanes");
    }

    static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }
}
