package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large step(n) from a script runs in slices: the page keeps drawing frames while it works, answers when it
 * is done with the steps taken, and calls made meanwhile wait their turn.
 */
class ScriptStepIT {
    @Test
    void aLargeStepLeavesThePageDrawingFramesAndAnswersWithTheStepsTaken() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.evaluate("async () => {"
                + " let frames = 0; let pending = true;"
                + " const tick = () => { if (pending) { frames++; requestAnimationFrame(tick); } };"
                + " requestAnimationFrame(tick);"
                + " const first = window.descent.step(20000);"
                + " const second = window.descent.step(10);" // queued behind the first
                + " const taken = await first; const framesDuring = frames; const afterFirst = window.descent.metrics().lanes[0].step;"
                + " const more = await second; pending = false;"
                + " return {taken, more, framesDuring, afterFirst, step: window.descent.metrics().lanes[0].step}; }");
        assertEquals(20000, ((Number) r.get("taken")).intValue(), r.toString());
        assertEquals(20000, ((Number) r.get("afterFirst")).intValue(), "the second call waited for the first: " + r);
        assertEquals(10, ((Number) r.get("more")).intValue(), r.toString());
        assertEquals(20010, ((Number) r.get("step")).intValue(), r.toString());
        assertTrue(((Number) r.get("framesDuring")).intValue() >= 2, "frames were drawn while it worked: " + r);
        assertEquals("20010", page.textContent("#step-count").replaceAll("\\D", ""), "the page shows where it got to");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void aRaceThatEndsStopsTheCallEarlyWithTheStepsItTook() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lanes=1&data=circle&l0.lr=100", errors);
        page.waitForSelector("body[data-ready=true]");
        int taken = ((Number) page.evaluate("() => window.descent.step(100000)")).intValue();
        assertTrue(taken > 0 && taken < 100000, "stopped where the lane diverged: " + taken);
        assertEquals("diverged", page.evaluate("() => window.descent.metrics().lanes[0].status"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    /**
     * The heaviest network the link allows (twelve layers of 64) in six full-batch lanes: one step(100000) is bounded
     * by counted work (StepBudget), so it answers with a few hundred steps, and the same number on any machine
     * (StepBudget's count is a function of the race alone; one call here, since each is seconds of full CPU).
     */
    @Test
    void aHeavyRaceTakesTheStepsItsWorkBoundAllows() throws Exception {
        List<String> errors = Browser.errorList();
        String layers = String.join(",", java.util.Collections.nCopies(12, "64"));
        String lanes = "";
        for (int i = 0; i < 6; i++) {
            lanes += "&l" + i + ".opt=adam&l" + i + ".lr=0.001&l" + i + ".batch=0";
        }
        Page page = Browser.get().open("index.html#lanes=6&layers=" + layers + lanes, errors);
        page.waitForSelector("body[data-ready=true]");
        assertEquals(6, ((Number) page.evaluate("() => window.descent.metrics().lanes.length")).intValue(), "six lanes");
        int taken = ((Number) page.evaluate("() => window.descent.step(100000)")).intValue();
        assertTrue(taken > 0 && taken < 1000, "bounded by the race's work, not 100,000: " + taken);
        assertEquals(taken, ((Number) page.evaluate("() => window.descent.metrics().lanes[5].step")).intValue());
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
