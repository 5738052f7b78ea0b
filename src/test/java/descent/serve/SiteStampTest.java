package descent.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteStampTest {
    private static final String WORKER = "'use strict';\nconst BUILD_ID = 'dev'; // @build-id\n"
            + "const FILES = []; // @files\nconsole.log(BUILD_ID, FILES);\n";

    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    @Test
    void writesTheIdAndEveryFileButTheWorkerAndTheExcluded() throws Exception {
        write("sw.js", WORKER);
        write("index.html", "<!doctype html>");
        write("js/app.js", "main()");
        write("img/screenshot.png", "png");
        SiteStamp.Stamp stamp = SiteStamp.stamp(site, Set.of("img/screenshot.png"));
        assertEquals(List.of("index.html", "js/app.js"), stamp.files());
        assertTrue(stamp.buildId().matches("[0-9a-f]{12}"), stamp.buildId());
        String worker = Files.readString(site.resolve("sw.js"));
        assertTrue(worker.contains("const BUILD_ID = '" + stamp.buildId() + "'; // @build-id\n"), worker);
        assertTrue(worker.contains("const FILES = [\n  'index.html',\n  'js/app.js'\n]; // @files\n"), worker);
        assertTrue(worker.endsWith("console.log(BUILD_ID, FILES);\n"), worker);
    }

    @Test
    void stampingAgainChangesNothingAndAnyChangedByteGivesANewId() throws Exception {
        write("sw.js", WORKER);
        write("index.html", "<!doctype html>");
        String first = SiteStamp.stamp(site, Set.of()).buildId();
        String stamped = Files.readString(site.resolve("sw.js"));
        assertEquals(first, SiteStamp.stamp(site, Set.of()).buildId(), "idempotent");
        assertEquals(stamped, Files.readString(site.resolve("sw.js")));

        write("index.html", "<!doctype html>!");
        String second = SiteStamp.stamp(site, Set.of()).buildId();
        assertNotEquals(first, second, "a changed page");

        write("css/new.css", "");
        assertNotEquals(second, SiteStamp.stamp(site, Set.of()).buildId(), "an added file");
    }

    @Test
    void aWorkerWithoutTheMarkersIsAnError() throws Exception {
        write("sw.js", "const BUILD_ID = 'dev';\n");
        assertThrows(IOException.class, () -> SiteStamp.stamp(site, Set.of()));
    }
}
