package descent.web.state;

import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/** A whole number in [min, max]: a fraction is rounded, a number outside is clamped, each with a notice. */
final class IntProperty<T> extends Property<T> {
    final int min;
    final int max;
    private final ToIntFunction<T> get;
    private final ObjIntConsumer<T> set;

    IntProperty(String key, int min, int max, ToIntFunction<T> get, ObjIntConsumer<T> set) {
        super(key);
        this.min = min;
        this.max = max;
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return Numbers.format(get.applyAsInt(target));
    }

    @Override
    boolean same(T a, T b) {
        return get.applyAsInt(a) == get.applyAsInt(b);
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        double x = number(target, raw, name, notices);
        if (x != x) {
            return;
        }
        set.accept(target, read(x, SafeText.trimSpaces(raw), name, notices));
    }

    /** x rounded and clamped into [min, max], with a notice for each change; shared with list entries. */
    int read(double x, String written, String name, Notices notices) {
        double r = Math.floor(x + 0.5);
        if (r != x) {
            notices.add(name + ": " + SafeText.quote(written) + " is not a whole number, rounded to "
                    + Numbers.format(r));
        }
        if (r < min || r > max) {
            int clamped = r < min ? min : max;
            notices.add(name + ": " + SafeText.quote(written) + " clamped to " + clamped + " (allowed " + min
                    + " to " + max + ")");
            return clamped;
        }
        return (int) r;
    }
}
