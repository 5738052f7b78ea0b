package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Issue 15, item 7: the script API stays open to any origin, but a host page never reads or trains on the
 * learner's own data: it cannot ask for it (load('own=1')), and while the learner trains on it in the frame,
 * metrics(), step() and play() over postMessage are refused.
 */
class OwnDataPrivacyIT {
    @Test
    void aHostOnAnotherOriginCannotReadOrTrainOnTheLearnersOwnData() throws Exception {
        Browser browser = Browser.get();
        Path hostDir = Files.createTempDirectory("descent-privacy-host");
        Files.writeString(hostDir.resolve("index.html"), "<!doctype html><html lang=en><title>Course page</title>"
                + "<link rel=icon href='data:,'>"
                + "<iframe id=p src='" + browser.server.url() + "index.html?embed=1' width=900 height=700></iframe>"
                + "<pre id=out></pre><script>"
                + "const out = document.getElementById('out'); const frame = document.getElementById('p');"
                + "window.addEventListener('message', e => { if (e.data && e.data.descent && e.data.id)"
                + "  out.textContent += JSON.stringify(e.data) + '\\n'; });"
                + "window.ask = (m, args, id) => frame.contentWindow.postMessage({descent: m, args: args, id: id}, '*');"
                + "</script></html>");
        try (StaticServer host = new StaticServer(hostDir, 0, "/")) {
            List<String> errors = Browser.errorList();
            Page page = browser.open("", errors);
            page.navigate(host.url());
            Frame frame = page.waitForSelector("#p").contentFrame();
            frame.waitForSelector("body[data-ready=true]");

            String refused = reply(page, "load", "['own=1&noise=0.2']", "ask-own");
            assertTrue(refused.contains("\"error\":\"load: own=1 is refused over postMessage: the learner's own data"
                    + " is private to the learner"), refused);
            assertEquals("circle", frame.inputValue("#dataset"), "the frame kept its state");
            assertTrue(frame.isVisible("#notices"), "the learner sees that a host asked and was refused");
            assertTrue(frame.textContent("#notices").contains("asked for something and was refused")
                    && frame.textContent("#notices").contains("own=1 is refused"), frame.textContent("#notices"));
            assertTrue(reply(page, "metrics", "[]", "metrics-generated").contains("\"result\":{"),
                    "metrics of generated data are answered");

            StringBuilder csv = new StringBuilder("x,y,label\\n");
            for (int i = 0; i < 40; i++) {
                csv.append((i % 7 - 3) / 10.0).append(',').append((i % 5 - 2) / 10.0).append(',').append(i % 2)
                        .append("\\n");
            }
            frame.evaluate("() => localStorage.setItem('descent.own-data.csv', '" + csv + "')");
            frame.evaluate("() => window.descent.load('own=1')"); // the learner's choice, in the frame
            assertEquals("custom", frame.inputValue("#dataset"));

            String metrics = reply(page, "metrics", "[]", "metrics-own");
            assertTrue(metrics.contains("\"error\":\"metrics() is refused over postMessage: the page trains on the "
                    + "learner's own data, which is private to the learner\""), metrics);
            assertFalse(metrics.contains("\"result\""), metrics);
            assertTrue(reply(page, "step", "[5]", "step-own").contains("\"error\":\"step() is refused"));
            assertTrue(reply(page, "play", "[]", "play-own").contains("\"error\":\"play() is refused"));
            assertTrue(frame.textContent("#notices").contains("play() is refused"), frame.textContent("#notices"));
            assertTrue(reply(page, "lessons", "[]", "lessons-own").contains("\"result\":[{"));

            @SuppressWarnings("unchecked")
            Map<String, Object> own = (Map<String, Object>) frame.evaluate("() => window.descent.metrics()");
            assertEquals(4, ((List<?>) own.get("lanes")).size(), "the page itself still reads its metrics");
            page.context().close();
            assertEquals(List.of(), errors, "console errors");
        }
    }

    /** Posts a call from the host page and returns the reply line with this id. */
    private static String reply(Page page, String method, String args, String id) {
        page.evaluate("() => ask('" + method + "', " + args + ", '" + id + "')");
        page.waitForFunction("() => document.getElementById('out').textContent.includes('\"id\":\"" + id + "\"')");
        for (String line : page.textContent("#out").split("\n")) {
            if (line.contains("\"id\":\"" + id + "\"")) {
                return line;
            }
        }
        return "";
    }
}
