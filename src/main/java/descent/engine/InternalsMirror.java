package descent.engine;

import descent.core.experiment.LaneInternals;
import descent.core.experiment.Run;
import descent.core.experiment.Series;
import descent.core.experiment.StepStatistics;
import descent.core.nn.Network;
import descent.core.optim.RuleTerms;

/**
 * The page's copy of a watched lane's insides, as the engine's last internals block told them: θ and the rule's
 * terms at one step. The layout (the network) and the rule's symbols come from the page's own run of the lane
 * (same settings, never trained); before the first block θ is that run's θ₀, which the engine's run shares.
 */
final class InternalsMirror implements LaneInternals {
    private final LaneMirror lane;
    private final Rule rule = new Rule();
    private final Statistics statistics = new Statistics();
    private Network network;
    private RuleTerms template;
    private double[] theta = new double[0];
    private int step;
    private boolean explains;

    InternalsMirror(LaneMirror lane) {
        this.lane = lane;
    }

    /** The page's run of this lane (its layout, rule symbols and θ₀). */
    void bind(Run own) {
        network = own.network();
        template = own.optimizer() instanceof RuleTerms ? (RuleTerms) own.optimizer() : null;
        double[] theta0 = own.initialParameters();
        theta = theta0.clone();
        step = 0;
        explains = false;
    }

    /** Reads an internals block at {@code at} (its count first); returns where it ends. */
    int read(double[] numbers, int at) {
        int count = (int) numbers[at++];
        if (count == 0) {
            return at;
        }
        int end = at + count;
        int i = at;
        step = (int) numbers[i++];
        int p = (int) numbers[i++];
        if (theta.length != p) {
            theta = new double[p];
        }
        System.arraycopy(numbers, i, theta, 0, p);
        i += p;
        explains = numbers[i++] == 1;
        if (explains) {
            i = rule.read(numbers, i, p);
        }
        return end;
    }

    @Override
    public int stepCount() {
        return step;
    }

    @Override
    public double[] parameters() {
        return theta;
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public RuleTerms ruleTerms() {
        return template == null ? null : rule;
    }

    @Override
    public StepStatistics stepStatistics() {
        return statistics;
    }

    @Override
    public double stepLength() {
        return lane.value(EngineProtocol.STEP_LENGTH);
    }

    @Override
    public Series stepLengthSeries() {
        return lane.stepLengthSeries();
    }

    /** The rule's terms as sent; its formula and symbols are the page's run's (the same rule). */
    private final class Rule implements RuleTerms {
        private double[] terms = new double[0];
        private double[] scalars = new double[0];
        private double[] eigenvalues = new double[0];
        private double[] used = new double[0];
        private int termCount;
        private int scalarCount;
        private int largest;
        private double speed = Double.NaN;
        private double momentum = Double.NaN;
        private int spectrumCount;

        int read(double[] numbers, int at, int p) {
            int i = at;
            termCount = (int) numbers[i++];
            if (terms.length < p * termCount) {
                terms = new double[p * termCount];
            }
            System.arraycopy(numbers, i, terms, 0, p * termCount);
            i += p * termCount;
            scalarCount = (int) numbers[i++];
            if (scalars.length < scalarCount) {
                scalars = new double[scalarCount];
            }
            System.arraycopy(numbers, i, scalars, 0, scalarCount);
            i += scalarCount;
            largest = (int) numbers[i++];
            speed = numbers[i++];
            momentum = numbers[i++];
            spectrumCount = (int) numbers[i++];
            if (eigenvalues.length < spectrumCount) {
                eigenvalues = new double[spectrumCount];
                used = new double[spectrumCount];
            }
            System.arraycopy(numbers, i, eigenvalues, 0, spectrumCount);
            i += spectrumCount;
            System.arraycopy(numbers, i, used, 0, spectrumCount);
            return i + spectrumCount;
        }

        @Override
        public String[] formula() {
            return template.formula();
        }

        @Override
        public String[] termSymbols() {
            return template.termSymbols();
        }

        @Override
        public void terms(int parameter, double[] out) {
            int from = parameter * termCount;
            for (int k = 0; k < out.length; k++) {
                out[k] = explains && k < termCount && from + k < terms.length ? terms[from + k] : Double.NaN;
            }
        }

        @Override
        public String[] scalarSymbols() {
            return template.scalarSymbols();
        }

        @Override
        public void scalars(double[] out) {
            for (int k = 0; k < out.length; k++) {
                out[k] = explains && k < scalarCount ? scalars[k] : Double.NaN;
            }
        }

        /** Not sent: the engine sends the statistics drawn from them instead. */
        @Override
        public void effectiveSteps(double[] out) {
            java.util.Arrays.fill(out, Double.NaN);
        }

        @Override
        public int largestGradient() {
            return explains ? Math.min(largest, Math.max(0, theta.length - 1)) : 0;
        }

        @Override
        public double speed() {
            return explains ? speed : Double.NaN;
        }

        /** α of the rule (the page's own run knows it before any step was sent). */
        @Override
        public double momentum() {
            return template.momentum();
        }

        @Override
        public int spectrum(double[] eigenvaluesOut, double[] usedOut) {
            int m = explains ? Math.min(spectrumCount, Math.min(eigenvaluesOut.length, usedOut.length)) : 0;
            System.arraycopy(eigenvalues, 0, eigenvaluesOut, 0, m);
            System.arraycopy(used, 0, usedOut, 0, m);
            return m;
        }
    }

    /** The step-size statistics the engine records for a watched lane, as histories of the lane's mirror. */
    private final class Statistics implements StepStatistics {
        /** The engine records while the page watches (its WATCH command): nothing to switch here. */
        @Override
        public void setEnabled(boolean on) {
        }

        @Override
        public Series minimumSeries() {
            return lane.series(EngineProtocol.EFFECTIVE_MIN_SERIES);
        }

        @Override
        public Series medianSeries() {
            return lane.series(EngineProtocol.EFFECTIVE_MEDIAN_SERIES);
        }

        @Override
        public Series maximumSeries() {
            return lane.series(EngineProtocol.EFFECTIVE_MAX_SERIES);
        }

        @Override
        public Series speedSeries() {
            return lane.series(EngineProtocol.SPEED_SERIES);
        }

        @Override
        public Series terminalSpeedSeries() {
            return lane.series(EngineProtocol.TERMINAL_SPEED_SERIES);
        }
    }
}
