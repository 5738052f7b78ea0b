package descent.web.state;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** Short free text shown on the page (a lane's label): kept as {@link SafeText#cleanLabel} makes it. */
final class LabelProperty<T> extends Property<T> {
    private final Function<T, String> get;
    private final BiConsumer<T, String> set;

    LabelProperty(String key, Function<T, String> get, BiConsumer<T, String> set) {
        super(key);
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return get.apply(target);
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        String clean = SafeText.cleanLabel(raw);
        if (!clean.equals(raw)) {
            notices.add(name + ": changed to " + SafeText.quote(clean) + " (a label is plain text of at most "
                    + Limits.MAX_LABEL_CHARS + " characters, without control characters or angle brackets)");
        }
        set.accept(target, clean);
    }
}
