package descent.bench;

/** A fixed piece of work the benchmark repeats; it reports how many units (examples, grids) it processed. */
public interface Workload {
    /** Does the work {@code repetitions} times and returns the number of units processed. */
    int run(int repetitions);

    /** A value that depends on the work done, so no compiler can prove the work useless. */
    double checksum();
}
