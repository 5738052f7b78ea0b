package descent.web.state;

/**
 * The size limits of the URL state, in one place so the page's controls and the decoder agree.
 *
 * <p>They keep a hostile or garbled link cheap to read: a link is cut at {@link #MAX_HASH_CHARS} before
 * anything else looks at it, so no later step ever sees more than a few kilobytes.
 */
public final class Limits {
    /**
     * Characters of a hash read at all (8 KB). The longest state {@link HashState#encode} can write, every
     * field of six lanes changed and the hide list full, stays well below it (HashStateRoundTripTest).
     */
    public static final int MAX_HASH_CHARS = 8192;
    /** Notices kept from one decode; beyond that a final notice counts the rest. */
    public static final int MAX_NOTICES = 40;
    /** UTF-16 units of a lane label: it is shown in legends and table headers. */
    public static final int MAX_LABEL_CHARS = 32;
    /** Characters of a lesson id, [a-z0-9-]. */
    public static final int MAX_LESSON_CHARS = 40;
    /** Control ids in {@code hide}. */
    public static final int MAX_HIDE_IDS = 32;
    /** Characters of one control id, [a-z0-9-]. */
    public static final int MAX_HIDE_ID_CHARS = 24;
    /** Characters of offending input quoted in a notice. */
    public static final int MAX_QUOTE_CHARS = 40;
    /** Characters of a number; anything longer is not read as one. */
    public static final int MAX_NUMBER_CHARS = 64;

    /**
     * The smallest magnitude a nonzero real setting may have (1e-300); anything nonzero below it is read as 0,
     * with a notice. Below about 2.2e-308 a double is subnormal and holds fewer digits than were written, and no
     * setting here (δ, α, β, init scale, noise…) acts any differently at 1e-300 than at 0.
     */
    public static final double TINY = 1e-300;

    private Limits() {
    }
}
