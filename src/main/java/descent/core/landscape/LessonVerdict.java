package descent.core.landscape;

/**
 * Whether a landscape lesson's claim was seen in the race on the page: one short sentence for the student
 * ("Seen: …" or "Not seen: …") and the numbers that decided it, for a smaller line under it.
 */
public final class LessonVerdict {
    private final boolean holds;
    private final String sentence;
    private final String numbers;
    private final String claim;

    LessonVerdict(boolean holds, String claim, String numbers) {
        this.holds = holds;
        this.claim = claim;
        this.sentence = (holds ? "Seen: " : "Not seen: ") + claim;
        this.numbers = numbers;
    }

    public boolean holds() {
        return holds;
    }

    /** "Seen: gradient descent lingered 42 steps near the saddle, then slid off it." */
    public String sentence() {
        return sentence;
    }

    /** The sentence without its "Seen: " / "Not seen: ": "gradient descent lingered 42 steps …". */
    public String said() {
        return claim;
    }

    /** The measurements behind the sentence. */
    public String numbers() {
        return numbers;
    }

    @Override
    public String toString() {
        return sentence + " (" + numbers + ")";
    }
}
