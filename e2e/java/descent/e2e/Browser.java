package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import descent.serve.StaticServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium and one static server for the whole e2e run: starting Chromium costs about a second,
 * so every test class shares them. Both are closed when the JVM exits.
 */
final class Browser {
    private static Browser shared;

    final StaticServer server;
    final Playwright playwright;
    final com.microsoft.playwright.Browser chromium;

    private Browser() throws Exception {
        Path site = Path.of(System.getProperty("descent.site", "target/site"));
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + site.toAbsolutePath() + " (run mvn verify)");
        }
        Path executable = Path.of(System.getProperty("descent.chromium", "/usr/bin/chromium"));
        server = new StaticServer(site, 0, "/");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            chromium.close();
            playwright.close();
            server.close();
        }));
    }

    static synchronized Browser get() throws Exception {
        if (shared == null) {
            shared = new Browser();
        }
        return shared;
    }

    /** A fresh context and page that records console errors and uncaught exceptions into {@code errors}. */
    Page open(String relativeUrl, List<String> errors) {
        return open(relativeUrl, errors, context -> { });
    }

    /** The same, with {@code setUp} run on the context before the page navigates (e.g. to route requests). */
    Page open(String relativeUrl, List<String> errors, java.util.function.Consumer<BrowserContext> setUp) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(Ship.HANG_MS);
        setUp.accept(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add("console: " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.navigate(server.url() + relativeUrl);
        return page;
    }

    static List<String> errorList() {
        return new ArrayList<>();
    }
}
