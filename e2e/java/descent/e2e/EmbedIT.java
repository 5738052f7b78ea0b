package descent.e2e;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The playground in an 800×600 iframe of a course page on another origin, as an instructor embeds it. */
class EmbedIT {
    /** A host page that records every message from the frame, and can post calls to it. */
    private static String host(String src) {
        return "<!doctype html><html lang=en><title>Course page</title><link rel=icon href='data:,'>"
                + "<style>body{margin:0}</style>"
                + "<iframe id=p src='" + src + "' width=800 height=600 style='border:0'></iframe><script>"
                + "window.got = []; const frame = document.getElementById('p');"
                + "window.addEventListener('message', e => { if (e.data && e.data.descent) window.got.push(e.data); });"
                + "window.ask = (m, args, id) => frame.contentWindow.postMessage({descent: m, args: args, id: id}, '*');"
                + "</script></html>";
    }

    private interface Check {
        void run(Page page, Frame frame) throws Exception;
    }

    private static void withHost(String query, Check check) throws Exception {
        Browser browser = Browser.get();
        Path dir = Files.createTempDirectory("descent-embed");
        Ship.deleteOnExit(dir);
        Files.writeString(dir.resolve("index.html"), host(browser.server.url() + "index.html" + query));
        try (StaticServer server = new StaticServer(dir, 0, "/")) {
            List<String> errors = Browser.errorList();
            Page page = browser.open("", errors);
            page.navigate(server.url());
            Frame frame = page.waitForSelector("#p").contentFrame();
            frame.waitForSelector("body[data-ready=true]");
            check.run(page, frame);
            page.context().close();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        }
    }

    @Test
    void theFirstViewShowsTheMapsAndTheLossChart() throws Exception {
        withHost("?embed=1#lesson=learning-rate", (page, frame) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) frame.evaluate("() => {"
                    + " const maps = [...document.querySelectorAll('.lane .canvas-box canvas')].map(c => c.getBoundingClientRect()).filter(r => r.height > 0);"
                    + " const chart = document.getElementById('loss-chart').getBoundingClientRect();"
                    + " return {maps: maps.length, mapBottom: Math.max(...maps.map(r => r.bottom)),"
                    + "  mapHeight: Math.min(...maps.map(r => r.height)), chartBottom: chart.bottom,"
                    + "  chartHeight: chart.height, view: innerHeight, wide: document.documentElement.scrollWidth - innerWidth}; }");
            assertEquals(3, ((Number) box.get("maps")).intValue(), box.toString());
            assertEquals(600, ((Number) box.get("view")).intValue(), box.toString());
            assertTrue(num(box.get("mapBottom")) <= 600 && num(box.get("mapHeight")) >= 80, "maps in view: " + box);
            assertTrue(num(box.get("chartBottom")) <= 600 && num(box.get("chartHeight")) >= 100, "loss chart in view: " + box);
            assertTrue(num(box.get("wide")) <= 0, "no sideways scrolling: " + box);
        });
    }

    @Test
    void thePagePostsItsContentHeightToTheHost() throws Exception {
        withHost("?embed=1#lesson=momentum-vs-gd", (page, frame) -> {
            page.waitForFunction("() => window.got.some(m => m.descent === 'height')");
            double posted = num(page.evaluate("() => window.got.filter(m => m.descent === 'height').pop().height"));
            double content = num(frame.evaluate("() => document.documentElement.getBoundingClientRect().height"));
            assertTrue(posted > 600, "the content is taller than the frame: " + posted);
            assertEquals(content, posted, 2, "the posted height is the content's");
            // a host that sizes the frame from it: the page then fits without scrolling inside the frame
            page.evaluate("() => { const h = window.got.filter(m => m.descent === 'height').pop().height;"
                    + " document.getElementById('p').height = h; }");
            frame.waitForFunction("() => innerHeight > 600");
            assertEquals(0.0, num(frame.evaluate("() => Math.max(0, document.documentElement.scrollHeight - innerHeight - 2)")));
        });
    }

    @Test
    void badArgumentsAndUnknownCallsGetAnErrorReply() throws Exception {
        withHost("?embed=1", (page, frame) -> {
            page.evaluate("() => { ask('step', ['abc'], 1); ask('warp', [], 2); ask('step', [NaN], 3);"
                    + " ask('load', [42], 4); ask('step', [5], 5); }");
            page.waitForFunction("() => [1, 2, 3, 4, 5].every(id => window.got.some(m => m.id === id))");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> got = (List<Map<String, Object>>) page.evaluate(
                    "() => window.got.filter(m => m.id !== undefined)");
            for (Map<String, Object> reply : got) {
                int id = ((Number) reply.get("id")).intValue();
                if (id == 5) {
                    assertEquals(5, ((Number) reply.get("result")).intValue(), reply.toString());
                    assertFalse(reply.containsKey("error"), reply.toString());
                } else {
                    assertTrue(reply.get("error") instanceof String && !reply.containsKey("result"), reply.toString());
                }
            }
            assertTrue(got.stream().anyMatch(r -> String.valueOf(r.get("error")).contains("unknown call \"warp\"")),
                    got.toString());
            assertEquals(5, Ship.steps(frame), "only the good call stepped");
            Object thrown = frame.evaluate("() => { try { window.descent.step('abc'); return 'no error'; }"
                    + " catch (e) { return e.message; } }");
            assertTrue(thrown.toString().contains("step(n)"), thrown.toString());
        });
    }

    @Test
    void hideLessonHidesTheMenuNotTheTextAndLoadKeepsTheFlags() throws Exception {
        withHost("?embed=1#lesson=momentum-vs-gd&hide=lesson,seed", (page, frame) -> {
            assertTrue(frame.isHidden("#lesson"), "the menu is hidden");
            assertTrue(frame.isVisible("#lesson-text"), "the lesson's text stays");
            assertTrue(frame.textContent("#lesson-text").contains("canyon"));
            page.evaluate("() => ask('load', ['lesson=learning-rate'], 'l')");
            page.waitForFunction("() => window.got.some(m => m.id === 'l')");
            frame.waitForFunction("() => document.querySelectorAll('.lane').length === 3");
            assertTrue(frame.isHidden("#lesson"), "still hidden after load()");
            assertTrue(frame.isHidden("#seed"), "seed too");
            assertTrue(frame.textContent("#lesson-text").contains("ε"), frame.textContent("#lesson-text"));
            page.evaluate("() => ask('load', ['lesson=learning-rate&hide=lesson-text'], 'm')");
            page.waitForFunction("() => window.got.some(m => m.id === 'm')");
            assertTrue(frame.isHidden("#lesson-text"), "hide=lesson-text hides the text");
        });
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
