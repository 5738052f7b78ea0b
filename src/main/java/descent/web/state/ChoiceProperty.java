package descent.web.state;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One of a fixed set of values, written by id ("adam", "cosine"); ids are matched ignoring ASCII case.
 * Anything else is ignored with a notice listing the ids.
 */
final class ChoiceProperty<T, E> extends Property<T> {
    private final String noun;
    private final E[] choices;
    private final Function<E, String> id;
    private final Function<String, E> lookup;
    private final Function<T, E> get;
    private final BiConsumer<T, E> set;

    /**
     * @param noun   what a value is, for notices ("a dataset")
     * @param lookup id → value or null; may accept aliases (OptimizerKind.fromId takes "sgd" for "gd")
     */
    ChoiceProperty(String key, String noun, E[] choices, Function<E, String> id, Function<String, E> lookup,
            Function<T, E> get, BiConsumer<T, E> set) {
        super(key);
        this.noun = noun;
        this.choices = choices;
        this.id = id;
        this.lookup = lookup;
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return id.apply(get.apply(target));
    }

    @Override
    boolean same(T a, T b) {
        return get.apply(a) == get.apply(b);
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        String v = SafeText.lowerAscii(SafeText.trimSpaces(raw));
        E value = v.isEmpty() ? null : lookup.apply(v);
        if (value != null) {
            set.accept(target, value);
        } else if (v.isEmpty()) {
            notices.add(name + ": no value, kept " + format(target));
        } else {
            notices.add(name + ": " + SafeText.quote(raw) + " is not " + noun + " (" + ids() + "), kept "
                    + format(target));
        }
    }

    /** "circle, xor, …": every id, for notices and the documentation test. */
    String ids() {
        StringBuilder b = new StringBuilder();
        for (E c : choices) {
            b.append(b.length() == 0 ? "" : ", ").append(id.apply(c));
        }
        return b.toString();
    }

    E[] choices() {
        return choices;
    }

    String idOf(E value) {
        return id.apply(value);
    }
}
