package descent.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaticServerTest {
    @TempDir
    Path site;

    @Test
    void servesFilesWithTheirTypesUnderABasePathAndNothingOutsideIt() throws Exception {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>x</title>");
        Files.createDirectories(site.resolve("wasm"));
        Files.write(site.resolve("wasm/a.wasm"), new byte[] {0, 'a', 's', 'm'});
        Files.writeString(site.getParent().resolve("secret.txt"), "no");
        HttpClient http = HttpClient.newHttpClient();
        try (StaticServer server = new StaticServer(site, 0, "/course/optim/")) {
            HttpResponse<byte[]> index = get(http, server.url());
            assertEquals(200, index.statusCode());
            assertEquals("text/html; charset=utf-8", index.headers().firstValue("content-type").orElse(""));
            HttpResponse<byte[]> wasm = get(http, server.url() + "wasm/a.wasm");
            assertEquals("application/wasm", wasm.headers().firstValue("content-type").orElse(""));
            assertEquals(4, wasm.body().length);
            assertEquals(404, get(http, server.url() + "missing.js").statusCode());
            assertEquals(404, get(http, "http://127.0.0.1:" + server.port() + "/index.html").statusCode());
            int traversal = get(http, server.url() + "..%2Fsecret.txt").statusCode();
            assertEquals(true, traversal == 403 || traversal == 404, "status " + traversal);
        }
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
