package descent.core.experiment;

/**
 * The "predict first" step of a lesson: a question with two to four answers, asked before the run, and the
 * answer the run gives. The answer is read from the run (never stored with the lesson), so it stays right
 * when the learner varies the lesson's settings; {@link #claimed()} is the answer the lesson's claim says
 * its preset gives, which the JVM tests hold to the run.
 *
 * <p>{@code R} is what the answer is read from: a comparison {@link Race} on the index page, a
 * {@code PathRace} on the landscape page; both pages ask, lock and reveal through this one class.
 *
 * <p>The question and options may name a lane by its place, "{0}" for the first lane: the page fills in the
 * lane's title as it is now, so an option never names a setting the learner has since changed.
 */
public final class Prediction<R> {
    /** Which option the run shows, or {@link #UNDECIDED} when it shows none of them clearly. */
    @FunctionalInterface
    public interface Outcome<R> {
        int answer(R race);
    }

    /** A number per lane that an outcome compares (a loss, a mean over steps, a spread). */
    @FunctionalInterface
    public interface LaneMetric {
        double of(Race race, int lane);
    }

    public static final int UNDECIDED = -1;

    private final String question;
    private final String[] options;
    private final int claimed;
    private final Outcome<R> outcome;

    public Prediction(String question, String[] options, int claimed, Outcome<R> outcome) {
        if (options.length < 2 || options.length > 4) {
            throw new IllegalArgumentException("a prediction offers 2 to 4 options, not " + options.length);
        }
        if (claimed < 0 || claimed >= options.length) {
            throw new IllegalArgumentException("the claimed option " + claimed + " is not one of the options");
        }
        this.question = question;
        this.options = options.clone();
        this.claimed = claimed;
        this.outcome = outcome;
    }

    /**
     * "Whose metric is lower?" over two lanes: options {nameA, nameB, "within F× of each other"}. With
     * m_a, m_b the lanes' metrics, the answer is the third option when max/min &lt; F, else the lower lane.
     * A lane whose metric is not finite (a diverged lane keeps finite numbers, so this means "not measured
     * yet") leaves the answer undecided.
     */
    public static Prediction<Race> lower(String question, String nameA, int laneA, String nameB, int laneB,
                                   double within, String withinText, int claimed, LaneMetric metric) {
        return new Prediction<Race>(question, new String[] {nameA, nameB, withinText}, claimed, race -> {
            if (race.laneCount() <= Math.max(laneA, laneB)) {
                return UNDECIDED;
            }
            double a = metric.of(race, laneA);
            double b = metric.of(race, laneB);
            if (!(a - a == 0) || !(b - b == 0)) {
                return UNDECIDED;
            }
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            if (hi < within * lo) {
                return 2;
            }
            return a < b ? 0 : 1;
        });
    }

    /** As {@link #lower}, for "whose metric is higher?" (the lower of 1/m). */
    public static Prediction<Race> higher(String question, String nameA, int laneA, String nameB, int laneB,
                                    double within, String withinText, int claimed, LaneMetric metric) {
        return lower(question, nameA, laneA, nameB, laneB, within, withinText, claimed,
                (race, lane) -> 1 / metric.of(race, lane));
    }

    /** The question, lanes named by their place ("lane 1"). */
    public String question() {
        return question(null);
    }

    /** The question with each "{k}" replaced by {@code titles[k]} (by "lane k+1" without titles). */
    public String question(String[] titles) {
        return fill(question, titles);
    }

    public int optionCount() {
        return options.length;
    }

    /** Option i, lanes named by their place. */
    public String option(int i) {
        return option(i, null);
    }

    /** Option i with each "{k}" replaced by {@code titles[k]}. */
    public String option(int i, String[] titles) {
        return fill(options[i], titles);
    }

    /** {@code text} with every "{k}" (k a digit) replaced by lane k's title, or by "lane k+1". */
    static String fill(String text, String[] titles) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 2 < text.length() && text.charAt(i + 2) == '}' && text.charAt(i + 1) >= '0'
                    && text.charAt(i + 1) <= '9') {
                int lane = text.charAt(i + 1) - '0';
                s.append(titles != null && lane < titles.length ? titles[lane] : "lane " + (lane + 1));
                i += 2;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** The option the lesson's claim says its preset shows. */
    public int claimed() {
        return claimed;
    }

    /** The option this run shows, or {@link #UNDECIDED}. */
    public int answer(R race) {
        int a = outcome.answer(race);
        return a >= 0 && a < options.length ? a : UNDECIDED;
    }

    /**
     * "You predicted X; the run shows Y." — or "The run shows Y." without a prediction (choice &lt; 0).
     */
    public String reveal(int choice, R race) {
        return reveal(choice, race, null);
    }

    /** As {@link #reveal(int, Object)}, lanes named by {@code titles}. */
    public String reveal(int choice, R race, String[] titles) {
        return revealAnswer(choice, answer(race), titles);
    }

    /** As {@link #reveal(int, Object, String[])} for a run that showed option {@code a} (or UNDECIDED). */
    public String revealAnswer(int choice, int a, String[] titles) {
        a = a >= 0 && a < options.length ? a : UNDECIDED;
        String shows = a == UNDECIDED ? "none of these clearly" : "“" + option(a, titles) + "”";
        if (choice < 0 || choice >= options.length) {
            return "The run shows " + shows + ".";
        }
        String verdict = a == UNDECIDED ? "" : choice == a ? " You were right." : " Not what you expected.";
        return "You predicted “" + option(choice, titles) + "”; the run shows " + shows + "." + verdict;
    }
}
