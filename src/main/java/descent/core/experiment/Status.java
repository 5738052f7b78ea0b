package descent.core.experiment;

/** Where a run stands. A diverged run has stopped for good; its last finite state is kept. */
public enum Status {
    RUNNING,
    CONVERGED,
    DIVERGED
}
