package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures, and reports, the frame rate and training speed of the default page with its four lanes while
 * it trains. A report, not a timed assertion: the numbers go into the build log for the notes.
 */
class FrameRateIT {
    @Test
    void reportFrameRateAndStepsPerSecondWithFourLanes() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
        page.click("#play");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => new Promise(done => {"
                + " const steps0 = window.descent.metrics().lanes[0].step; let frames = 0; let worst = 0;"
                + " let last = performance.now(); const start = last;"
                + " const tick = now => { frames++; worst = Math.max(worst, now - last); last = now;"
                + "   if (now - start < 5000) { requestAnimationFrame(tick); } else {"
                + "     const seconds = (now - start) / 1000;"
                + "     done({fps: frames / seconds, worstFrameMs: worst,"
                + "           stepsPerSecondPerLane: (window.descent.metrics().lanes[0].step - steps0) / seconds}); } };"
                + " requestAnimationFrame(tick); })");
        page.click("#play");
        System.out.println("frame rate with 4 default lanes: " + m);
        assertTrue(((Number) m.get("stepsPerSecondPerLane")).doubleValue() > 0, "training advanced: " + m);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        page.context().close();
    }
}
