package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers lab's lockstep comparison is the playground's lane board: by default the engine's worker trains its
 * four deep lanes, and after the same Step clicks they hold the very numbers the page's own thread computes.
 */
class LockstepWorkerIT {
    private static final int STEPS = 6;

    @Test
    void theWorkersLanesMatchThePagesOwnStepForStep() throws Exception {
        List<Double> worker = losses("layers.html", "worker");
        List<Double> main = losses("layers.html?thread=main", "main");
        assertEquals(4, worker.size());
        for (int i = 0; i < 4; i++) {
            double a = worker.get(i);
            double b = main.get(i);
            assertTrue(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)),
                    "lane " + i + ": worker " + a + ", page " + b);
        }
        assertNotEquals(worker.get(0), worker.get(2), "two initializations: two different losses");
    }

    @SuppressWarnings("unchecked")
    private static List<Double> losses(String url, String thread) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open(url, errors);
        try {
            page.waitForSelector("body[data-ready=true]");
            for (int i = 0; i < STEPS; i++) {
                page.click("#cmp-step");
            }
            page.waitForFunction("n => { const l = window.descent.metrics().lanes;"
                    + " return l.length === 4 && l.every(x => x.step === n); }", STEPS);
            assertEquals(thread.equals("worker"), "worker".equals(page.getAttribute("body", "data-thread")),
                    "where the lanes trained: " + thread);
            assertEquals(String.valueOf(STEPS), page.textContent("#step-count").trim(), "the board's step count");
            String link = (String) page.evaluate("() => decodeURIComponent(document.querySelectorAll('#lanes .lane')[3]"
                    + ".querySelector('a[href^=\"landscape.html\"]').getAttribute('href'))");
            assertTrue(link.startsWith("landscape.html#net=") && link.endsWith("&lane=3") && link.contains("bn"),
                    "each lane links its own loss landscape, batch norm and all: " + link);
            List<Double> out = new ArrayList<>();
            for (Map<String, Object> lane : (List<Map<String, Object>>) page.evaluate("() => window.descent.metrics().lanes")) {
                double loss = ((Number) lane.get("trainLoss")).doubleValue();
                assertTrue(Double.isFinite(loss) && loss > 0, lane.toString());
                out.add(loss);
            }
            assertEquals(List.of(), errors, "console errors at " + url);
            return out;
        } finally {
            page.context().close();
        }
    }
}
