package descent.web.state;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** On or off: written 1 or 0; read from 1/0, true/false, on/off or yes/no in any case. */
final class FlagProperty<T> extends Property<T> {
    private final Predicate<T> get;
    private final BiConsumer<T, Boolean> set;

    FlagProperty(String key, Predicate<T> get, BiConsumer<T, Boolean> set) {
        super(key);
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return get.test(target) ? "1" : "0";
    }

    @Override
    boolean same(T a, T b) {
        return get.test(a) == get.test(b);
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        String v = SafeText.lowerAscii(SafeText.trimSpaces(raw));
        if (v.equals("1") || v.equals("true") || v.equals("on") || v.equals("yes")) {
            set.accept(target, Boolean.TRUE);
        } else if (v.equals("0") || v.equals("false") || v.equals("off") || v.equals("no")) {
            set.accept(target, Boolean.FALSE);
        } else {
            notices.add(name + ": " + (v.isEmpty() ? "no value" : SafeText.quote(raw) + " is not 1 or 0")
                    + ", kept " + format(target));
        }
    }
}
