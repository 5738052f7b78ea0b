package descent.web.state;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The playground's state in the URL hash: {@link #decode} reads any string into a valid configuration,
 * {@link #encode} writes a configuration as the shortest hash that decodes back to it exactly. The keys,
 * defaults and bounds are those of the {@link StateTable}.
 *
 * <pre>{@code
 * DecodedState s = HashState.decode(location.hash);   // "#data=spiral&l0.lr=0.3" or anything at all
 * show(s.config(), s.hidden()); notify(s.notices());  // notices as text, never as HTML
 * history.replaceState(null, "", "#" + HashState.encode(config, hidden));
 * }</pre>
 *
 * Pure Java with no browser types, so the JVM tests cover exactly what runs in the page.
 */
public final class HashState {
    /** Added instead of throwing if a bug slipped past the tests; they check it never appears. */
    static final String INTERNAL_ERROR = "the link could not be read; the default state is shown";

    private HashState() {
    }

    /**
     * Reads a hash (with or without a leading {@code #} or {@code ?}; null reads as empty). Starts from the
     * defaults; ignores unknown keys, unusable values and keys of lanes beyond {@code lanes}; clamps numbers
     * into their bounds; cuts a hash longer than {@link Limits#MAX_HASH_CHARS}, over-long lists and labels —
     * saying so in the notices each time. Never throws.
     */
    public static DecodedState decode(String hash) {
        Notices notices = new Notices();
        try {
            return read(hash == null ? "" : hash, notices);
        } catch (RuntimeException e) {
            Notices fallback = new Notices();
            fallback.add(INTERNAL_ERROR);
            return new DecodedState(new PlaygroundConfig(), Collections.<String>emptySet(), fallback.toList());
        }
    }

    /**
     * The hash of config and the controls to hide, without the leading {@code #}: only what differs from
     * the defaults, e.g. {@code data=spiral&lanes=2&l1.opt=adam}; "" for the default page.
     * {@code decode(encode(c, h))} gives back c and h exactly, without notices, whenever c is within the
     * table's bounds (as every decoded configuration is) and its labels are {@link SafeText#cleanLabel clean}.
     * hidden may be null.
     */
    public static String encode(PlaygroundConfig config, Set<String> hidden) {
        StringBuilder out = new StringBuilder();
        write(StateTable.SHARED, SharedDraft.of(config, hidden), SharedDraft.defaults(), "", out);
        LaneConfig[] lanes = config.lanes != null ? config.lanes : new LaneConfig[0];
        for (int i = 0; i < lanes.length && i < PlaygroundConfig.MAX_LANES; i++) {
            if (lanes[i] != null) {
                write(StateTable.LANE, LaneDraft.of(lanes[i], i), LaneDraft.baseline(i), StateTable.prefix(i), out);
            }
        }
        return out.toString();
    }

    /** {@code encode(config, null)}. */
    public static String encode(PlaygroundConfig config) {
        return encode(config, null);
    }

    /**
     * Writes each row whose value on current differs from base. After writing, the value is also applied to
     * base exactly as the decoder will apply it, so that rows which reset others ({@code opt}, {@code sched})
     * move the baseline of the rows after them just as they will when the hash is read.
     */
    private static <T> void write(Iterable<Property<T>> rows, T current, T base, String prefix, StringBuilder out) {
        Notices ignored = new Notices();
        for (Property<T> row : rows) {
            if (!row.appliesTo(current)) {
                continue;
            }
            if (!row.same(current, base)) {
                String value = row.format(current);
                out.append(out.length() == 0 ? "" : "&").append(prefix).append(row.key()).append('=')
                        .append(PercentCodec.encode(value));
                row.apply(base, value, prefix + row.key(), ignored);
            }
        }
    }

    private static DecodedState read(String hash, Notices notices) {
        if (hash.length() > Limits.MAX_HASH_CHARS) {
            int cut = hash.lastIndexOf('&', Limits.MAX_HASH_CHARS);
            notices.add("the link's state is " + hash.length() + " characters long; only the parts within the first "
                    + Limits.MAX_HASH_CHARS + " were read");
            hash = hash.substring(0, cut > 0 ? cut : Limits.MAX_HASH_CHARS);
        }
        Map<String, String> pairs = PairReader.read(hash, notices);

        SharedDraft shared = SharedDraft.defaults();
        for (Property<SharedDraft> row : StateTable.SHARED) {
            String value = pairs.get(row.key());
            if (value != null) {
                row.apply(shared, value, row.key(), notices);
            }
        }
        reportUnused(pairs, shared.laneCount, notices);

        PlaygroundConfig config = shared.config;
        config.lanes = new LaneConfig[shared.laneCount];
        for (int i = 0; i < shared.laneCount; i++) {
            config.lanes[i] = readLane(pairs, i, notices);
        }
        // unmodifiableSet, not unmodifiableSortedSet: TeaVM's class library lacks the latter. Still sorted.
        Set<String> hidden = Collections.unmodifiableSet(new TreeSet<>(shared.hidden));
        return new DecodedState(config, hidden, notices.toList());
    }

    private static LaneConfig readLane(Map<String, String> pairs, int index, Notices notices) {
        String prefix = StateTable.prefix(index);
        LaneDraft lane = LaneDraft.baseline(index);
        for (int r = 0; r < StateTable.LANE.size(); r++) {
            Property<LaneDraft> row = StateTable.LANE.get(r);
            String name = StateTable.laneKey(index, r);
            String value = pairs.get(name);
            if (value == null) {
                continue;
            }
            if (row.appliesTo(lane)) {
                row.apply(lane, value, name, notices);
            } else {
                notices.add(name + ": ignored, " + row.relevance() + " (" + prefix + "sched is "
                        + StateTable.lane("sched").format(lane) + ")");
            }
        }
        return lane.toLane(prefix, notices);
    }

    /** Notices for keys no row reads: unknown keys, and keys of lanes the state does not have. */
    private static void reportUnused(Map<String, String> pairs, int laneCount, Notices notices) {
        for (String key : pairs.keySet()) {
            if (StateTable.shared(key) != null) {
                continue;
            }
            int lane = laneOf(key);
            if (lane < 0) {
                notices.add("ignored unknown key " + SafeText.quote(key));
            } else if (lane >= PlaygroundConfig.MAX_LANES) {
                notices.add("ignored " + key + ": there are at most " + PlaygroundConfig.MAX_LANES + " lanes");
            } else if (lane >= laneCount) {
                notices.add("ignored " + key + ": the state has " + laneCount + (laneCount == 1 ? " lane" : " lanes")
                        + " (lanes=" + laneCount + ")");
            }
        }
    }

    /** i for a key "l&lt;i&gt;.&lt;lane key&gt;" with a single digit i and a known lane key, else -1. */
    private static int laneOf(String key) {
        if (key.length() < 4 || key.charAt(0) != 'l' || key.charAt(2) != '.') {
            return -1;
        }
        char digit = key.charAt(1);
        if (digit < '0' || digit > '9' || StateTable.lane(key.substring(3)) == null) {
            return -1;
        }
        return digit - '0';
    }
}
