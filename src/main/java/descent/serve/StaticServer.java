package descent.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the built site (target/site) on 127.0.0.1 with the MIME types browsers insist on — above all
 * {@code application/wasm}, without which WebAssembly.compileStreaming refuses the module.
 *
 * <p>Runs on the JVM only (the README's serve command and the browser tests); TeaVM never sees it. The site
 * can be mounted under a sub-path to prove that it works from any folder of a static host.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"));

    private final HttpServer server;
    private final Path root;
    private final String base;

    /**
     * @param root folder to serve
     * @param port TCP port on 127.0.0.1; 0 picks a free one
     * @param base URL prefix the site lives under, "/" or e.g. "/some/course/path/"
     */
    public StaticServer(Path root, int port, String base) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.base = base.endsWith("/") ? base : base + "/";
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The site's address, ending in its base path. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + base;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(), true);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(base)) {
                if ((path + "/").equals(base)) {
                    exchange.getResponseHeaders().add("Location", base);
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(), true);
                return;
            }
            Path file = root.resolve(path.substring(base.length())).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(), true);
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(), true);
                return;
            }
            send(exchange, 200, typeOf(file), Files.readAllBytes(file), !method.equals("HEAD"));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean withBody)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Always revalidate: a stale script beside a fresh page would mix builds during development.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, withBody ? body.length : -1);
        if (withBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** {@code java -cp target/classes descent.serve.StaticServer [folder] [port] [base]} */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/site");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        String base = args.length > 2 ? args[2] : "/";
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            System.err.println("No site at " + root.toAbsolutePath() + ": run `mvn package` first.");
            System.exit(2);
        }
        StaticServer server = new StaticServer(root, port, base);
        System.out.println();
        System.out.println("Descent is served at " + server.url() + "  (Ctrl-C to stop)");
        System.out.println("  benchmark: " + server.url() + "bench.html   (the JavaScript build: bench.html?engine=js)");
        Thread.currentThread().join();
    }
}
