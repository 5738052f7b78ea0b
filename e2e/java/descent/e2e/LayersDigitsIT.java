package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layers lab on the shipped 8×8 digits in real Chromium: data=digits in the link, the file loaded by the page. */
class LayersDigitsIT {
    private final List<String> errors = Browser.errorList();
    private Page page;

    /** Opens the page and waits until the lab has switched to the digits (the file loads asynchronously). */
    private void openDigits(String hash) throws Exception {
        page = Browser.get().open("layers.html#" + hash, errors);
        page.waitForSelector("body[data-ready=true]");
        page.waitForFunction("() => window.descent.metrics().data === 'digits'");
    }

    /**
     * Opens layers.html with the page's requests for data/digits.bin held in {@code held} (answered by the test).
     * The service worker's own request for it (its precache) is never answered, so that it never takes the page
     * over and serves the file from its cache; a request without a frame is the worker's.
     */
    private void openHolding(String hash, List<com.microsoft.playwright.Route> held) throws Exception {
        page = Browser.get().open("layers.html#" + hash, errors, context -> context.route("**/data/digits.bin", route -> {
            try {
                route.request().frame();
            } catch (RuntimeException fromTheWorker) { // Playwright for Java throws for a request without a frame
                return;
            }
            held.add(route);
        }));
        page.waitForSelector("body[data-ready=true]");
    }

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> metrics() {
        return (Map<String, Object>) page.evaluate("() => window.descent.metrics()");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /**
     * For each layer, the share of its activation cell and of its gradient cell whose canvas pixels differ from
     * the panel's colour (read at the top-left corner, which nothing draws over): [act₁, grad₁, act₂, …].
     */
    @SuppressWarnings("unchecked")
    private List<Number> inkPerLayer(int depth) {
        return (List<Number>) page.evaluate("depth => {"
                + " const c = document.getElementById('lay-hist');"
                + " const r = c.width / c.clientWidth;"
                + " const g = c.getContext('2d');"
                + " const bg = g.getImageData(2, 2, 1, 1).data;"
                + " const w = c.clientWidth, label = 60, note = 110, gap = 18;"
                + " const cell = (w - 2 * label - 2 * note - gap) / 2;"
                + " const ink = (x, y, cw, ch) => {"
                + "   const d = g.getImageData(Math.round(x * r), Math.round(y * r), Math.round(cw * r), Math.round(ch * r)).data;"
                + "   let n = 0;"
                + "   for (let i = 0; i < d.length; i += 4) {"
                + "     if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 30) n++;"
                + "   }"
                + "   return n / (d.length / 4);"
                + " };"
                + " const out = [];"
                + " for (let l = 1; l <= depth; l++) {"
                + "   const top = 22 + (l - 1) * 46;"
                + "   out.push(ink(label, top, cell, 38), ink(2 * label + cell + note + gap, top, cell, 38));"
                + " }"
                + " return out; }", depth);
    }

    @Test
    void theLinkTrainsA64InputNetworkAndDrawsEveryLayer() throws Exception {
        openDigits("data=digits&depth=6&width=16&lr=0.1&init=xavier");
        Map<String, Object> m = metrics();
        assertEquals(64, num(m.get("inputs")), 0, m.toString());
        assertEquals(10, num(m.get("outputs")), 0);
        assertEquals("digits", page.inputValue("#lab-data"));
        assertTrue(m.get("hash").toString().contains("data=digits"), m.get("hash").toString());
        assertEquals(6, page.locator("#lay-rows tr").count());
        String note = page.textContent("#lab-net-note");
        assertTrue(note.contains("64 pixel inputs → D hidden layers of W → 10 classes, softmax cross-entropy"), note);
        assertTrue(note.contains("load_digits") && note.contains("CC BY 4.0"), note);
        List<Number> ink = inkPerLayer(6);
        for (int i = 0; i < ink.size(); i++) {
            // bars of a histogram fill a good part of their cell; an empty cell has only its baseline
            assertTrue(ink.get(i).doubleValue() > 0.05, (i % 2 == 0 ? "activations" : "gradients") + " of layer "
                    + (i / 2 + 1) + ": ink " + ink);
        }
        double before = num(m.get("loss"));
        page.evaluate("() => window.descent.step(300)");
        Map<String, Object> after = metrics();
        assertEquals(300, num(after.get("step")), 0);
        assertTrue(num(after.get("loss")) < 0.5 * before, before + " → " + after.get("loss"));
        assertTrue(num(after.get("accuracy")) > 0.6, "validation accuracy " + after.get("accuracy"));
        System.out.println("layers lab on the digits, 6 × 16 tanh Xavier, ε = 0.1: probe loss " + before + " → "
                + after.get("loss") + " in 300 steps, validation accuracy " + after.get("accuracy"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void unitNormalWeightsSaturateTheDeepLayersAndBatchNormStopsIt() throws Exception {
        openDigits("data=digits&depth=10&width=32&init=normal&scale=1");
        double plain = Double.parseDouble(page.getAttribute("#lay-rows tr[data-layer='10']", "data-saturated"));
        page.selectOption("#lab-bn", "before");
        page.selectOption("#lab-init", "xavier");
        double normalized = Double.parseDouble(page.getAttribute("#lay-rows tr[data-layer='10']", "data-saturated"));
        assertTrue(plain > 0.5, "N(0, 1): layer 10 saturated " + plain);
        assertTrue(normalized < 0.05, "Xavier + batch norm: " + normalized);
        assertEquals("digits", metrics().get("data"), "a control change keeps the data");
        System.out.println("layers lab on the digits, tanh 10 × 32: layer 10 saturated " + plain
                + " with N(0, 1), " + normalized + " with Xavier and batch norm before the activation");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theLockstepLanesTrainOnTheDigitsWithConfusionMatrices() throws Exception {
        openDigits("data=digits&depth=4&width=16");
        page.locator("#compare").scrollIntoViewIfNeeded();
        page.waitForFunction("() => window.descent.metrics().lanes.length === 4");
        assertTrue(page.textContent("#cmp-note").contains("8×8 digits"), page.textContent("#cmp-note"));
        page.waitForFunction("() => document.querySelectorAll('#lanes .confusion-matrix tr').length >= 4 * 10");
        assertEquals(4, page.locator("#lanes .lane").count());
        page.click("#cmp-play");
        page.waitForFunction("() => Number(document.getElementById('step-count').textContent.replace(/\\D/g, '')) > 100",
                null);
        page.click("#cmp-play");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lanes = (List<Map<String, Object>>) metrics().get("lanes");
        double chance = Math.log(10);
        for (Map<String, Object> lane : lanes) {
            assertTrue(num(lane.get("step")) > 100, lane.toString());
        }
        // Xavier lanes learn the digits: well below the ln 10 of a uniform guess
        assertTrue(num(lanes.get(0).get("trainLoss")) < 0.7 * chance, lanes.toString());
        assertTrue(num(lanes.get(1).get("trainLoss")) < 0.7 * chance, lanes.toString());
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void choosingTheCircleAgainWhileTheDigitsLoadKeepsTheCircle() throws Exception {
        List<com.microsoft.playwright.Route> held = new java.util.ArrayList<>(); // the page is caught while it loads
        openHolding("depth=4", held);
        page.selectOption("#lab-data", "digits");
        page.waitForSelector("body[data-loading=digits]");
        page.selectOption("#lab-data", "circle");
        assertEquals("circle", page.inputValue("#lab-data"));
        page.waitForCondition(() -> !held.isEmpty());
        held.get(0).resume();
        page.waitForSelector("body:not([data-loading])");
        Map<String, Object> m = metrics();
        assertEquals("circle", m.get("data"), "the later choice stands: " + m);
        assertEquals("circle", page.inputValue("#lab-data"));
        assertTrue(page.locator("#lab-data-status").isHidden(), page.textContent("#lab-data-status"));
        page.selectOption("#lab-data", "digits"); // read once, kept: no second load
        page.waitForFunction("() => window.descent.metrics().data === 'digits'");
        assertEquals(1, held.size(), "the file was requested once");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aBadDataValueKeepsTheCircleWithANotice() throws Exception {
        page = Browser.get().open("layers.html#data=mnist&depth=4", errors);
        page.waitForSelector("body[data-ready=true]");
        String notices = page.textContent("#notices");
        assertTrue(notices.contains("data=\"mnist\" is not circle or digits"), notices);
        Map<String, Object> m = metrics();
        assertEquals("circle", m.get("data"));
        assertEquals(2, num(m.get("inputs")), 0);
        assertTrue(m.get("hash").toString().contains("data=circle"), m.toString());
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void whileTheFileLoadsThePageSaysSoAndAMissingFileKeepsTheCircle() throws Exception {
        List<com.microsoft.playwright.Route> held = new java.util.ArrayList<>(); // the page is caught while it loads
        openHolding("depth=4", held);
        page.selectOption("#lab-data", "digits");
        page.waitForSelector("body[data-loading=digits]");
        page.waitForFunction("() => document.getElementById('lab-data-status').textContent.startsWith('Loading')");
        assertEquals("digits", page.inputValue("#lab-data"), "the choice shows while its file loads");
        assertEquals("circle", metrics().get("data"), "the circle meanwhile");
        page.waitForCondition(() -> !held.isEmpty());
        held.get(0).fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(404).setBody("gone"));
        page.waitForSelector("#lab-data-status[data-error=true]");
        String status = page.textContent("#lab-data-status");
        assertTrue(status.contains("HTTP 404") && status.contains("stays on the circle"), status);
        assertEquals("circle", metrics().get("data"));
        assertEquals("circle", page.inputValue("#lab-data"));
        errors.removeIf(e -> e.contains("404")); // the browser logs the failed request itself
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
