package descent.e2e;

import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strict content policy: on every page as a meta tag, never violated while the playground trains, and no
 * request leaving the origin. Scripts come only from the site's files and no string becomes code: the one
 * allowance, 'wasm-unsafe-eval', lets the page compile the WebAssembly GC build, which our own loader starts
 * without 'unsafe-eval'. Under a policy without it the JavaScript build runs, quietly.
 */
class ContentPolicyIT {
    static final String STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'";

    private static StaticServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = new StaticServer(Ship.site(), 0, "/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageCarriesTheStrictPolicyInAMetaTag() throws Exception {
        List<String> pages = Ship.pages();
        assertTrue(pages.contains("index.html") && pages.contains("bench.html"), "pages: " + pages);
        for (String name : pages) {
            try (Ship.Session s = new Ship.Session()) {
                s.go(server.url() + name);
                s.page.waitForSelector("html[data-engine]");
                List<String> policies = new ArrayList<>();
                for (var meta : s.page.querySelectorAll("head meta[http-equiv]")) {
                    if (meta.getAttribute("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                        policies.add(meta.getAttribute("content"));
                    }
                }
                assertEquals(1, policies.size(), name + " has one CSP meta tag: " + policies);
                Map<String, List<String>> policy = parse(policies.get(0));
                assertEquals(parse(STRICT), policy, name + "'s policy");
                s.page.waitForLoadState();
                assertEquals("wasm", s.page.getAttribute("html", "data-engine"), name + " runs the WebAssembly GC build");
                assertEquals(List.of(), Ship.violations(s.page), name + ": policy violations");
                assertEquals(List.of(), s.requestsOffOrigin(Ship.origin(server.url())), name + ": requests off the origin");
                assertEquals(List.of(), s.errors, name + ": console errors");
            }
        }
    }

    @Test
    void thePlaygroundTrainsWithoutViolationsAndEveryRequestStaysOnTheOrigin() throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html");
            Ship.train(s.page.mainFrame(), 500);
            assertEquals("wasm", s.page.getAttribute("html", "data-engine"), "the default engine");
            assertTrue(Ship.steps(s.page.mainFrame()) > 500);
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            List<String> requests = new ArrayList<>(s.requests);
            assertTrue(requests.stream().anyMatch(u -> u.endsWith("wasm/descent.wasm")), "requests seen: " + requests);
            assertFalse(requests.stream().anyMatch(u -> u.endsWith("descent-runtime.js")),
                    "TeaVM's own loader, which needs 'unsafe-eval', is not used: " + requests);
            assertEquals(List.of(), s.requestsOffOrigin(Ship.origin(server.url())), "requests off the origin");
            assertEquals(List.of(), s.errors, "console errors");
            System.out.println("csp: playground trained " + Ship.steps(s.page.mainFrame()) + " steps, "
                    + requests.size() + " requests, all on " + Ship.origin(server.url()));
        }
    }

    @Test
    void askingForJavaScriptRunsIt() throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html?engine=js");
            Ship.train(s.page.mainFrame(), 100);
            assertEquals("js", s.page.getAttribute("html", "data-engine"));
            assertFalse(s.pageRequests.stream().anyMatch(u -> u.contains("/wasm/")), "no Wasm download: " + s.pageRequests);
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    @Test
    void aPolicyWithoutWasmCompilationRunsJavaScriptWithoutAViolation() throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            // A host that serves the page with script-src 'self' only (e.g. rewritten by a course platform).
            s.page.route(server.url() + "index.html", route -> {
                var original = route.fetch();
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(original)
                        .setBody(original.text().replace(" 'wasm-unsafe-eval'", "")));
            });
            s.go(server.url() + "index.html");
            s.page.waitForSelector("body[data-ready=true]");
            assertEquals("js", s.page.getAttribute("html", "data-engine"));
            String note = s.page.textContent("#boot-status");
            assertTrue(note.contains("'wasm-unsafe-eval'"), "the page says why: " + note);
            assertTrue(s.page.isVisible("#boot-status"), "the note is shown");
            assertFalse(s.pageRequests.stream().anyMatch(u -> u.contains("/wasm/")), "no Wasm download: " + s.pageRequests);
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    @Test
    void theBenchmarkRunsWasmUnderItsOwnPolicyWithoutAViolation() throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "bench.html?engine=wasm");
            s.page.waitForFunction("() => document.getElementById('bench-progress').textContent.includes('WebAssembly GC')",
                    null);
            assertEquals("wasm", s.page.getAttribute("html", "data-engine"));
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            assertEquals(List.of(), s.requestsOffOrigin(Ship.origin(server.url())), "requests off the origin");
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    /** A policy as directive → sources, in order, lower case. */
    static Map<String, List<String>> parse(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] tokens = part.trim().toLowerCase().split("\\s+");
            if (!tokens[0].isEmpty()) {
                directives.putIfAbsent(tokens[0], List.of(tokens).subList(1, tokens.length));
            }
        }
        return directives;
    }
}
