package descent.web.state;

import java.util.function.Predicate;

/**
 * One row of the {@link StateTable}: a key, the text form of its value on a target (the shared settings or
 * one lane), and how a text value from a URL is checked and applied to that target.
 *
 * <p>{@link #apply} never throws and never leaves the target invalid: a value it cannot use leaves the target
 * as it was, a value it must change (clamp, round, shorten) is changed; either way it says so in the notices.
 *
 * @param <T> what the row reads and writes: {@link SharedDraft} or {@link LaneDraft}
 */
abstract class Property<T> {
    private final String key;
    private Predicate<T> relevant;
    private String relevance = "";

    Property(String key) {
        this.key = key;
    }

    /** The key without a lane prefix, e.g. "noise", "lr". */
    final String key() {
        return key;
    }

    /** The value on target as the hash writes it; equal texts mean equal values. */
    abstract String format(T target);

    /** Whether a and b hold the same value, i.e. format the same; rows override it to skip the formatting. */
    boolean same(T a, T b) {
        return format(a).equals(format(b));
    }

    /**
     * Reads raw (already percent-decoded) into target, or keeps target's value; name is the key as the user
     * wrote it ("l2.lr"), for the notices.
     */
    abstract void apply(T target, String raw, String name, Notices notices);

    /** Marks the row as read only when {@code when} holds (e.g. τ only for some schedules); why says when. */
    final Property<T> onlyWhen(Predicate<T> when, String why) {
        this.relevant = when;
        this.relevance = why;
        return this;
    }

    /** Whether target uses this value at all; a value for a row that does not apply is ignored. */
    final boolean appliesTo(T target) {
        return relevant == null || relevant.test(target);
    }

    /** When the row applies, e.g. "only the step schedule reads it". */
    final String relevance() {
        return relevance;
    }

    /**
     * The number in raw, or NaN after a notice ("l2.lr: "abc" is not a number, kept 0.01"); the caller
     * then keeps the current value.
     */
    final double number(T target, String raw, String name, Notices notices) {
        String v = SafeText.trimSpaces(raw);
        if (v.isEmpty()) {
            notices.add(name + ": no value, kept " + format(target));
            return Double.NaN;
        }
        double x = Numbers.parse(v);
        if (x != x) {
            notices.add(name + ": " + SafeText.quote(v) + " is not a number, kept " + format(target));
        } else if (x - x != 0) {
            notices.add(name + ": " + SafeText.quote(v) + " is not finite, kept " + format(target));
            return Double.NaN;
        }
        return x;
    }
}
