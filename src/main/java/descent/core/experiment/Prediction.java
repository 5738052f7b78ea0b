package descent.core.experiment;

/**
 * The "predict first" step of a lesson: a question with two to four answers, asked before the run, and the
 * answer the run gives. The answer is read from the race (never stored with the lesson), so it stays right
 * when the learner varies the lesson's settings; {@link #claimed()} is the answer the lesson's claim says
 * its preset gives, which the JVM tests hold to the run.
 */
public final class Prediction {
    /** Which option the race shows, or {@link #UNDECIDED} when it shows none of them clearly. */
    @FunctionalInterface
    public interface Outcome {
        int answer(Race race);
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
    private final Outcome outcome;

    public Prediction(String question, String[] options, int claimed, Outcome outcome) {
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
    public static Prediction lower(String question, String nameA, int laneA, String nameB, int laneB,
                                   double within, String withinText, int claimed, LaneMetric metric) {
        return new Prediction(question, new String[] {nameA, nameB, withinText}, claimed, race -> {
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
    public static Prediction higher(String question, String nameA, int laneA, String nameB, int laneB,
                                    double within, String withinText, int claimed, LaneMetric metric) {
        return lower(question, nameA, laneA, nameB, laneB, within, withinText, claimed,
                (race, lane) -> 1 / metric.of(race, lane));
    }

    public String question() {
        return question;
    }

    /** A copy of the options, in the order shown. */
    public String[] options() {
        return options.clone();
    }

    public int optionCount() {
        return options.length;
    }

    public String option(int i) {
        return options[i];
    }

    /** The option the lesson's claim says its preset shows. */
    public int claimed() {
        return claimed;
    }

    /** The option this race shows, or {@link #UNDECIDED}. */
    public int answer(Race race) {
        int a = outcome.answer(race);
        return a >= 0 && a < options.length ? a : UNDECIDED;
    }

    /**
     * "You predicted X; the run shows Y." — or "The run shows Y." without a prediction (choice &lt; 0).
     */
    public String reveal(int choice, Race race) {
        int a = answer(race);
        String shows = a == UNDECIDED ? "none of these clearly" : "“" + options[a] + "”";
        if (choice < 0 || choice >= options.length) {
            return "The run shows " + shows + ".";
        }
        String verdict = a == UNDECIDED ? "" : choice == a ? " You were right." : " Not what you expected.";
        return "You predicted “" + options[choice] + "”; the run shows " + shows + "." + verdict;
    }
}
