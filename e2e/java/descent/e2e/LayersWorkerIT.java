package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers lab trains in the engine's worker by default: after the same script steps its every number equals
 * the page's own thread's (?thread=main) to 1e-12, on the circle with batch norm and on the 8×8 digits; Play and
 * Pause move the step counter the learner sees, and a paused page shows the step the engine stopped at.
 */
class LayersWorkerIT {
    private static final String CIRCLE = "#depth=6&width=16&act=tanh&init=xavier-uniform&bn=before&lr=0.1&batch=8&seed=3";
    private static final String DIGITS = "#depth=4&width=16&data=digits&lr=0.05&seed=2";

    @Test
    void theWorkersLabMatchesThePagesOwnOnTheCircleWithBatchNorm() throws Exception {
        same(metrics("layers.html" + CIRCLE, 300, "worker"), metrics("layers.html?thread=main" + CIRCLE, 300, "main"));
    }

    @Test
    void theWorkersLabMatchesThePagesOwnOnTheDigits() throws Exception {
        same(metrics("layers.html" + DIGITS, 60, "worker"), metrics("layers.html?thread=main" + DIGITS, 60, "main"));
    }

    @Test
    void playAndPauseMoveTheCounterTheLearnerSees() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("layers.html" + CIRCLE, errors);
        try {
            page.waitForSelector("body[data-ready=true]");
            page.click("#lab-play");
            page.waitForFunction("() => window.descent.metrics().status === 'running'"
                    + " && +document.querySelector('#lab-step-count').textContent.replace(/\\D/g, '') > 100");
            assertEquals("Pause", page.textContent("#lab-play").trim());
            page.click("#lab-play");
            page.waitForFunction("() => { const m = window.descent.metrics(); return m.status === 'paused'"
                    + " && +document.querySelector('#lab-step-count').textContent.replace(/\\D/g, '') === m.step; }");
            Number first = (Number) page.evaluate("() => window.descent.metrics().step");
            page.waitForTimeout(300); // paused: nothing moves meanwhile
            assertEquals(first, page.evaluate("() => window.descent.metrics().step"), "a paused lab stays where it stopped");
            assertEquals("worker", page.getAttribute("body", "data-lab-thread"));
            int drawn = ((Number) page.evaluate("() => { const c = document.getElementById('lay-grad-chart');"
                    + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                    + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n; }")).intValue();
            assertTrue(drawn > 500, "the gradient chart drew the steps the worker took: " + drawn + " painted pixels");
            assertEquals(List.of(), errors, "console errors");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aBlockedWorkerLeavesTheLabToThePage() throws Exception {
        Browser browser = Browser.get();
        com.microsoft.playwright.BrowserContext context = browser.chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(Ship.HANG_MS);
        Page page = context.newPage();
        List<String> errors = new java.util.ArrayList<>();
        page.onPageError(e -> errors.add("page error: " + e));
        page.route("**/js/engine-worker.js*", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(404).setBody("not here")));
        try {
            page.navigate(browser.server.url() + "layers.html" + CIRCLE);
            page.waitForSelector("body[data-ready=true][data-lab-thread=main]");
            Object step = page.evaluate("() => window.descent.step(40).then(() => window.descent.metrics().step)");
            assertEquals(40, ((Number) step).intValue(), "the same engine took the steps in the page's thread");
            assertEquals("40", page.textContent("#lab-step-count").replaceAll("\\D", ""));
            assertEquals(List.of(), errors);
        } finally {
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metrics(String url, int steps, String thread) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open(url, errors);
        try {
            page.waitForSelector("body[data-ready=true]");
            page.waitForFunction("() => window.descent.metrics().loading === null");
            Map<String, Object> m = (Map<String, Object>) page.evaluate(
                    "n => window.descent.step(n).then(() => window.descent.metrics())", steps);
            assertEquals(steps, ((Number) m.get("step")).intValue(), url);
            assertEquals(thread, page.getAttribute("body", "data-lab-thread"), "where the lab trained: " + url);
            assertEquals(String.valueOf(steps), page.textContent("#lab-step-count").replaceAll("\\D", ""),
                    "the counter shows the steps taken: " + url);
            assertEquals(List.of(), errors, "console errors at " + url);
            return m;
        } finally {
            page.context().close();
        }
    }

    @SuppressWarnings("unchecked")
    private static void same(Map<String, Object> worker, Map<String, Object> main) {
        for (String key : new String[] {"loss", "evalLoss", "accuracy"}) {
            close(key, worker.get(key), main.get(key));
        }
        List<Map<String, Object>> a = (List<Map<String, Object>>) worker.get("layers");
        List<Map<String, Object>> b = (List<Map<String, Object>>) main.get("layers");
        assertEquals(b.size(), a.size());
        for (int l = 0; l < a.size(); l++) {
            for (String key : new String[] {"actMean", "actStd", "saturated", "gradStd", "gradNorm", "ratio"}) {
                close("layer " + (l + 1) + " " + key, a.get(l).get(key), b.get(l).get(key));
            }
        }
    }

    private static void close(String what, Object worker, Object main) {
        double a = ((Number) worker).doubleValue();
        double b = ((Number) main).doubleValue();
        assertTrue(Double.isFinite(a), what + " is finite: " + a);
        assertTrue(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), what + ": worker " + a + ", page " + b);
    }
}
