package descent.web.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a decode dropped or changed, as plain-text sentences for the page's notice banner.
 *
 * <p>Bounded: a hash of thousands of junk parts yields {@link Limits#MAX_NOTICES} sentences and a count of
 * the rest, not thousands of lines.
 */
final class Notices {
    private final List<String> messages = new ArrayList<>();
    private int overflow;

    void add(String message) {
        if (messages.size() < Limits.MAX_NOTICES) {
            messages.add(message);
        } else {
            overflow++;
        }
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The sentences, with "… and N more problems" last when some were left out. */
    List<String> toList() {
        List<String> all = new ArrayList<>(messages);
        if (overflow > 0) {
            all.add("… and " + overflow + " more problems");
        }
        return Collections.unmodifiableList(all);
    }
}
