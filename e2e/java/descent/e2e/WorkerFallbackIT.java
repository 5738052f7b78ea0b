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
}
