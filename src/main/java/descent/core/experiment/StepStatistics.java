package descent.core.experiment;

/**
 * The per-step distribution of a rule's effective step sizes (min, median, max over the parameters) and, for
 * momentum rules, the speed ‖v‖ against the terminal speed ε‖g‖/(1 − α): recorded only while a view wants them.
 */
public interface StepStatistics {
    /** Whether the following steps are recorded; turning it on does not fill in the steps already taken. */
    void setEnabled(boolean on);

    Series minimumSeries();

    Series medianSeries();

    Series maximumSeries();

    /** ‖v‖ per recorded step; empty for rules without momentum. */
    Series speedSeries();

    /** ε‖g‖/(1 − α) per recorded step; empty for rules without momentum. */
    Series terminalSpeedSeries();
}
