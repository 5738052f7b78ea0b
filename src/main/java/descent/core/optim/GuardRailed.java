package descent.core.optim;

/** An optimizer that can depart from its textbook update for safety, and reports every time it does. */
public interface GuardRailed {
    GuardRailLog guardRails();
}
