package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layers lab in real Chromium, read through the numbers the page shows (table rows carry data attributes). */
class LayersIT {
    private final List<String> errors = Browser.errorList();
    private Page page;

    private void open(String url) throws Exception {
        page = Browser.get().open(url, errors);
        page.waitForSelector("body[data-ready=true]");
    }

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
    }

    private double saturation(int layer) {
        return Double.parseDouble(page.getAttribute("#lay-rows tr[data-layer='" + layer + "']", "data-saturated"));
    }

    @Test
    void loadsWithoutConsoleErrorsAndShowsEveryLayer() throws Exception {
        open("layers.html");
        assertEquals(10, page.locator("#lay-rows tr").count());
        // The comparison's four lanes are built when a reader scrolls to them.
        page.locator("#compare").scrollIntoViewIfNeeded();
        page.waitForFunction("() => document.querySelectorAll('#lanes .lane').length === 4");
        assertEquals(4, page.locator("#lanes .lane").count());
        assertTrue(page.locator("#symmetry").isHidden(), "Xavier weights break the symmetry");
        assertTrue(page.evaluate("() => location.hash").toString().contains("init=xavier"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void tanhWithUnitNormalWeightsSaturatesLayerTenAndBatchNormStopsIt() throws Exception {
        open("layers.html");
        page.selectOption("#lab-init", "normal");
        assertEquals("1", page.textContent("#lab-scale-value").trim());
        double plain = saturation(10);
        assertTrue(plain > 0.5, "layer 10 mostly saturated: " + plain);
        page.selectOption("#lab-bn", "before");
        double normalized = saturation(10);
        assertTrue(normalized < 0.1, "with batch norm: " + normalized);
        assertTrue(page.locator("#bn-on").isVisible());
        assertTrue(page.locator("#bn-units tr").count() > 0);
        System.out.println("layers lab, tanh, N(0, 1), 10 × 32: layer 10 saturated " + plain + " without batch norm, "
                + normalized + " with it before the activation");
        page.selectOption("#lab-bn", "none");
        assertEquals(plain, saturation(10), 1e-12, "back without batch norm");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void zeroInitShowsTheSymmetryMessageAfterTraining() throws Exception {
        open("layers.html");
        page.selectOption("#lab-init", "zero");
        page.evaluate("() => window.descent.step(200)");
        assertEquals("200", page.textContent("#lab-step-count").trim());
        String message = page.textContent("#symmetry");
        assertTrue(page.locator("#symmetry").isVisible(), message);
        assertTrue(message.contains("all units of layer 3 are identical"), message);
        assertTrue(message.contains("after 200 steps"), message);
        assertEquals("true", page.getAttribute("#lay-rows tr[data-layer='3']",
                "data-identical"));
        page.selectOption("#lab-init", "he");
        page.evaluate("() => window.descent.step(20)");
        assertTrue(page.locator("#symmetry").isHidden(), "random weights: no symmetry");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void playTrainsTheLabAndTheCurvesRecordEveryLayer() throws Exception {
        open("layers.html#depth=4&width=16&lr=0.1");
        page.click("#lab-play");
        page.waitForFunction("() => Number(document.getElementById('lab-step-count').textContent.replace(/\\D/g, '')) > 300",
                null);
        page.click("#lab-play");
        for (int l = 1; l <= 4; l++) {
            double ratio = Double.parseDouble(page.getAttribute("#lay-rows tr[data-layer='" + l + "']", "data-ratio"));
            assertTrue(ratio > 0 && ratio < 1, "layer " + l + " update ratio " + ratio);
        }
        assertEquals("paused", page.getAttribute("#lab-status", "data-status"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theLockstepComparisonTrains() throws Exception {
        open("layers.html");
        assertEquals("0", page.textContent("#step-count").trim());
        page.click("#cmp-play");
        page.waitForFunction("() => Number(document.getElementById('step-count').textContent.replace(/\\D/g, '')) > 50",
                null);
        page.click("#cmp-play");
        List<String> rows = page.locator("#final-metrics tr").allTextContents();
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).contains("batch norm"), rows.toString());
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theDeepLinearChainShowsHigherOrderTerms() throws Exception {
        open("layers.html");
        double higher = Double.parseDouble(page.getAttribute("#chain-higher", "data-higher"));
        assertTrue(Math.abs(higher) > 1e-3, "higher-order part " + higher);
        page.selectOption("#chain-eps", "0.001");
        double small = Double.parseDouble(page.getAttribute("#chain-higher", "data-higher"));
        double first = Double.parseDouble(page.getAttribute("#chain-higher", "data-first"));
        assertTrue(Math.abs(small) < 0.1 * Math.abs(first), "small ε: " + small + " vs " + first);
        assertEquals(8, page.locator("#chain-terms tr").count());
        page.click("#chain-step");
        assertTrue(page.textContent("#chain-text").contains("after 1 step"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aBadLinkFallsBackToDefaultsWithAVisibleNotice() throws Exception {
        open("layers.html#depth=99&act=%3Cimg%20src%3Dx%3E&init=normal&bogus=1");
        String notices = page.textContent("#notices");
        assertTrue(page.locator("#notices").isVisible());
        assertTrue(notices.contains("depth"), notices);
        assertTrue(notices.contains("bogus"), notices);
        assertEquals(0, page.locator("#notices img").count(), "never inserted as HTML");
        assertEquals(10, page.locator("#lay-rows tr").count(), "default depth");
        assertEquals("normal", page.inputValue("#lab-init"));
        assertFalse(errors.stream().anyMatch(e -> e.contains("page error")), errors.toString());
    }

    /** Where layer l's middle 90 % was drawn: [from, to] as fractions of its histogram cell. */
    private double[] drawn(String column, int layer) {
        String[] v = page.getAttribute("#lay-rows tr[data-layer='" + layer + "']", "data-" + column + "-drawn").split(" ");
        return new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])};
    }

    @Test
    void theVanishingPresetDrawsEachLayerNarrowerThanTheOneBefore() throws Exception {
        open("layers.html");
        page.selectOption("#lab-preset", "vanish");
        assertTrue(page.textContent("#lay-hist-note").contains("log"), page.textContent("#lay-hist-note"));
        double[] previous = drawn("act", 1);
        for (int l = 2; l <= 10; l++) {
            double[] now = drawn("act", l);
            // on the shared axis a layer whose values are ~20 times smaller is drawn well left of the one before
            assertTrue(now[1] < previous[1] - 0.02, "layer " + l + " drawn at " + now[0] + "–" + now[1]
                    + ", layer " + (l - 1) + " at " + previous[0] + "–" + previous[1]);
            previous = now;
        }
        double[] first = drawn("grad", 1);
        double[] last = drawn("grad", 10);
        assertTrue(first[1] < last[0], "gradients: layer 1 (" + first[1] + ") left of layer 10 (" + last[0] + ")");
        page.selectOption("#lay-axis", "linear");
        assertEquals(drawn("act", 2)[0], drawn("act", 9)[0], 1e-9, "a linear axis shows the same spike for all");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void xavierKeepsTheLinearAxisAndItsSpreads() throws Exception {
        open("layers.html");
        assertEquals("auto", page.inputValue("#lay-axis"));
        assertFalse(page.textContent("#lay-hist-note").contains("log₁₀ of the magnitude"), "alike spreads: linear");
        double[] first = drawn("act", 1);
        double[] last = drawn("act", 10);
        assertTrue(first[1] - first[0] > 0.2 && last[1] - last[0] > 0.2, "wide bumps " + first[0] + "–" + first[1]
                + ", " + last[0] + "–" + last[1]);
    }
}
