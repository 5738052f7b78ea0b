package descent.core.experiment;

import descent.core.text.NumberText;

/**
 * The building blocks of lesson claims: comparisons of lanes' metrics, each reporting the numbers it compared
 * so that a failing claim (in a test or on the page) says what was measured instead.
 */
final class Claims {
    private Claims() {
    }

    /** All of them hold; the numbers of each are reported. */
    static Claim all(Claim... claims) {
        return race -> {
            Verdict v = claims[0].check(race);
            for (int i = 1; i < claims.length; i++) {
                v = v.and(claims[i].check(race));
            }
            return v;
        };
    }

    /** Lane {@code better}'s training loss is below {@code factor} × lane {@code worse}'s. */
    static Claim trainLossBelow(int better, double factor, int worse) {
        return race -> {
            double a = race.run(better).trainLoss();
            double b = race.run(worse).trainLoss();
            return new Verdict(a < factor * b, "train loss " + label(race, better) + " " + NumberText.of(a)
                    + " < " + NumberText.of(factor) + " × " + label(race, worse) + " " + NumberText.of(b));
        };
    }

    /**
     * Lane a's training loss after {@code examples} examples seen (its last evaluation at a step ≤ examples / B_a)
     * is below factor × lane b's after as many: per example, not per step.
     */
    static Claim lossPerExampleBelow(int a, double factor, int b, int examples) {
        return race -> {
            double la = lossAfterExamples(race.run(a), examples);
            double lb = lossAfterExamples(race.run(b), examples);
            return new Verdict(la < factor * lb, "after " + examples + " examples: train loss " + label(race, a) + " "
                    + NumberText.of(la) + " < " + NumberText.of(factor) + " × " + label(race, b) + " " + NumberText.of(lb));
        };
    }

    /** The training loss of the last evaluation at a step ≤ examples / B; NaN before the first. */
    static double lossAfterExamples(Run run, int examples) {
        Series s = run.trainLossSeries();
        double step = examples / (double) run.batchSize();
        double v = Double.NaN;
        for (int i = 0; i < s.size() && s.step(i) <= step; i++) {
            v = s.value(i);
        }
        return v;
    }

    /** ‖W‖ of lane a, weights only, ends below factor × lane b's: a pulled its weights in. */
    static Claim weightNormBelow(int a, double factor, int b) {
        return race -> compareWeights(race, a, factor, b, true);
    }

    /** ‖W‖ of lane a ends above factor × lane b's: a's decay barely held its weights back. */
    static Claim weightNormAbove(int a, double factor, int b) {
        return race -> compareWeights(race, a, factor, b, false);
    }

    private static Verdict compareWeights(Race race, int a, double factor, int b, boolean below) {
        double wa = race.run(a).weightNormSeries().last();
        double wb = race.run(b).weightNormSeries().last();
        return new Verdict(below ? wa < factor * wb : wa > factor * wb, "‖W‖ " + label(race, a) + " "
                + NumberText.of(wa) + (below ? " < " : " > ") + NumberText.of(factor) + " × " + label(race, b) + " "
                + NumberText.of(wb));
    }

    /** Lane a's training loss is not below factor × lane b's: whatever a does more per step did not buy that much. */
    static Claim trainLossNotBelow(int a, double factor, int b) {
        return race -> {
            double la = race.run(a).trainLoss();
            double lb = race.run(b).trainLoss();
            return new Verdict(la >= factor * lb, "train loss " + label(race, a) + " " + NumberText.of(la) + " ≥ "
                    + NumberText.of(factor) + " × " + label(race, b) + " " + NumberText.of(lb));
        };
    }

    /** Lane a's mean evaluated training loss over steps [from, to] is below factor × lane b's. */
    static Claim meanTrainLossBelow(int a, double factor, int b, int from, int to) {
        return race -> compareMeans("train", race, race.run(a).trainLossSeries(), a, factor,
                race.run(b).trainLossSeries(), b, from, to);
    }

    /** Lane a's mean validation loss over steps [from, to] is below factor × lane b's. */
    static Claim meanValidationLossBelow(int a, double factor, int b, int from, int to) {
        return race -> compareMeans("validation", race, race.run(a).validationLossSeries(), a, factor,
                race.run(b).validationLossSeries(), b, from, to);
    }

    private static Verdict compareMeans(String what, Race race, Series sa, int a, double factor, Series sb, int b,
                                        int from, int to) {
        double ma = mean(sa, from, to);
        double mb = mean(sb, from, to);
        return new Verdict(ma < factor * mb, "mean " + what + " loss over steps " + from + "–" + to + ": "
                + label(race, a) + " " + NumberText.of(ma) + " < " + NumberText.of(factor) + " × "
                + label(race, b) + " " + NumberText.of(mb));
    }

    /** Lane i's training loss is below {@code bound}. */
    static Claim trainLossUnder(int lane, double bound) {
        return race -> {
            double a = race.run(lane).trainLoss();
            return new Verdict(a < bound, "train loss " + label(race, lane) + " " + NumberText.of(a) + " < "
                    + NumberText.of(bound));
        };
    }

    /** Lane i's training loss is above {@code bound}. */
    static Claim trainLossOver(int lane, double bound) {
        return race -> {
            double a = race.run(lane).trainLoss();
            return new Verdict(a > bound, "train loss " + label(race, lane) + " " + NumberText.of(a) + " > "
                    + NumberText.of(bound));
        };
    }

