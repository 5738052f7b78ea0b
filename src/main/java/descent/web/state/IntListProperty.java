package descent.web.state;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A comma-separated list of whole numbers, e.g. {@code layers=8,8}; empty is the empty list (no hidden
 * layer). Entries are rounded and clamped into [min, max] like {@link IntProperty}; entries that are not
 * numbers are dropped, and entries past maxCount are cut, each with a notice.
 */
final class IntListProperty<T> extends Property<T> {
    final int maxCount;
    private final IntProperty<int[]> entry;
    private final Function<T, int[]> get;
    private final BiConsumer<T, int[]> set;

    IntListProperty(String key, int maxCount, int min, int max, Function<T, int[]> get, BiConsumer<T, int[]> set) {
        super(key);
        this.maxCount = maxCount;
        this.entry = new IntProperty<>(key, min, max, a -> a[0], (a, v) -> a[0] = v);
        this.get = get;
        this.set = set;
    }

    int min() {
        return entry.min;
    }

    int max() {
        return entry.max;
    }

    @Override
    String format(T target) {
        int[] values = get.apply(target);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(values[i]);
        }
        return b.toString();
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        int[] read = new int[maxCount];
        int count = 0;
        int from = 0;
        int n = SafeText.trimSpaces(raw).isEmpty() ? -1 : raw.length(); // blank: the empty list
        // Walks the commas by hand and stops after maxCount entries: "64,64,…" a thousand times costs nothing.
        while (from <= n) {
            int comma = raw.indexOf(',', from);
            int to = comma < 0 ? n : comma;
            if (count == maxCount) {
                notices.add(name + ": more than " + maxCount + " entries, only the first " + maxCount + " kept");
                break;
            }
            String part = SafeText.trimSpaces(raw.substring(from, to));
            double x = Numbers.parse(part);
            if (x == x && x - x == 0) {
                read[count++] = entry.read(x, part, name, notices);
            } else {
                notices.add(name + ": dropped the entry " + SafeText.quote(part) + ", which is not a number");
            }
            from = to + 1;
        }
        int[] values = new int[count];
        System.arraycopy(read, 0, values, 0, count);
        set.accept(target, values);
    }
}
