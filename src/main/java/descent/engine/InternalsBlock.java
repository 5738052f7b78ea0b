package descent.engine;

import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.optim.RuleTerms;

/**
 * The internals block of a snapshot (see {@link EngineProtocol}): θ and the rule's account of its last step for
 * the lanes whose rule view or network diagram the page shows. P × T terms are a few thousand numbers on the
 * small networks and tens of thousands on the digits, so they go only when due — asked for by a PULL (a few
 * times a second), at the end of a STEP, or when a watched lane starts over — never with every frame.
 */
final class InternalsBlock {
    private int watched;
    private int asked;
    private double[] terms = new double[0];
    private double[] scalars = new double[0];
    private double[] eigenvalues = new double[0];
    private double[] used = new double[0];

    /** The lanes the page shows the insides of (bit i = lane i); newly watched ones are due at once. */
    void watch(Race race, int lanes) {
        asked |= lanes & ~watched;
        watched = lanes;
        keepRecording(race);
    }

    /** The page wants these lanes' internals in the next snapshot. */
    void ask(int lanes) {
        asked |= lanes;
    }

    /** Watched lanes record their step-size statistics (a new or changed run starts with them off). */
    void keepRecording(Race race) {
        if (race == null) {
            return;
        }
        for (int i = 0; i < race.laneCount(); i++) {
            race.run(i).optimizerStatistics().setEnabled((watched & (1 << i)) != 0);
        }
    }

    private boolean due(int lane, boolean anyway) {
        int bit = 1 << lane;
        return (watched & bit) != 0 && (anyway || (asked & bit) != 0);
    }

    /** The values lane {@code lane}'s block takes, its count included. */
    int size(Run run, int lane, boolean anyway) {
        if (!due(lane, anyway)) {
            return 1;
        }
        int p = run.parameters().length;
        int size = 1 + 3 + p;
        if (run.optimizer() instanceof RuleTerms) {
            RuleTerms rule = (RuleTerms) run.optimizer();
            int m = rule.spectrum(eigenvaluesFor(p), usedFor(p));
            size += 1 + p * rule.termSymbols().length + 1 + rule.scalarSymbols().length + 3 + 1 + 2 * m;
        }
        return size;
    }

    /** Writes lane {@code lane}'s block at {@code at}; returns where it ends. */
    int encode(Run run, int lane, boolean anyway, double[] out, int at) {
        int start = at++;
        if (!due(lane, anyway)) {
            out[start] = 0;
            return at;
        }
        double[] theta = run.parameters();
        int p = theta.length;
        out[at++] = run.stepCount();
        out[at++] = p;
        System.arraycopy(theta, 0, out, at, p);
        at += p;
        boolean explains = run.optimizer() instanceof RuleTerms;
        out[at++] = explains ? 1 : 0;
        if (explains) {
            RuleTerms rule = (RuleTerms) run.optimizer();
            int t = rule.termSymbols().length;
            out[at++] = t;
            if (terms.length < t) {
                terms = new double[t];
            }
            for (int i = 0; i < p; i++) {
                rule.terms(i, terms);
                System.arraycopy(terms, 0, out, at, t);
                at += t;
            }
            int s = rule.scalarSymbols().length;
            out[at++] = s;
            if (scalars.length < s) {
                scalars = new double[s];
            }
            rule.scalars(scalars);
            System.arraycopy(scalars, 0, out, at, s);
            at += s;
            out[at++] = rule.largestGradient();
            out[at++] = rule.speed();
            out[at++] = rule.momentum();
            int m = rule.spectrum(eigenvaluesFor(p), usedFor(p));
            out[at++] = m;
            System.arraycopy(eigenvalues, 0, out, at, m);
            at += m;
            System.arraycopy(used, 0, out, at, m);
            at += m;
        }
        out[start] = at - start - 1;
        return at;
    }

    /** The snapshot went out: what was asked for has been sent. */
    void sent() {
        asked = 0;
    }

    private double[] eigenvaluesFor(int p) {
        if (eigenvalues.length < p) {
            eigenvalues = new double[p];
            used = new double[p];
        }
        return eigenvalues;
    }

    private double[] usedFor(int p) {
        eigenvaluesFor(p);
        return used;
    }
}
