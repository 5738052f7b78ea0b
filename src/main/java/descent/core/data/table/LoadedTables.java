package descent.core.data.table;

import java.util.HashMap;
import java.util.Map;

/**
 * The shipped tables this process has read, so that a race or lesson naming one by its kind finds it without
 * each caller passing the table along. The page fills it as its data/ files arrive; the JVM's tests fill it
 * from webapp/data once per run. Reading a file is the caller's job: the core never touches files or network.
 */
public final class LoadedTables {
    private static final Map<ShippedData, Table> TABLES = new HashMap<>();

    private LoadedTables() {
    }

    /** Remembers the parsed content of a shipped file. */
    public static synchronized void put(ShippedData set, Table table) {
        TABLES.put(set, table);
    }

    /** The set's table if it has been read, else null. */
    public static synchronized Table get(ShippedData set) {
        return TABLES.get(set);
    }
}
