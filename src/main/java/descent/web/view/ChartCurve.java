package descent.web.view;

import descent.core.experiment.Series;

/**
 * One curve of a {@link LineChart} and how it is drawn: colour, dash, strong or faint, and the marks it
 * carries (its minimum, its divergence, the diamonds of an averaged model). Setters chain; the chart reads
 * the fields on each draw, so the owner may change them between draws.
 */
public final class ChartCurve {
    Series series;
    Series smoothed;
    String colour;
    String dash;
    boolean faint;
    boolean diamonds;
    int minimumIndex = -1;
    int divergedAt = -1;
    String tag = "";
    /** x units per step: 1 on a step axis, the batch size on an axis of examples seen. */
    double xPerStep = 1;

    // what the last draw did, for markers and for the data attributes tests read
    int drawnPoints;
    double lastX;
    double lastY;
    double sumY;
    double minY;
    double maxY;
    double exitX;
    int exitStep;

    ChartCurve() {
    }

    void reset(Series series, String colour, String dash) {
        this.series = series;
        this.colour = colour;
        this.dash = dash;
        smoothed = null;
        faint = false;
        diamonds = false;
        minimumIndex = -1;
        divergedAt = -1;
        tag = "";
        xPerStep = 1;
    }

    /** Plots step k at x = k · perStep (the examples a lane of batch size perStep has seen by then). */
    public ChartCurve xPerStep(double perStep) {
        xPerStep = perStep > 0 ? perStep : 1;
        return this;
    }

    public double perStep() {
        return xPerStep;
    }

    /** Where point i of series s of this curve lies on the x axis. */
    double xOf(Series s, int i) {
        return s.step(i) * xPerStep;
    }

    /** Drawn thin and pale (a validation curve beside its training curve). */
    public ChartCurve faint(boolean on) {
        faint = on;
        return this;
    }

    /** Hollow diamonds along the curve, so it reads apart from a curve of the same colour and dash. */
    public ChartCurve diamonds(boolean on) {
        diamonds = on;
        return this;
    }

    /**
     * The curve's trend to draw in its style, with the raw values kept faint behind it; null draws the raw
     * values in its style.
     */
    public ChartCurve smoothed(Series trend) {
        smoothed = trend;
        return this;
    }

    /** A ring at point i of the raw series (its minimum, say); −1 for none. */
    public ChartCurve minimumAt(int index) {
        minimumIndex = index;
        return this;
    }

    /**
     * The step at which the curve's lane diverged (−1 while it has not): the curve stops counting for the
     * y range where it leaves it, and a "diverged at step k ↑" mark stands at the top edge.
     */
    public ChartCurve divergedAt(int step) {
        divergedAt = step;
        return this;
    }

    /** A name for the data attributes of the canvas ("0:train"); curves without one are not listed. */
    public ChartCurve tag(String name) {
        tag = name;
        return this;
    }

    public Series series() {
        return series;
    }

    /** The trend drawn in the curve's style, or null when the raw values are. */
    public Series smoothedSeries() {
        return smoothed;
    }
}
