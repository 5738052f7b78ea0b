package descent.web.state;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;

import java.util.List;

/**
 * A value the learner set through a control, read by the same row of the {@link StateTable} as the link's
 * key, with the same notices. A select's option values can be rewritten (developer tools, an extension, a
 * stale page), so a control is trusted no more than a link: {@code mom = "5"} is clamped to 0.9999 with a
 * notice, {@code clip = "bogus"} keeps the last good mode with a notice, and nothing throws.
 *
 * <pre>{@code
 * ControlInput.Checked<LaneConfig> c = ControlInput.lane(current, new String[] {"mom"}, new String[] {"0.9"});
 * use(c.value()); show(c.notices());
 * }</pre>
 */
public final class ControlInput {
    /** A checked value and what was changed or refused on the way, as plain-text sentences. */
    public static final class Checked<T> {
        private final T value;
        private final List<String> notices;

        Checked(T value, List<String> notices) {
            this.value = value;
            this.notices = notices;
        }

        /** Valid whatever the input: every field within its row's bounds. A fresh object, owned by the caller. */
        public T value() {
            return value;
        }

        /** One sentence per problem, e.g. {@code mom: "5" clamped to 0.9999 (allowed 0 to 0.9999)}; unmodifiable. */
        public List<String> notices() {
            return notices;
        }
    }

    private ControlInput() {
    }

    /**
     * current with each lane key {@code keys[i]} ("mom", "clip", …; not {@code opt}, which resets the rule's
     * settings — check it with {@link #isLaneChoice}) set to {@code values[i]} exactly as the link's
     * {@code l0.<key>=<value>} would set it. An unknown key is refused with a notice.
     */
    public static Checked<LaneConfig> lane(LaneConfig current, String[] keys, String[] values) {
        Notices notices = new Notices();
        LaneDraft draft = LaneDraft.of(current, 0);
        for (Property<LaneDraft> row : StateTable.LANE) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(row.key())) {
                    row.apply(draft, values[i], row.key(), notices);
                }
            }
        }
        for (String key : keys) {
            if (StateTable.lane(key) == null) {
                notices.add("ignored unknown setting " + SafeText.quote(key));
            }
        }
        return new Checked<>(draft.toLane("", notices), notices.toList());
    }

    /** Whether a and b hold the same value in every lane row, i.e. write the same link. */
    public static boolean sameLane(LaneConfig a, LaneConfig b) {
        LaneDraft da = LaneDraft.of(a, 0);
        LaneDraft db = LaneDraft.of(b, 0);
        for (Property<LaneDraft> row : StateTable.LANE) {
            if (!row.same(da, db)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code value} is one of the ids lane key {@code key} accepts ("adam" for opt, "cosine" for sched);
     * when it is not, the notice says so and lists them.
     */
    public static Checked<Boolean> isLaneChoice(String key, String value) {
        Notices notices = new Notices();
        Property<LaneDraft> row = StateTable.lane(key);
        if (row == null) {
            notices.add("ignored unknown setting " + SafeText.quote(key));
        } else {
            row.apply(LaneDraft.baseline(0), value, key, notices);
        }
        return new Checked<>(notices.isEmpty(), notices.toList());
    }

    /**
     * current with each shared key {@code keys[i]} ("noise", "layers", "act", "seed", "data", …) set to
     * {@code values[i]} as the link would set it; the lanes and the learner's own data are kept as they are.
     */
    public static Checked<PlaygroundConfig> shared(PlaygroundConfig current, String[] keys, String[] values) {
        Notices notices = new Notices();
        SharedDraft draft = SharedDraft.of(current, null);
        for (Property<SharedDraft> row : StateTable.SHARED) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(row.key())) {
                    row.apply(draft, values[i], row.key(), notices);
                }
            }
        }
        for (String key : keys) {
            if (StateTable.shared(key) == null) {
                notices.add("ignored unknown setting " + SafeText.quote(key));
            }
        }
        PlaygroundConfig out = current.copy();
        draft.copySettingsTo(out);
        return new Checked<>(out, notices.toList());
    }

    /**
     * The text an option carries for the number v: the link's form, which reads back as exactly v
     * ({@code 0.001}, {@code 1e-5}); shown to no one, so no {@code Format} rules apply.
     */
    public static String optionValue(double v) {
        return Numbers.format(v);
    }
}
