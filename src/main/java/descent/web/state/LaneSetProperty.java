package descent.web.state;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A set of lane numbers, e.g. {@code rule=0,3}: comma-separated, read like an {@link IntListProperty} (each
 * number clamped into 0 … lanes − 1, non-numbers dropped, with notices), then sorted with repeats dropped so
 * that every set has one spelling.
 */
final class LaneSetProperty<T> extends Property<T> {
    final int maxLanes;
    private final IntListProperty<int[][]> list;
    private final Function<T, int[]> get;
    private final BiConsumer<T, int[]> set;

    LaneSetProperty(String key, int maxLanes, Function<T, int[]> get, BiConsumer<T, int[]> set) {
        super(key);
        this.maxLanes = maxLanes;
        this.list = new IntListProperty<>(key, maxLanes, 0, maxLanes - 1, a -> a[0], (a, v) -> a[0] = v);
        this.get = get;
        this.set = set;
    }

    @Override
    String format(T target) {
        return list.format(new int[][] {get.apply(target)});
    }

    @Override
    void apply(T target, String raw, String name, Notices notices) {
        int[][] read = new int[1][];
        list.apply(read, raw, name, notices);
        boolean[] in = new boolean[maxLanes];
        int count = 0;
        for (int lane : read[0]) {
            if (!in[lane]) {
                in[lane] = true;
                count++;
            }
        }
        int[] lanes = new int[count];
        int k = 0;
        for (int lane = 0; lane < maxLanes; lane++) {
            if (in[lane]) {
                lanes[k++] = lane;
            }
        }
        set.accept(target, lanes);
    }
}
