package descent.web.state;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Splits a hash into decoded {@code key → value} pairs, tolerating what hand-edited and mangled links
 * contain: a leading {@code #} or {@code ?}, empty parts ({@code &&}), a key without {@code =} or with an
 * empty value (both read as the value ""), {@code +} for a space, and repeated keys (the last one wins,
 * with a notice). A part whose percent-encoding is broken is dropped with a notice; so is a value without
 * a key. Unknown keys are kept here — the {@link StateTable} decides what is known.
 */
final class PairReader {
    private PairReader() {
    }

    /** The pairs of hash, which must already be cut to {@link Limits#MAX_HASH_CHARS}. */
    static Map<String, String> read(String hash, Notices notices) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Set<String> repeated = new HashSet<>();
        int start = 0;
        while (start < hash.length() && (hash.charAt(start) == '#' || hash.charAt(start) == '?')) {
            start++;
        }
        int n = hash.length();
        while (start < n) {
            int amp = hash.indexOf('&', start);
            int end = amp < 0 ? n : amp;
            if (end > start) {
                readPart(hash.substring(start, end), pairs, repeated, notices);
            }
            start = end + 1;
        }
        return pairs;
    }

    private static void readPart(String part, Map<String, String> pairs, Set<String> repeated, Notices notices) {
        int eq = part.indexOf('=');
        String key = PercentCodec.decode(eq < 0 ? part : part.substring(0, eq));
        String value = eq < 0 ? "" : PercentCodec.decode(part.substring(eq + 1));
        if (key == null || value == null) {
            notices.add("broken percent-encoding in " + SafeText.quote(part) + ", ignored");
        } else if (key.isEmpty()) {
            notices.add("ignored " + SafeText.quote(part) + ", which has no key");
        } else {
            if (pairs.containsKey(key) && repeated.add(key)) {
                notices.add(SafeText.quote(key) + " appears more than once; the last value was used");
            }
            pairs.put(key, value);
        }
    }
}
