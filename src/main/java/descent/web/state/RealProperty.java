package descent.web.state;

import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * A real number in [min, max]: a finite number outside is clamped with a notice, a non-finite one ignored, and
 * a nonzero one smaller than {@link Limits#TINY} in magnitude read as 0 with a notice.
 */
final class RealProperty<T> extends Property<T> {
    final double min;
    final double max;
    private final ToDoubleFunction<T> get;
    private final ObjDoubleConsumer<T> set;

    RealProperty(String key, double min, double max, ToDoubleFunction<T> get, ObjDoubleConsumer<T> set) {
        super(key);
        this.min = min;
        this.max = max;
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return Numbers.format(get.applyAsDouble(target));
    }

    @Override
    boolean same(T a, T b) {
        return get.applyAsDouble(a) == get.applyAsDouble(b); // 0 and −0 both format as "0"
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        double x = number(target, raw, name, notices);
        if (x != x) {
            return;
        }
        if (x != 0 && Math.abs(x) < Limits.TINY && min <= 0 && max >= 0) {
            notices.add(name + ": " + SafeText.quote(SafeText.trimSpaces(raw))
                    + " is too small to tell from 0, read as 0 (nonzero values start at " + Numbers.format(Limits.TINY) + ")");
            x = 0;
        }
        if (x < min || x > max) {
            double clamped = x < min ? min : max;
            notices.add(name + ": " + SafeText.quote(SafeText.trimSpaces(raw)) + " clamped to "
                    + Numbers.format(clamped) + " (allowed " + Numbers.format(min) + " to " + Numbers.format(max)
                    + ")");
            x = clamped;
        }
        set.accept(target, x == 0 ? 0 : x); // −0 becomes 0, so that every decoded value writes back the same
    }
}
