package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The landscape page's network slices for a heavy lane (six lanes of twelve hidden layers of 64 units in the
 * link): the page trains the chosen lane and computes its slices in slices of a frame, so the progress bar moves
 * through training and slicing and the plots appear. Reports (does not assert on time) the longest main-thread
 * task and the longest gap between frames over the whole load. A benchmark: {@code mvn -Pbench verify} runs it
 * (its heavy lane trains a whole core for half a minute, which the other test JVMs of {@code mvn verify} need;
 * LandscapeIT checks the slices there).
 */
class NetSlicesLongTaskIT {
    private static final String HEAVY = "lanes=6&layers=64,64,64,64,64,64,64,64,64,64,64,64";

    @Test
    void aHeavyLinksSlicesArriveWhileThePageKeepsDrawing() throws Exception {
        assumeTrue(Boolean.getBoolean("descent.bench"), "a benchmark: mvn -Pbench verify");
        List<String> errors = new ArrayList<>();
        Browser b = Browser.get();
        BrowserContext context = b.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(Ship.HANG_MS);
        context.addInitScript("window.__long = []; window.__gap = 0; window.__states = []; window.__when = [];"
                + " new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push(e.duration)"
                + "   && window.__when.push(Math.round(e.startTime) + '+' + Math.round(e.duration))))"
                + "   .observe({type: 'longtask'});"
                + " let last = 0; const tick = now => { if (last) { window.__gap = Math.max(window.__gap, now - last); }"
                + "   last = now; const api = window.descentLandscape;"
                + "   const s = api && api.net ? api.net().state : 'loading';"
                + "   if (window.__states[window.__states.length - 1] !== s) { window.__states.push(s);"
                + "     window.__when.push(s + '@' + Math.round(now)); }"
                + "   requestAnimationFrame(tick); }; requestAnimationFrame(tick);");
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add("console: " + m.text());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
        String encoded = HEAVY.replace("=", "%3D").replace("&", "%26").replace(",", "%2C");
        page.navigate(b.server.url() + "landscape.html#net=" + encoded + "&lane=5");
        page.waitForFunction("() => window.descentLandscape && window.descentLandscape.net().state === 'done'");
        @SuppressWarnings("unchecked")
        Map<String, Object> net = (Map<String, Object>) page.evaluate("() => window.descentLandscape.net()");
        @SuppressWarnings("unchecked")
        List<String> states = (List<String>) page.evaluate("() => window.__states");
        Object longest = page.evaluate("() => window.__long.length ? Math.max(...window.__long) : 0");
        Object count = page.evaluate("() => window.__long.length");
        Object gap = page.evaluate("() => window.__gap");
        Object when = page.evaluate("() => window.__when.join(' ')");
        System.out.println("network slices of a heavy link (reported, not gated): longest main-thread task "
                + longest + " ms, " + count + " tasks over 50 ms, longest gap between frames " + gap + " ms; "
                + "states seen by the frames " + states + "; " + net + "; long tasks (start+ms) among the states: " + when);
        assertEquals(5.0, ((Number) net.get("lane")).doubleValue(), "the link's lane");
        assertEquals(((Number) net.get("values")).doubleValue(), ((Number) net.get("finite")).doubleValue(), "finite: " + net);
        assertTrue(states.contains("training") && states.contains("slicing"),
                "frames were drawn while the lane trained and while the slices were computed: " + states);
        assertTrue(page.isVisible("#net-plots"));
        assertTrue(page.isHidden("#net-progress"));
        context.close();
        assertEquals(List.of(), errors, "console errors");
    }
}
