package descent.e2e;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links, hostile links, the embed view and the script API across origins. */
class ShareIT {
    @Test
    void aStateRoundTripsThroughTheUrl() throws Exception {
        List<String> errors = Browser.errorList();
        Page first = ready(Browser.get().open("index.html", errors));
        first.selectOption("#dataset", "xor");
        first.selectOption("#seed", "3");
        first.locator(".lane").nth(3).locator("select").first().selectOption("nadam");
        first.locator(".lane").nth(0).locator("label:has-text('Learning rate') select").selectOption("0.3");
        String hash = first.evaluate("() => location.hash").toString();
        assertTrue(hash.contains("data=xor") && hash.contains("seed=3") && hash.contains("l3.opt=nadam"), hash);
        first.evaluate("() => window.descent.step(60)");
        Object expected = first.evaluate("() => window.descent.metrics().lanes.map(l => [l.label, l.trainLoss])");

        Page second = ready(Browser.get().open("index.html" + hash, errors));
        assertEquals("xor", second.inputValue("#dataset"));
        assertEquals("0.3", second.locator(".lane").nth(0).locator("label:has-text('Learning rate') select").inputValue());
        second.evaluate("() => window.descent.step(60)");
        Object actual = second.evaluate("() => window.descent.metrics().lanes.map(l => [l.label, l.trainLoss])");
        assertEquals(expected, actual, "a shared link reproduces the same runs");
        assertTrue(second.isHidden("#notices"), "a clean link gives no notice");
        first.context().close();
        second.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aLinkNamingOnlyALessonOpensThatLesson() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html#lesson=momentum-vs-gd", errors));
        assertEquals("momentum-vs-gd", page.inputValue("#lesson"));
        assertEquals(2, page.locator(".lane").count(), "the lesson's own lanes");
        assertEquals("plane", page.inputValue("#dataset"));
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theLessonMenuOpensTheLandscapeLessonsToo() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html", errors));
        page.selectOption("#lesson", "landscape:cliff");
        page.waitForURL("**/landscape.html#lesson=cliff**");
        page.waitForSelector("body[data-ready=true]");
        assertEquals("cliff", page.evaluate("() => new URLSearchParams(location.hash.slice(1)).get('lesson')"));
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void editingTheHashInTheAddressBarAppliesIt() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html", errors));
        page.evaluate("() => { location.hash = 'data=moons&lanes=2&l1.opt=adagrad'; }");
        page.waitForFunction("() => document.querySelectorAll('.lane').length === 2");
        assertEquals("moons", page.inputValue("#dataset"));
        assertEquals("AdaGrad", page.locator(".lane .lane-title").nth(1).textContent());
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void hostileHashesNeverBreakThePage() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html#__proto__=1&l0.lr=NaN&lanes=99999&"
                + "l0.label=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&noise=1e999&%E0%A4%A", errors));
        assertFalse(page.isHidden("#notices"), "a notice says what was dropped");
        assertEquals(0, page.locator(".lane img").count(), "no markup from the URL");
        String notices = page.textContent("#notices");
        assertTrue(notices.contains("__proto__"), notices);
        Random random = new Random(42);
        String[] keys = {"data", "noise", "seed", "layers", "lanes", "l0.opt", "l1.lr", "l2.batch", "l0.label",
            "hide", "lesson", "__proto__", "constructor", "l5.mom", "l9.lr", "log", "act", "l3.clip", "l0.sched"};
        String[] values = {"1", "-1", "NaN", "Infinity", "1e308", "0x10", "%", "%ZZ", "<script>alert(1)</script>",
            "adam", "circle", "64,64,64,64,64,64,64,64,64,64,64,64,64,64", "", "=", "&", "💥", "999999999999",
            "\"'><svg onload=alert(1)>", "%F0%9F%92%A5", "javascript:alert(1)"};
        StringBuilder script = new StringBuilder("() => { const out = []; const hashes = [");
        for (int i = 0; i < 200; i++) {
            StringBuilder h = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                h.append(p > 0 ? "&" : "").append(keys[random.nextInt(keys.length)]).append('=')
                        .append(values[random.nextInt(values.length)]);
            }
            script.append(i > 0 ? "," : "").append(jsString(h.toString()));
        }
        script.append("]; for (const h of hashes) { const n = window.descent.load(h);"
                + " const m = window.descent.metrics(); out.push([Array.isArray(n), m.lanes.length]); }"
                + " return out; }");
        @SuppressWarnings("unchecked")
        List<List<Object>> results = (List<List<Object>>) page.evaluate(script.toString());
        assertEquals(200, results.size());
        for (List<Object> r : results) {
            assertEquals(Boolean.TRUE, r.get(0));
            int lanes = ((Number) r.get(1)).intValue();
            assertTrue(lanes >= 1 && lanes <= 6, "lanes " + lanes);
        }
        page.evaluate("() => window.descent.step(20)");
        assertFalse(page.textContent("main").contains("NaN"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        page.context().close();
    }

    @Test
    void theEmbedViewIsCompactAndHidesWhatTheInstructorHides() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html?embed=1#hide=data,seed,share", errors));
        assertTrue(page.isHidden(".masthead"), "no masthead in the embed view");
        assertTrue(page.isHidden("#dataset"), "data control hidden");
        assertTrue(page.isHidden("#seed"), "seed control hidden");
        assertFalse(page.isHidden("#play"), "play stays");
        page.click("#play");
        page.waitForFunction(ComparisonIT.STEPS_ABOVE, 50);
        page.click("#play");
        page.context().close();

        Page full = ready(Browser.get().open("index.html", errors));
        full.click("#copy-embed");
        String code = full.inputValue("#share-text");
        assertTrue(code.startsWith("<iframe src=\"http://127.0.0.1:") && code.contains("?embed=1#"), code);
        full.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aHostPageOnAnotherOriginDrivesThePlaygroundByPostMessage() throws Exception {
        Browser browser = Browser.get();
        Path hostDir = Files.createTempDirectory("descent-host");
        Files.writeString(hostDir.resolve("index.html"), "<!doctype html><html lang=en><title>Course page</title>"
                + "<link rel=icon href='data:,'>"
                + "<iframe id=p src='" + browser.server.url() + "index.html?embed=1' width=900 height=700></iframe>"
                + "<pre id=out></pre><script>"
                + "const out = document.getElementById('out'); const frame = document.getElementById('p');"
                + "window.addEventListener('message', e => { if (e.data && e.data.descent)"
                + "  out.textContent += JSON.stringify(e.data) + '\\n'; });"
                + "window.ask = (m, args) => frame.contentWindow.postMessage({descent: m, args: args || [], id: m}, '*');"
                + "</script></html>");
        try (StaticServer host = new StaticServer(hostDir, 0, "/")) {
            assertNotEquals(browser.server.port(), host.port());
            List<String> errors = Browser.errorList();
            Page page = browser.open("", errors);
            page.navigate(host.url());
            Frame frame = page.waitForSelector("#p").contentFrame();
            frame.waitForSelector("body[data-ready=true]");
            page.evaluate("() => ask('step', [25])");
            page.evaluate("() => ask('lessons')");
            page.evaluate("() => ask('metrics')");
            page.waitForFunction("() => document.getElementById('out').textContent.includes('\"id\":\"metrics\"')");
            String out = page.textContent("#out");
            assertTrue(out.contains("{\"descent\":\"step\",\"id\":\"step\",\"result\":25}"), out);
            assertTrue(out.contains("\"step\":25"), out);
            assertTrue(out.contains("\"id\":\"lessons\",\"result\":[{\"id\":"), out);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) frame.evaluate("() => window.descent.metrics()");
            assertEquals(4, ((List<?>) m.get("lanes")).size());
            page.context().close();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        }
    }

    private static Page ready(Page page) {
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    private static String jsString(String s) {
        StringBuilder out = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\'' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }
}
