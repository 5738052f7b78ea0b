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
}
