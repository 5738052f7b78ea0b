package descent.engine;

import descent.core.experiment.LayerLab;

/**
 * The layers lab's training as engine work ({@link LabEngine} runs it): owns a {@link LayerLab}, steps it in slices and packs what the page needs to mirror it into
 * one flat array per pull.
 *
 * <p>Between pulls every applied step's loss, per-layer gradient norm and update ratio is recorded in a
 * preallocated buffer, so the page can offer the very same points to its own series (whose thinning then
 * matches the worker's exactly: no point is restarted or duplicated). A slice stops early when the buffer is
 * full; the page's next pull empties it.
 *
 * <p>Pull layout ({@link #pack()}): [0] step count, [1] divergence step (−1 if none), [2] reserved (0),
 * [3] k = points since the last pull, [4] depth D, [5] parameter count P, then k records of
 * (step, loss, g₁…g_D, r₁…r_D), then θ (P values), then with batch norm each hidden layer's running μ̄ and σ̄
 * (width values each, layers 1…D in order), which evaluation mode reads.
 */
public final class LabJob {
    private final LayerLab lab;
    private final int depth;
    private final int record;
    private final int capacity;
    private final double[] points;
    private int count;

    /** @param capacity the most steps recorded between two pulls */
    public LabJob(LayerLab.Settings settings, int capacity) {
        lab = new LayerLab(settings);
        depth = lab.depth();
        record = 2 + 2 * depth;
        this.capacity = capacity;
        points = new double[capacity * record];
    }

    /** Up to k steps, fewer if diverged or the record buffer is full; returns how many were applied. */
    public int slice(int k) {
        int done = 0;
        while (done < k && count < capacity && lab.step()) {
            int at = count * record;
            points[at] = lab.stepCount();
            points[at + 1] = lab.lossSeries().last();
            for (int l = 1; l <= depth; l++) {
                points[at + 1 + l] = lab.lastGradientNorm(l);
                points[at + 1 + depth + l] = lab.lastUpdateRatio(l);
            }
            count++;
            done++;
        }
        return done;
    }

    /** Back to θ₀; forgets recorded points. */
    public void reset() {
        lab.reset();
        count = 0;
    }

    /** True once no more steps fit before the next pull. */
    public boolean full() {
        return count >= capacity;
    }

    public LayerLab lab() {
        return lab;
    }

    /** The state and the points since the last pull, in the layout of the class comment; empties the buffer. */
    public double[] pack() {
        double[] theta = lab.parameters();
        int head = 6;
        boolean norms = lab.network().hasBatchNorm();
        int width = norms ? lab.network().batchNorm(1).units() : 0; // every hidden layer is W wide
        int running = norms ? 2 * depth * width : 0;
        double[] out = new double[head + count * record + theta.length + running];
        out[0] = lab.stepCount();
        out[1] = lab.divergedAtStep();
        out[2] = 0; // reserved: the page measures its mirror when it draws (measuring here too was a probe pass per frame)
        out[3] = count;
        out[4] = depth;
        out[5] = theta.length;
        System.arraycopy(points, 0, out, head, count * record);
        int at = head + count * record;
        System.arraycopy(theta, 0, out, at, theta.length);
        at += theta.length;
        for (int l = 1; norms && l <= depth; l++) {
            System.arraycopy(lab.network().batchNorm(l).runningMean(), 0, out, at, width);
            System.arraycopy(lab.network().batchNorm(l).runningSigma(), 0, out, at + width, width);
            at += 2 * width;
        }
        count = 0;
        return out;
    }

    /**
     * Brings a mirror (the page's lab, built on the same settings) to the state of a pull read from
     * {@code pull[at …]}: its points go to the mirror's series, then θ, the step count, divergence and batch
     * norm's running μ̄, σ̄. The mirror still has to {@link LayerLab#measure()} before it is drawn.
     */
    public static void unpack(double[] pull, int at, LayerLab mirror) {
        int k = (int) pull[at + 3];
        int d = (int) pull[at + 4];
        int p = (int) pull[at + 5];
        int rec = 2 + 2 * d;
        int from = at + 6;
        for (int i = 0; i < k; i++, from += rec) {
            mirror.record((int) pull[from], pull[from + 1], pull, from + 2);
        }
        mirror.mirror((int) pull[at], (int) pull[at + 1], pull, from);
        from += p;
        for (int l = 1; mirror.network().hasBatchNorm() && l <= d; l++) {
            int width = mirror.network().batchNorm(l).units(); // not settings(): that copies, once per frame
            System.arraycopy(pull, from, mirror.network().batchNorm(l).runningMean(), 0, width);
            System.arraycopy(pull, from + width, mirror.network().batchNorm(l).runningSigma(), 0, width);
            from += 2 * width;
        }
    }
}
