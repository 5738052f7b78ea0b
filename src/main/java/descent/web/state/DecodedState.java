package descent.web.state;

import descent.core.experiment.PlaygroundConfig;

import java.util.List;
import java.util.Set;

/**
 * What {@link HashState#decode} read from a hash: a valid configuration, the controls to hide, and what was
 * dropped or changed on the way, as plain-text sentences to show with {@code textContent}.
 */
public final class DecodedState {
    private final PlaygroundConfig config;
    private final Set<String> hidden;
    private final List<String> notices;

    DecodedState(PlaygroundConfig config, Set<String> hidden, List<String> notices) {
        this.config = config;
        this.hidden = hidden;
        this.notices = notices;
    }

    /**
     * The configuration: every field within the bounds of the {@link StateTable}, 1 to 6 lanes. A fresh
     * object for every decode, owned by the caller.
     */
    public PlaygroundConfig config() {
        return config;
    }

    /** Ids of the controls to hide (key {@code hide}), sorted, unmodifiable; empty when none. */
    public Set<String> hidden() {
        return hidden;
    }

    /**
     * One sentence per problem, e.g. {@code noise: "7" clamped to 0.5 (allowed 0 to 0.5)} or
     * {@code ignored unknown key "__proto__"}; unmodifiable, empty when the hash was read as written.
     * Offending input is quoted cut short, without control characters and with {@code <>} shown as ‹›.
     */
    public List<String> notices() {
        return notices;
    }

    /** Whether the hash was read exactly as written (no notices). */
    public boolean isClean() {
        return notices.isEmpty();
    }
}
