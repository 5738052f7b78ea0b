package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Helpers for the shipping tests (content policy, offline, hosting, audit, soak): fresh browser contexts that
 * record console errors, every request and every content-policy violation; copies of the built site.
 */
final class Ship {
    /** Installed before any page script: keeps every securitypolicyviolation event where tests can read it. */
    private static final String VIOLATION_RECORDER = "(() => {"
            + " window.__violations = [];"
            + " document.addEventListener('securitypolicyviolation', e => window.__violations.push("
            + "   e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' at ' + e.sourceFile + ':' + e.lineNumber));"
            + "})()";

    private Ship() {
    }

    /** The built site, target/site or ${build.dir}/site. */
    static Path site() {
        return Path.of(System.getProperty("descent.site", "target/site")).toAbsolutePath();
    }

    /** The HTML pages of the built site, by file name. */
    static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(site())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
    }

    /** A private copy of the built site in a temporary folder (deleted when the JVM exits). */
    static Path copyOfSite() throws IOException {
        Path to = Files.createTempDirectory("descent-site-");
        Path from = site();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        deleteOnExit(to);
        return to;
    }

    static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary folder: the OS cleans up what is left
            }
        }));
    }

    /**
     * How long any wait for a page state may last before the test calls the page stuck: long enough that no
     * machine, however slow or busy, reaches it in normal work (every wait here is for a state the page reaches
     * by itself — ready, trained past a step, a file saved — never for a duration), short enough that a hang
     * still ends the run. Applied as every context's default timeout, so no wait names a number of its own.
     */
    static final double HANG_MS = 300_000;

    /** One browser context with its first page, recording errors, requests and policy violations. */
    static final class Session implements AutoCloseable {
        final BrowserContext context;
        final Page page;
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        /** Every request of the context: its pages, frames and service worker. */
        final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        /** The requests of the first page and its frames only (not the service worker's precaching). */
        final List<String> pageRequests = Collections.synchronizedList(new ArrayList<>());

        Session() throws Exception {
            context = Browser.get().chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900));
            context.setDefaultTimeout(HANG_MS);
            context.addInitScript(VIOLATION_RECORDER);
            context.onRequest(request -> requests.add(request.url()));
            page = context.newPage();
            page.onRequest(request -> pageRequests.add(request.url()));
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add("console: " + message.text());
                }
            });
            page.onPageError(error -> errors.add("page error: " + error));
        }

        Session go(String url) {
            page.navigate(url);
            return this;
        }

        /** Requests whose URL does not start with {@code origin} (e.g. "http://127.0.0.1:1234/"). */
        List<String> requestsOffOrigin(String origin) {
            synchronized (requests) {
                return requests.stream().filter(u -> !u.startsWith(origin)).toList();
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** The policy violations the page (or frame) has seen since it loaded. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Frame frame) {
        return (List<String>) frame.evaluate("() => window.__violations || ['no recorder installed']");
    }

    static List<String> violations(Page page) {
        return violations(page.mainFrame());
    }

    /** The step counter as a number (thin-space digit groups allowed). */
    static int steps(Frame frame) {
        return Integer.parseInt(frame.textContent("#step-count").replaceAll("\\D", ""));
    }

    static final String STEPS_ABOVE = "n => Number(document.getElementById('step-count').textContent.replace(/\\D/g, '')) > n";

    /** Clicks Play, waits until the step counter passes {@code steps}, clicks Pause. */
    static void train(Frame frame, int steps) {
        frame.waitForSelector("body[data-ready=true]");
        frame.click("#play");
        frame.waitForFunction(STEPS_ABOVE, steps);
        frame.click("#play");
    }

    /** The origin part of a server URL, with its trailing slash: http://127.0.0.1:port/ */
    static String origin(String url) {
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        return url.substring(0, slash + 1);
    }
}
