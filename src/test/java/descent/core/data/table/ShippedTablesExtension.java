package descent.core.data.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads every shipped file of webapp/data into {@link LoadedTables} before the tests, as the page does when they
 * arrive, so a lesson or race on penguins or digits runs on the JVM like any other (registered for every test
 * class through META-INF/services and junit-platform.properties).
 */
public final class ShippedTablesExtension implements BeforeAllCallback {
    private static boolean done;

    @Override
    public void beforeAll(ExtensionContext context) {
        load();
    }

    static synchronized void load() {
        if (done) {
            return;
        }
        for (ShippedData set : ShippedData.values()) {
            Path file = Path.of("webapp/data").resolve(set.file());
            try {
                LoadedTables.put(set, set.parse(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        done = true;
    }
}
