package descent.core.experiment;

/**
 * A one-click preset that reproduces one point of the course: a playground configuration, two or three
 * sentences saying what to look at, and the claim the picture makes — in words and as a {@link Claim} that
 * holds after {@link #steps()} steps (the JVM tests check it; the page and its browser tests can show it).
 */
public final class Lesson {
    private final String id;
    private final String title;
    private final String lookAt;
    private final PlaygroundConfig config;
    private final int steps;
    private final String claimText;
    private final Claim claim;
    private final String seen;
    private final String notSeen;
    private final Prediction<Race> prediction;

    /**
     * @param id      the URL's name of the lesson, [a-z0-9-]+
     * @param lookAt  two or three sentences: what to look at
     * @param steps   after this many steps of every lane the claim holds
     * @param claimText the claim in words, e.g. "momentum's training loss is below 1% of GD's"
     */
    public Lesson(String id, String title, String lookAt, PlaygroundConfig config, int steps, String claimText,
                  Claim claim) {
        this(id, title, lookAt, config, steps, claimText, claim, "", "", null);
    }

    private Lesson(String id, String title, String lookAt, PlaygroundConfig config, int steps, String claimText,
                   Claim claim, String seen, String notSeen, Prediction<Race> prediction) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("a lesson id is [a-z0-9-]+, not \"" + id + "\"");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("a lesson runs at least one step");
        }
        this.id = id;
        this.title = title;
        this.lookAt = lookAt;
        this.config = config.copy();
        this.config.lesson = id;
        this.steps = steps;
        this.claimText = claimText;
        this.claim = claim;
        this.seen = seen;
        this.notSeen = notSeen;
        this.prediction = prediction;
    }

    /**
     * The same lesson with its verdict in one short sentence each way, e.g. "momentum reached a 100× lower
     * loss than gradient descent" / "momentum's loss is not 100× below gradient descent's", and its
     * predict-first question.
     */
    public Lesson with(String seenSentence, String notSeenSentence, Prediction<Race> question) {
        return new Lesson(id, title, lookAt, config, steps, claimText, claim, seenSentence, notSeenSentence,
                question);
    }

    /** Whether {@code id} is a non-empty run of a–z, 0–9 and '-' (no regex: it runs in the browser). */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Two or three sentences: what to look at. */
    public String lookAt() {
        return lookAt;
    }

    /** A copy of the preset, with {@link PlaygroundConfig#lesson} set to this lesson's id. */
    public PlaygroundConfig config() {
        return config.copy();
    }

    /** Steps of every lane after which the claim holds. */
    public int steps() {
        return steps;
    }

    /** The claim in words. */
    public String claimText() {
        return claimText;
    }

    public Claim claim() {
        return claim;
    }

    /** The verdict in one sentence: what was seen, or what was not (empty when none was declared). */
    public String sentence(Verdict verdict) {
        return verdict.holds() ? seen : notSeen;
    }

    /** The predict-first question, or null. */
    public Prediction<Race> prediction() {
        return prediction;
    }

    /**
     * Whether the race has run far enough for the verdict: its furthest lane has taken {@link #steps()} steps
     * (a lane that diverged or converged stops early), or no lane can step any more.
     */
    public boolean isDue(Race race) {
        return furthestStep(race) >= steps || race.isFinished();
    }

    /** The largest step count over the race's lanes. */
    public static int furthestStep(Race race) {
        int step = 0;
        for (int i = 0; i < race.laneCount(); i++) {
            step = Math.max(step, race.run(i).stepCount());
        }
        return step;
    }

    /** Whether the race still has every lane the claim compares (a learner may have removed one). */
    public boolean canCheck(Race race) {
        return race.laneCount() >= config.lanes.length;
    }

    /** A fresh race of the preset at step 0. */
    public Race start() {
        return new Race(config);
    }

    /** Checks the claim on a race (normally one of {@link #start()} advanced by {@link #steps()}). */
    public Verdict check(Race race) {
        if (!canCheck(race)) {
            return new Verdict(false, "the claim compares the lesson's " + config.lanes.length + " lanes; this run has "
                    + race.laneCount());
        }
        return claim.check(race);
    }

    /** Runs the preset for {@link #steps()} steps and checks the claim. */
    public Verdict verify() {
        Race race = start();
        race.steps(steps);
        return check(race);
    }
}
