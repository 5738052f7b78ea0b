package descent.bench;

/**
 * Times a workload the same way on every engine: a warm-up of at least {@link #WARM_UP_MS} that also
 * calibrates how many repetitions make a round last about {@link #ROUND_MS}, then {@link #ROUNDS} timed
 * rounds; the median rate is the result.
 * The median, not the mean, so one garbage-collection pause or a busy neighbour does not move it.
 */
public final class BenchmarkRunner {
    public static final int ROUNDS = 7;
    public static final double ROUND_MS = 150;
    /** Warm-up at least this long: V8 optimizes hot code only after a second or so, and a shorter warm-up
     *  times the unoptimized tiers (measured: a 40 ms warm-up left the first rounds 2× slow). */
    public static final double WARM_UP_MS = 1500;

    private final Workload workload;
    private final Clock clock;
    private final double[] rates = new double[ROUNDS];
    private int repetitions = 1;
    private int done = -1; // −1: not warmed up yet

    public BenchmarkRunner(Workload workload, Clock clock) {
        this.workload = workload;
        this.clock = clock;
    }

    /** Runs the warm-up or the next timed round; returns false once every round is done. */
    public boolean next() {
        if (done == -1) {
            warmUp();
            done = 0;
            return true;
        }
        if (done == ROUNDS) {
            return false;
        }
        double start = clock.millis();
        int units = workload.run(repetitions);
        double elapsed = Math.max(1e-3, clock.millis() - start);
        rates[done++] = units / (elapsed / 1000);
        return done < ROUNDS;
    }

    /** Runs everything at once (the JVM's way; the page spreads the rounds over timer callbacks). */
    public double runAll() {
        while (next()) {
            // every call advances one round
        }
        return median();
    }

    private void warmUp() {
        double elapsed = 0;
        repetitions = 1;
        // Double until a round lasts long enough to time well; the doubling itself warms the JIT up.
        while (true) {
            double start = clock.millis();
            workload.run(repetitions);
            elapsed = clock.millis() - start;
            if (elapsed >= ROUND_MS / 4 || repetitions >= (1 << 26)) {
                break;
            }
            repetitions *= 2;
        }
        repetitions = Math.max(1, (int) (repetitions * ROUND_MS / Math.max(elapsed, 1e-3)));
        double warmed = elapsed;
        while (warmed < WARM_UP_MS) {
            double start = clock.millis();
            workload.run(repetitions);
            warmed += Math.max(1e-3, clock.millis() - start);
        }
    }

    public boolean finished() {
        return done == ROUNDS;
    }

    /** The median of the timed rounds' units per second. */
    public double median() {
        double[] sorted = new double[done];
        System.arraycopy(rates, 0, sorted, 0, done);
        java.util.Arrays.sort(sorted);
        return done == 0 ? Double.NaN : sorted[done / 2];
    }
}
