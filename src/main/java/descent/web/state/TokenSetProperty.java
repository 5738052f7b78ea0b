package descent.web.state;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A comma-separated set of ids of [a-z0-9-] (the controls an embedding hides), written sorted; empty is the
 * empty set. Malformed ids are dropped and ids past maxCount cut, with notices; repeats merge silently.
 */
final class TokenSetProperty<T> extends Property<T> {
    final int maxCount;
    final int maxLength;
    private final Function<T, SortedSet<String>> get;
    private final BiConsumer<T, SortedSet<String>> set;

    TokenSetProperty(String key, int maxCount, int maxLength, Function<T, SortedSet<String>> get,
            BiConsumer<T, SortedSet<String>> set) {
        super(key);
        this.maxCount = maxCount;
        this.maxLength = maxLength;
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        StringBuilder b = new StringBuilder();
        for (String id : get.apply(target)) {
            b.append(b.length() == 0 ? "" : ",").append(id);
        }
        return b.toString();
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        SortedSet<String> ids = new TreeSet<>();
        int from = 0;
        int n = raw.length();
        while (from <= n) {
            int comma = raw.indexOf(',', from);
            int to = comma < 0 ? n : comma;
            String id = SafeText.trimSpaces(raw.substring(from, to));
            if (id.isEmpty()) {
                // "a,,b" and a trailing comma carry nothing to drop
            } else if (!SafeText.isToken(id, maxLength)) {
                notices.add(name + ": dropped " + SafeText.quote(id) + ", which is not a control id (1 to "
                        + maxLength + " of a-z, 0-9 and -)");
            } else if (ids.size() == maxCount && !ids.contains(id)) {
                notices.add(name + ": more than " + maxCount + " ids, only the first " + maxCount + " kept");
                break;
            } else {
                ids.add(id);
            }
            from = to + 1;
        }
        set.accept(target, ids);
    }
}
