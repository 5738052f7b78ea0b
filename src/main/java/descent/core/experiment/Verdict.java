package descent.core.experiment;

/** Whether a lesson's claim holds for a race, with the numbers that decided it (for the page and the tests). */
public final class Verdict {
    private final boolean holds;
    private final String measured;

    public Verdict(boolean holds, String measured) {
        this.holds = holds;
        this.measured = measured;
    }

    public boolean holds() {
        return holds;
    }

    /** The measured numbers behind the verdict, e.g. "train loss: momentum 9.2e-11, GD 0.00822". */
    public String measured() {
        return measured;
    }

    /** Both claims hold; the numbers of both are kept. */
    public Verdict and(Verdict other) {
        return new Verdict(holds && other.holds, measured + "; " + other.measured);
    }

    @Override
    public String toString() {
        return (holds ? "holds: " : "fails: ") + measured;
    }
}