    /** Lane i's validation accuracy is at least {@code bound}. */
    static Claim accuracyAtLeast(int lane, double bound) {
        return race -> {
            double a = race.run(lane).validationAccuracy();
            return new Verdict(a >= bound, "validation accuracy " + label(race, lane) + " " + NumberText.of(a)
                    + " ≥ " + NumberText.of(bound));
        };
    }

    /** Lane i's validation accuracy is at most {@code bound}. */
    static Claim accuracyAtMost(int lane, double bound) {
        return race -> {
            double a = race.run(lane).validationAccuracy();
            return new Verdict(a <= bound, "validation accuracy " + label(race, lane) + " " + NumberText.of(a)
                    + " ≤ " + NumberText.of(bound));
        };
    }

    /** Lane i has diverged. */
    static Claim diverged(int lane) {
        return race -> {
            Run run = race.run(lane);
            return new Verdict(run.status() == Status.DIVERGED, label(race, lane) + " "
                    + statusText(run));
        };
    }

    /** Lane i has not diverged. */
    static Claim didNotDiverge(int lane) {
        return race -> {
            Run run = race.run(lane);
            return new Verdict(run.status() != Status.DIVERGED, label(race, lane) + " " + statusText(run));
        };
    }

    static String statusText(Run run) {
        if (run.status() == Status.DIVERGED) {
            return "diverged at step " + run.divergedAtStep() + " (" + run.divergenceReason() + ")";
        }
        if (run.status() == Status.CONVERGED) {
            return "converged at step " + run.convergedAtStep();
        }
        return "running at step " + run.stepCount();
    }

    static String label(Race race, int lane) {
        return race.lane(lane).displayLabel();
    }

    /** The value of the last point at or before {@code step}, NaN if none. */
    static double valueAt(Series s, int step) {
        double v = Double.NaN;
        for (int i = 0; i < s.size() && s.step(i) <= step; i++) {
            v = s.value(i);
        }
        return v;
    }

    /** Mean of the points at steps in [from, to]; NaN if none. */
    static double mean(Series s, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            int k = s.step(i);
            if (k >= from && k <= to) {
                sum += s.value(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Coefficient of variation (standard deviation / mean) of the points at steps ≥ from. */
    static double relativeSpread(Series s, int from) {
        double mean = mean(s, from, Integer.MAX_VALUE);
        double sq = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.step(i) >= from) {
                double d = s.value(i) - mean;
                sq += d * d;
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(sq / (n - 1)) / mean;
    }

    /** Index of the smallest value of a non-empty series. */
    static int argMin(Series s) {
        int best = 0;
        for (int i = 1; i < s.size(); i++) {
            if (s.value(i) < s.value(best)) {
                best = i;
            }
        }
        return best;
    }

    /** Lane i's largest spike of ‖g‖ followed by a jump of its training loss, or none (see {@link Spike}). */
    static Spike largestSpike(Run run) {
        Series g = run.gradientNormSeries();
        Series loss = run.trainLossSeries();
        Spike best = new Spike(-1, 0, 0);
        double[] window = new double[Spike.WINDOW];
        for (int i = Spike.WINDOW; i < g.size(); i++) {
            for (int j = 0; j < Spike.WINDOW; j++) {
                window[j] = g.value(i - Spike.WINDOW + j);
            }
            java.util.Arrays.sort(window);
            double median = window[Spike.WINDOW / 2];
            double rise = g.value(i) / median;
            int k = g.step(i);
            double before = valueAt(loss, k - 1);
            double after = before;
            for (int d = 0; d <= Spike.AFTER; d++) {
                after = Math.max(after, valueAt(loss, k + d));
            }
            double jump = after / before;
            if (rise - rise == 0 && jump - jump == 0 && rise * jump > best.gradientRise * best.lossJump) {
                best = new Spike(k, rise, jump);
            }
        }
        return best;
    }

    /**
     * A cliff as the charts show it: at step k, ‖g_k‖ exceeds the median of the {@value Spike#WINDOW} norms
     * before it by {@link #gradientRise}, and within {@value Spike#AFTER} steps the full training loss rises
     * to {@link #lossJump} × its value at step k − 1.
     */
    static final class Spike {
        static final int WINDOW = 10;
        static final int AFTER = 5;
        final int step;
        final double gradientRise;
        final double lossJump;

        Spike(int step, double gradientRise, double lossJump) {
            this.step = step;
            this.gradientRise = gradientRise;
            this.lossJump = lossJump;
        }

        boolean isCliff(double rise, double jump) {
            return step >= 0 && gradientRise > rise && lossJump > jump;
        }

        String describe() {
            return step < 0 ? "no spike" : "largest ‖g‖ spike at step " + step + ": " + NumberText.of(gradientRise)
                    + "× its recent median, loss then " + NumberText.of(lossJump) + "× its value before";
        }
    }

    /** Lane i hits a cliff: ‖g‖ spikes above rise × its recent median and its loss jumps above jump ×. */
    static Claim hitsCliff(int lane, double rise, double jump) {
        return race -> {
            Spike s = largestSpike(race.run(lane));
            return new Verdict(s.isCliff(rise, jump), label(race, lane) + ": " + s.describe());
        };
    }

    /** Lane i never shows a spike of ‖g‖ above rise × with a loss jump above jump ×. */
    static Claim passesCliff(int lane, double rise, double jump) {
        return race -> {
            Spike s = largestSpike(race.run(lane));
            return new Verdict(!s.isCliff(rise, jump), label(race, lane) + ": " + s.describe());
        };
    }

    /** Mean ‖Δθ‖ of lane i over steps [from, to]. */
    static double meanStepLength(Race race, int lane, int from, int to) {
        return mean(race.run(lane).stepLengthSeries(), from, to);
    }
}
