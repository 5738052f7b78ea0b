package descent.e2e;

import descent.core.experiment.PlaygroundConfig;
import descent.engine.EngineProtocol;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A benchmark report, not a gate: the longest main-thread task (PerformanceObserver 'longtask'), the frame rate
 * and the steps per second per lane while 4 default lanes train — by the page on its main thread, and by the
 * engine's worker while the page pulls a snapshot every frame and decodes it. Asserts only that both trained.
 */
class EngineLongTaskIT {
    private static final int STEPS = 3000;
    private static final String OBSERVE = "window.__long = []; window.__frames = 0;"
            + " new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push(e.duration)))"
            + "   .observe({type: 'longtask', buffered: false});"
            + " const count = () => { window.__frames++; requestAnimationFrame(count); }; requestAnimationFrame(count);";

    @Test
    void reportsTheMainThreadWhileTrainingOnItAndInTheWorker() throws Exception {
        Map<String, Object> before = onThePage("index.html?thread=main");
        Map<String, Object> page = onThePage("index.html");
        Map<String, Object> after;
        try (Ship.Session s = new Ship.Session()) {
            s.go(Browser.get().server.url() + "index.html");
            s.page.waitForSelector("body[data-ready=true]");
            after = result(s.page.evaluate("async ([hash, steps, header, values, series]) => {"
                    + OBSERVE
                    + " const worker = new Worker('js/engine-worker.js');"
                    + " let furthest = 0; let t0 = 0;"
                    + " const done = new Promise(resolve => worker.onmessage = e => {"
                    + "   if (e.data.kind !== 'snapshot') { return; }"
                    + "   const n = e.data.numbers; let at = header; furthest = 0;"
                    + "   for (let i = 0; i < n[6]; i++) { furthest = Math.max(furthest, n[at]); at += values;"
                    + "     for (let k = 0; k < series; k++) { at += 1 + 2 * n[at]; }"
                    + "     at += 1 + n[at]; at += 1 + n[at]; }" // its table and internals blocks
                    + "   if (furthest >= steps) { resolve(); } });"
                    + " worker.postMessage({kind: 'configure', text: hash});"
                    + " worker.postMessage({kind: 'play'});"
                    + " t0 = performance.now(); window.__long = []; window.__frames = 0;"
                    + " let on = true; const pull = () => { if (on) { worker.postMessage({kind: 'pull'}); requestAnimationFrame(pull); } };"
                    + " requestAnimationFrame(pull);"
                    + " await done; on = false; const ms = performance.now() - t0; worker.terminate();"
                    + " return {ms, frames: window.__frames, longest: Math.max(0, ...window.__long), count: window.__long.length,"
                    + "   steps: furthest}; }",
                    List.of(HashState.encode(new PlaygroundConfig()), STEPS, EngineProtocol.HEADER,
                            EngineProtocol.LANE_VALUES, EngineProtocol.SERIES)));
            assertEquals(List.of(), s.errors, "console errors");
        }
        assertTrue(number(before, "steps") > STEPS && number(page, "steps") > STEPS && number(after, "steps") >= STEPS,
                before + " " + page + " " + after);
        System.out.println("longtask (4 default lanes, " + STEPS + " steps; a loaded machine: timings are indicative)");
        System.out.println("  index.html?thread=main: " + line(before));
        System.out.println("  index.html (the worker, the default): " + line(page));
        System.out.println("  worker driven by a bare page: " + line(after));
    }

    /** Plays the page until its step counter passes STEPS, observing long tasks and frames meanwhile. */
    private static Map<String, Object> onThePage(String url) throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            s.go(Browser.get().server.url() + url);
            s.page.waitForSelector("body[data-ready=true]");
            s.page.evaluate("() => { " + OBSERVE + " window.__t0 = performance.now(); }");
            s.page.click("#play");
            s.page.waitForFunction(Ship.STEPS_ABOVE, STEPS);
            Map<String, Object> r = result(s.page.evaluate("() => ({ms: performance.now() - window.__t0,"
                    + " frames: window.__frames, longest: Math.max(0, ...window.__long), count: window.__long.length,"
                    + " steps: Number(document.getElementById('step-count').textContent.replace(/\\D/g, ''))})"));
            s.page.click("#play");
            assertEquals(List.of(), s.errors, "console errors");
            return r;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Object o) {
        return (Map<String, Object>) o;
    }

    private static double number(Map<String, Object> r, String key) {
        return ((Number) r.get(key)).doubleValue();
    }

    private static String line(Map<String, Object> r) {
        double seconds = number(r, "ms") / 1000;
        return String.format("longest task %.0f ms, %d tasks over 50 ms, %.0f steps/s per lane, %.1f frames/s",
                number(r, "longest"), (int) number(r, "count"), number(r, "steps") / seconds, number(r, "frames") / seconds);
    }
}
