package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lanes train in the engine's worker by default; when its script cannot load (a host that blocks it, a
 * missing file) the same engine takes over in the page's own thread and the page trains as before.
 */
class WorkerFallbackIT {
    @Test
    void theDefaultIsTheWorkerAndAMissingWorkerFallsBackToThePage() throws Exception {
        Browser browser = Browser.get();
        for (boolean blocked : new boolean[] {false, true}) {
            BrowserContext context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900));
            context.setDefaultTimeout(Ship.HANG_MS);
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") && !(blocked && m.text().contains("404"))) {
                    errors.add("console: " + m.text());
                }
            });
            page.onPageError(e -> errors.add("page error: " + e));
            if (blocked) {
                page.route("**/js/engine-worker.js*", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(404).setBody("not here")));
            }
            page.navigate(browser.server.url() + "index.html#lesson=momentum-vs-gd");
            page.waitForSelector("body[data-ready=true]");
            if (blocked) {
                page.waitForSelector("body[data-thread=main]");
            } else {
                assertEquals("worker", page.getAttribute("body", "data-thread"), "the worker is the default");
            }
            Object taken = page.evaluate("() => window.descent.step(120)");
            assertEquals(120, ((Number) taken).intValue(), "the steps were taken (blocked: " + blocked + ")");
            @SuppressWarnings("unchecked")
            Map<String, Object> lane = (Map<String, Object>) page.evaluate("() => window.descent.metrics().lanes[1]");
            assertEquals(120, ((Number) lane.get("step")).intValue(), lane.toString());
            double loss = ((Number) lane.get("trainLoss")).doubleValue();
            assertTrue(loss > 0 && loss < 0.69, "momentum lowered the loss from ln 2: " + lane);
            assertEquals(blocked ? "main" : "worker", page.getAttribute("body", "data-thread"));
            context.close();
            assertEquals(List.of(), errors, "console errors (blocked: " + blocked + ")");
        }
    }

    /** How far lane 1's map is from white, summed over its pixels (0 for a blank map). */
    private static final String INK = "() => { const c = document.querySelector('canvas[aria-label^=\"Decision boundary of lane 1\"]');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let ink = 0;"
            + " for (let i = 0; i < d.length; i += 4) { ink += 765 - d[i] - d[i + 1] - d[i + 2]; } return ink; }";

    /** Before Play the engine's maps come too: the page asks for a snapshot once the lanes are configured. */
    @Test
    void theMapsShowBeforePlayAsOnThePage() throws Exception {
        List<String> errors = new ArrayList<>();
        String hash = "#data=xor&l0.init=normal";
        Page own = Browser.get().open("index.html?thread=main" + hash, errors);
        own.waitForSelector("body[data-ready=true]");
        double expected = ((Number) own.evaluate(INK)).doubleValue();
        own.context().close();
        Page page = Browser.get().open("index.html" + hash, errors);
        page.waitForSelector("body[data-ready=true][data-thread=worker]");
        page.waitForFunction("want => (" + INK + ")() >= want", 0.5 * expected);
        assertTrue(expected > 0, "the page's own map at θ₀ has colour");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
