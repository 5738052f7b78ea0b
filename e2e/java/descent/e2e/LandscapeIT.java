package descent.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The landscape lab in real Chromium: surfaces, clicks, the ravine race, the pointer readout, network slices. */
class LandscapeIT {
    private static final List<String> SURFACES = List.of("quadratic", "saddle", "rosenbrock", "beale", "himmelblau",
            "plateau-cliff", "asymptotes", "logistic");
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

    @SuppressWarnings("unchecked")
    private Map<String, Object> state() {
        return (Map<String, Object>) page.evaluate("() => window.descentLandscape.state()");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> racers(Map<String, Object> state) {
        return (List<Map<String, Object>>) state.get("racers");
    }

    private static Map<String, Object> racer(Map<String, Object> state, String id) {
        for (Map<String, Object> r : racers(state)) {
            if (id.equals(r.get("id"))) {
                return r;
            }
        }
        throw new AssertionError("no racer " + id + " in " + state);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Share of the map's canvas pixels that are not the panel colour, and how many distinct colours it has. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> pixels() {
        return (Map<String, Object>) page.evaluate("() => { const c = document.getElementById('contour');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " const seen = new Set(); for (let i = 0; i < d.length; i += 4 * 37) seen.add(d[i] + ',' + d[i+1] + ',' + d[i+2]);"
                + " return {colours: seen.size, width: c.width}; }");
    }

    @Test
    void everySurfaceRendersWithoutConsoleErrors() throws Exception {
        open("landscape.html");
        for (String id : SURFACES) {
            page.selectOption("#surface", id);
            page.waitForFunction("id => window.descentLandscape.state().surface === id", id);
            Map<String, Object> s = state();
            assertEquals(id, s.get("surface"));
            assertTrue(num(s.get("contourSegments")) > 50, id + " has contour lines: " + s.get("contourSegments"));
            assertTrue(num(s.get("gridHigh")) > num(s.get("gridLow")), id + " has a value range");
            assertTrue(num(pixels().get("colours")) > 20, id + " is drawn: " + pixels());
            assertEquals(6, racers(s).size());
            for (Map<String, Object> r : racers(s)) {
                assertTrue(num(r.get("points")) > 1, id + ": " + r);
            }
            assertEquals(6, page.locator("#racers tr").count());
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aClickSetsTheStartAndThePathsMove() throws Exception {
        open("landscape.html");
        Map<String, Object> before = state();
        @SuppressWarnings("unchecked")
        Map<String, Object> px = (Map<String, Object>) page.evaluate("() => window.descentLandscape.pixel(1.5, -1)");
        page.locator("#contour").click(new Locator.ClickOptions().setPosition(num(px.get("x")), num(px.get("y"))));
        Map<String, Object> after = state();
        @SuppressWarnings("unchecked")
        List<Number> start = (List<Number>) after.get("start");
        assertEquals(1.5, start.get(0).doubleValue(), 0.05);
        assertEquals(-1, start.get(1).doubleValue(), 0.05);
        for (int i = 0; i < racers(after).size(); i++) {
            assertNotEquals(racers(before).get(i).get("second"), racers(after).get(i).get("second"),
                    "path " + i + " moved");
        }
        // the replay counts up to the last step
        page.waitForFunction("() => Number(document.getElementById('land-step').textContent) === 500",
                null);
        // a slider redraws the paths at once
        Object gdBefore = racers(state()).get(0).get("last");
        page.locator("#lr").fill("5"); // ε = 0.01
        assertEquals("0.01", page.textContent("#lr-value").trim());
        assertNotEquals(gdBefore, racers(state()).get(0).get("last"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void onTheRavineWithKappa50MomentumReachesOneMillionthBeforeGradientDescent() throws Exception {
        open("landscape.html");
        page.locator("#kappa").fill("6"); // κ = 50
        assertEquals("50", page.textContent("#kappa-value").trim());
        assertEquals(50.0, num(state().get("kappa")));
        String gd = page.getAttribute("#racers tr[data-kind=gd]", "data-steps-below");
        String momentum = page.getAttribute("#racers tr[data-kind=momentum]", "data-steps-below");
        int g = Integer.parseInt(gd);
        int m = Integer.parseInt(momentum);
        System.out.println("κ = 50, ε = 0.03, α = 0.9: GD reaches J < 1e-6 at step " + g + ", momentum at " + m);
        assertTrue(g > 0 && m > 0, "both reach it: GD " + g + ", momentum " + m);
        assertTrue(m < g, "momentum " + m + " < GD " + g);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void thePointerAtTheSaddlesOriginReadsSaddle() throws Exception {
        open("landscape.html");
        page.selectOption("#surface", "saddle");
        @SuppressWarnings("unchecked")
        Map<String, Object> px = (Map<String, Object>) page.evaluate("() => window.descentLandscape.pixel(0, 0)");
        page.locator("#contour").hover(new Locator.HoverOptions().setPosition(num(px.get("x")), num(px.get("y"))));
        String kind = page.textContent("#probe-kind");
        assertTrue(kind.startsWith("saddle"), kind);
        assertEquals("saddle", page.getAttribute("#probe-kind", "data-kind"));
        String eigen = page.textContent("#probe-eigen");
        assertTrue(eigen.contains("-2") && eigen.contains("2"), eigen);
        // a minimum elsewhere: the quadratic's origin
        page.selectOption("#surface", "quadratic");
        page.evaluate("() => window.descentLandscape.probe(0, 0)");
        assertEquals("minimum", page.getAttribute("#probe-kind", "data-kind"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void lessonsSetUpTheirRace() throws Exception {
        open("landscape.html");
        page.selectOption("#land-lesson", "newton-saddle");
        Map<String, Object> s = state();
        assertEquals("saddle", s.get("surface"));
        Map<String, Object> newton = racer(s, "newton");
        @SuppressWarnings("unchecked")
        List<Number> last = (List<Number>) newton.get("last");
        assertEquals(0, Math.hypot(last.get(0).doubleValue(), last.get(1).doubleValue()), 1e-9, "Newton sits on the saddle");
        page.selectOption("#land-lesson", "cliff");
        page.selectOption("#clip", "1");
        Map<String, Object> clipped = racer(state(), "gd");
        assertTrue(num(clipped.get("clipped")) > 0, "clipped steps: " + clipped);
        assertTrue(num(clipped.get("loss")) < 0.01, "down in the bowl: " + clipped);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aComparisonLanesNetworkSliceRendersWithFiniteValues() throws Exception {
        // the comparison page's hash "data=spiral&lanes=2", percent-encoded, lane 1
        open("landscape.html#net=data%3Dspiral%26lanes%3D2&lane=1");
        page.waitForFunction("() => window.descentLandscape.net().state === 'done'", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> net = (Map<String, Object>) page.evaluate("() => window.descentLandscape.net()");
        System.out.println("network slice: " + net);
        assertEquals(1.0, num(net.get("lane")));
        assertEquals(num(net.get("values")), num(net.get("finite")), "every value finite: " + net);
        assertTrue(num(net.get("planeHigh")) > num(net.get("planeLow")));
        assertTrue(num(net.get("lossFinal")) < num(net.get("lossInitial")), "training lowered the loss: " + net);
        assertTrue(num(net.get("pathPoints")) > 50);
        assertTrue(page.isVisible("#net-plots"));
        assertTrue(page.isHidden("#net-progress"));
        String status = page.textContent("#net-status");
        assertTrue(status.contains("Lane 2") && !status.contains("NaN"), status);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /**
     * A table lane carried over: the page reads the shipped file as the playground does, and the slices are of
     * the softmax cross-entropy (near ln K at θ₀: ln 3 ≈ 1.10 for the penguins, ln 10 ≈ 2.30 for the digits).
     */
    @Test
    void aTableLanesNetworkSliceIsOfItsCrossEntropy() throws Exception {
        String[][] cases = {{"data%3Dpenguins%26lanes%3D2%26l1.opt%3Dadam%26l1.lr%3D0.01", "1", "3"},
            {"data%3Ddigits%26layers%3D16%26lanes%3D1%26l0.opt%3Dadam%26l0.lr%3D0.003%26l0.batch%3D32", "0", "10"}};
        for (String[] c : cases) {
            open("landscape.html#net=" + c[0] + "&lane=" + c[1]);
            page.waitForFunction("() => ['done', 'failed'].includes(window.descentLandscape.net().state)", null);
            @SuppressWarnings("unchecked")
            Map<String, Object> net = (Map<String, Object>) page.evaluate("() => window.descentLandscape.net()");
            System.out.println("table network slice (K = " + c[2] + "): " + net);
            assertEquals("done", net.get("state"), "the table loaded and the lane trained: " + net);
            assertEquals(num(net.get("values")), num(net.get("finite")), "every value finite: " + net);
            double lnK = Math.log(Double.parseDouble(c[2]));
            assertEquals(lnK, num(net.get("lossInitial")), 0.35 * lnK, "cross-entropy near ln K at θ₀: " + net);
            assertTrue(num(net.get("lossFinal")) < 0.5 * num(net.get("lossInitial")), "training lowered it: " + net);
            assertTrue(page.isVisible("#net-plots"));
            String status = page.textContent("#net-status");
            assertTrue(status.contains(", on "), "the status names the table: " + status);
            assertTrue(errors.isEmpty(), "console errors: " + errors);
            page.context().close();
            page = null;
        }
    }

    @Test
    void changingSettingsWritesTheHashAndTheLinkRestoresThem() throws Exception {
        open("landscape.html");
        page.selectOption("#surface", "rosenbrock");
        page.locator("#optimizers input[value=adam]").uncheck();
        page.locator("#optimizers input[value=nesterov]").check();
        page.locator("#steps").fill("4"); // 1000 steps
        String hash = (String) page.evaluate("() => location.hash");
        assertTrue(hash.contains("surface=rosenbrock") && hash.contains("nesterov") && !hash.contains("adam")
                && hash.contains("steps=1000"), hash);
        page.context().close();
        errors.clear();
        open("landscape.html" + hash);
        Map<String, Object> s = state();
        assertEquals("rosenbrock", s.get("surface"));
        assertEquals(1000.0, num(s.get("steps")));
        assertTrue(page.isChecked("#optimizers input[value=nesterov]"));
        assertTrue(!page.isChecked("#optimizers input[value=adam]"));
        assertEquals("rosenbrock", page.inputValue("#surface"));
        assertTrue(page.isHidden("#land-notices"));
        assertEquals(hash, page.evaluate("() => location.hash"), "reading the link does not rewrite it");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aHostileHashShowsANoticeAsTextAndNoConsoleErrors() throws Exception {
        open("landscape.html#surface=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kappa=NaN&opt=evil,gd&steps=%ZZ"
                + "&x=1e999&__proto__=1");
        assertTrue(page.isVisible("#land-notices"));
        String text = page.textContent("#land-notices");
        assertTrue(text.contains("<img"), "shown as text: " + text);
        assertEquals(0, page.locator("#land-notices img").count());
        Map<String, Object> s = state();
        assertEquals("quadratic", s.get("surface"));
        assertEquals(1, racers(s).size());
        // the script API reports notices too, and a good hash clears them
        @SuppressWarnings("unchecked")
        List<String> notices = (List<String>) page.evaluate("() => window.descent.load('surface=nope')");
        assertEquals(1, notices.size(), notices.toString());
        page.evaluate("() => window.descent.load('surface=saddle&opt=gd,momentum')");
        assertTrue(page.isHidden("#land-notices"));
        assertEquals("saddle", state().get("surface"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScriptApiReportsLanesAndSteps() throws Exception {
        open("landscape.html#surface=quadratic&kappa=50&opt=gd,momentum");
        page.evaluate("() => window.descent.pause()");
        List<Map<String, Object>> lessons = (List<Map<String, Object>>) page.evaluate("() => window.descent.lessons()");
        assertTrue(lessons.size() >= 4 && lessons.get(0).get("id") != null && lessons.get(0).get("title") != null);
        page.evaluate("() => window.descent.load('surface=quadratic&kappa=50&opt=gd,momentum')");
        page.evaluate("() => window.descent.pause()");
        int before = (int) num(((List<Map<String, Object>>) ((Map<String, Object>) page.evaluate(
                "() => window.descent.metrics()")).get("lanes")).get(0).get("step"));
        page.evaluate("() => window.descent.step(10)");
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => window.descent.metrics()");
        List<Map<String, Object>> lanes = (List<Map<String, Object>>) m.get("lanes");
        assertEquals(2, lanes.size());
        for (Map<String, Object> lane : lanes) {
            assertEquals(before + 10, num(lane.get("step")), lane.toString());
            assertTrue(num(lane.get("trainLoss")) > 0 && num(lane.get("gradNorm")) > 0, lane.toString());
            assertTrue(lane.containsKey("valLoss") && lane.get("valLoss") == null);
            assertEquals("paused", lane.get("status"));
            assertTrue(lane.get("label") instanceof String);
        }
        page.evaluate("() => window.descent.step(100000)");
        lanes = (List<Map<String, Object>>) ((Map<String, Object>) page.evaluate("() => window.descent.metrics()")).get("lanes");
        assertEquals("converged", lanes.get(1).get("status"), lanes.toString());
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void reducedMotionShowsFinishedPathsWithoutAnimating() throws Exception {
        Browser browser = Browser.get();
        com.microsoft.playwright.BrowserContext calm = browser.chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                        .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        calm.setDefaultTimeout(Ship.HANG_MS);
        page = calm.newPage();
        page.navigate(browser.server.url() + "landscape.html");
        page.waitForSelector("body[data-ready=true]");
        page.click("#replay");
        String shown = page.textContent("#land-step").trim();
        String total = page.textContent("#land-steps").trim();
        org.junit.jupiter.api.Assertions.assertEquals(total, shown, "every step shown at once, no replay animation");
    }
}
