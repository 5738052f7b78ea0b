package descent.web.state;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** An id of 1 to maxLength characters of [a-z0-9-], or empty for none (the lesson a state came from). */
final class TokenProperty<T> extends Property<T> {
    final int maxLength;
    private final Function<T, String> get;
    private final BiConsumer<T, String> set;

    TokenProperty(String key, int maxLength, Function<T, String> get, BiConsumer<T, String> set) {
        super(key);
        this.maxLength = maxLength;
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return get.apply(target);
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        String v = SafeText.trimSpaces(raw);
        if (v.isEmpty() || SafeText.isToken(v, maxLength)) {
            set.accept(target, v);
        } else {
            String kept = format(target);
            notices.add(name + ": " + SafeText.quote(raw) + " is not an id (1 to " + maxLength
                    + " of a-z, 0-9 and -), kept " + (kept.isEmpty() ? "none" : kept));
        }
    }
}
