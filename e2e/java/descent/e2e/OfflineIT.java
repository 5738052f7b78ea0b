package descent.e2e;

import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline PWA: after one visit every page works without a network, training included; a new build is
 * offered with a prompt, and once accepted only the new build's cache remains.
 */
class OfflineIT {
    private static final Pattern BUILD_ID = Pattern.compile("const BUILD_ID = '([^']*)'; // @build-id");
    private static final String CONTROLLED = "() => navigator.serviceWorker.controller !== null";
    private static final String CACHE_NAMES = "() => caches.keys()";

    @Test
    void afterOneVisitEveryPageWorksOfflineTrainingIncluded() throws Exception {
        try (StaticServer server = new StaticServer(Ship.site(), 0, "/");
             Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html");
            s.page.waitForSelector("body[data-ready=true]");
            s.page.waitForFunction(CONTROLLED, null);
            List<?> caches = (List<?>) s.page.evaluate(CACHE_NAMES);
            assertEquals(1, caches.size(), "one cache after the first visit: " + caches);
            assertTrue(caches.get(0).toString().endsWith(" " + buildId(Ship.site())), "named by the build: " + caches);

            s.context.setOffline(true);
            assertEquals(false, s.page.evaluate("() => navigator.onLine"), "the browser is offline");

            s.page.reload();
            Ship.train(s.page.mainFrame(), 300);
            assertTrue(Ship.steps(s.page.mainFrame()) > 300, "trains offline");

            // The folder address, every page (none visited before but index.html), and the other engine's
            // files: all from the cache.
            s.go(server.url());
            s.page.waitForSelector("body[data-ready=true]");
            List<String> pages = Ship.pages();
            for (String name : pages) {
                if (!name.equals("bench.html")) {
                    s.go(server.url() + name);
                    s.page.waitForSelector("body[data-ready=true]");
                }
            }
            for (String engine : List.of("JavaScript", "WebAssembly GC")) {
                s.go(server.url() + "bench.html?engine=" + (engine.startsWith("Web") ? "wasm" : "js"));
                s.page.waitForFunction("e => document.getElementById('bench-progress').textContent.includes(e)",
                        engine);
                s.page.waitForFunction("() => document.getElementById('bench-small').textContent !== '–'",
                        null);
            }
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            assertEquals(List.of(), s.errors, "console errors");
            System.out.println("offline: " + caches.get(0) + " served the folder address, " + pages
                    + " (index.html trained) and bench.html in both engines");
        }
    }

    @Test
    void aNewBuildIsOfferedAndAfterReloadOnlyItsCacheRemains() throws Exception {
        Path site = Ship.copyOfSite();
        String first = buildId(site);
        try (StaticServer server = new StaticServer(site, 0, "/");
             Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html");
            s.page.waitForSelector("body[data-ready=true]");
            s.page.waitForFunction(CONTROLLED, null);
            assertFalse(s.page.isVisible("#update-banner"), "no prompt on the first visit");

            // The second build: the same files with another id, as a rebuild after a change would have.
            String second = first + "next";
            Path worker = site.resolve("sw.js");
            Files.writeString(worker, Files.readString(worker).replace(
                    "const BUILD_ID = '" + first + "';", "const BUILD_ID = '" + second + "';"));
            assertEquals(second, buildId(site));

            s.page.reload();
            s.page.waitForSelector("#update-banner");
            assertTrue(s.page.textContent("#update-banner").contains("A new version is available"));
            assertEquals("status", s.page.getAttribute("#update-banner", "role"), "announced to screen readers");
            List<?> both = (List<?>) s.page.evaluate(CACHE_NAMES);
            assertEquals(2, both.size(), "the new build waits beside the old one: " + both);
            assertTrue(s.page.isVisible("#update-reload"), "a Reload button");
            s.page.focus("#update-reload");
            assertEquals("update-reload", s.page.evaluate("() => document.activeElement.id"), "reachable by keyboard");

            s.page.waitForNavigation(() -> s.page.keyboard().press("Enter"));
            s.page.waitForSelector("body[data-ready=true]");
            s.page.waitForFunction(CONTROLLED, null);
            List<?> after = (List<?>) s.page.evaluate(CACHE_NAMES);
            assertEquals(1, after.size(), "only one cache after the reload: " + after);
            assertTrue(after.get(0).toString().endsWith(" " + second), "the new build's cache: " + after);
            assertNotEquals(both.get(0), both.get(1));
            assertFalse(s.page.isVisible("#update-banner"), "no prompt once updated");
            Ship.train(s.page.mainFrame(), 100);
            assertEquals(List.of(), s.errors, "console errors");
            System.out.println("update: " + both + " → " + after);
        }
    }

    static String buildId(Path site) throws Exception {
        Matcher m = BUILD_ID.matcher(Files.readString(site.resolve("sw.js")));
        assertTrue(m.find(), "sw.js carries a build id");
        assertNotEquals("dev", m.group(1), "the build stamped sw.js");
        return m.group(1);
    }
}
