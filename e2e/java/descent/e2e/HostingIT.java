package descent.e2e;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any static host, any folder, any embedding page: the site under a sub-path and in a cross-origin iframe. */
class HostingIT {
    private static final String COURSE_PATH = "/some/course/path/";

    /** Attributes and CSS urls that would point at the host's root instead of the site's folder. */
    private static final Pattern ROOTED = Pattern.compile(
            "(?:\\b(?:href|src|action|poster|srcset)\\s*=\\s*[\"']\\s*/)|(?:url\\(\\s*[\"']?/)"
            + "|(?:\"(?:start_url|scope|src|id)\"\\s*:\\s*\"(?:/|https?:))");

    @Test
    void noFileOfTheSiteUsesAnAddressFromTheHostsRoot() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Ship.site())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".css") || name.endsWith(".webmanifest")) {
                    Matcher m = ROOTED.matcher(Files.readString(p));
                    while (m.find()) {
                        found.add(Ship.site().relativize(p) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "root-relative or absolute addresses");
    }

    @Test
    void theSiteWorksFromAFolderOfTheHostOnlineAndOffline() throws Exception {
        try (StaticServer server = new StaticServer(Ship.site(), 0, COURSE_PATH);
             Ship.Session s = new Ship.Session()) {
            String base = server.url();
            assertTrue(base.endsWith(COURSE_PATH), base);
            s.go(base);
            Ship.train(s.page.mainFrame(), 300);
            s.page.waitForFunction("() => navigator.serviceWorker.controller !== null", null);
            assertEquals(base, s.page.evaluate("() => navigator.serviceWorker.controller && "
                    + "navigator.serviceWorker.getRegistration().then(r => r.scope)"), "the worker's scope is the folder");

            s.context.setOffline(true);
            s.go(base + "bench.html?engine=js");
            s.page.waitForFunction("() => document.getElementById('bench-progress').textContent.includes('JavaScript')",
                    null);
            s.go(base + "index.html");
            Ship.train(s.page.mainFrame(), 100);

            List<String> outside;
            synchronized (s.requests) {
                outside = s.requests.stream().filter(u -> !u.startsWith(base)).toList();
            }
            assertEquals(List.of(), outside, "every request stays inside " + COURSE_PATH);
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            assertEquals(List.of(), s.errors, "console errors");
            System.out.println("sub-path: " + s.requests.size() + " requests, all under " + base);
        }
    }

    @Test
    void thePlaygroundTrainsInsideAnIframeOfAnotherOrigin() throws Exception {
        Path hostRoot = Files.createTempDirectory("descent-host-");
        Ship.deleteOnExit(hostRoot);
        try (StaticServer site = new StaticServer(Ship.site(), 0, "/course/descent/")) {
            Files.writeString(hostRoot.resolve("index.html"), "<!doctype html>\n<html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>Week 3: optimizers</title><link rel=\"icon\" href=\"data:,\"></head><body>"
                    + "<h1>Week 3: optimizers</h1><p>Try it here:</p>"
                    + "<iframe id=\"descent\" src=\"" + site.url() + "index.html\" title=\"Descent playground\""
                    + " width=\"1200\" height=\"820\"></iframe></body></html>");
            try (StaticServer host = new StaticServer(hostRoot, 0, "/");
                 Ship.Session s = new Ship.Session()) {
                assertTrue(!Ship.origin(host.url()).equals(Ship.origin(site.url())), "two origins");
                s.go(host.url());
                Frame frame = s.page.waitForSelector("iframe#descent").contentFrame();
                assertNotNull(frame, "the iframe's document");
                Ship.train(frame, 300);
                assertTrue(Ship.steps(frame) > 300);
                assertEquals("wasm", frame.getAttribute("html", "data-engine"), "the faster build, in a cross-origin frame too");
                assertEquals(List.of(), Ship.violations(frame), "policy violations in the frame");

                List<String> stray;
                synchronized (s.requests) {
                    stray = s.requests.stream()
                            .filter(u -> !u.startsWith(site.url()) && !u.startsWith(host.url())).toList();
                }
                assertEquals(List.of(), stray, "requests to neither the host page nor the site");
                assertEquals(List.of(), s.errors, "console errors");
                System.out.println("iframe: trained " + Ship.steps(frame) + " steps in " + site.url()
                        + " embedded by " + host.url());
            }
        }
    }
}
