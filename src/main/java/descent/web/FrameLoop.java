package descent.web;

import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * Drives training from requestAnimationFrame with a time budget per frame: as many steps as fit in the
 * budget, measured, so a slow network gets fewer steps per frame instead of a frozen tab, and a fast one
 * is not held to one step per frame.
 */
public final class FrameLoop {
    /** What one frame does: train within the budget, then draw. */
    public interface Frame {
        /** Advances training by up to {@code steps}; returns how many steps were actually taken. */
        int train(int steps);

        void draw(double now);
    }

    // About a third of a 60 Hz frame: drawing and the browser's own work need the rest.
    private static final double TRAIN_BUDGET_MS = 6;
    private static final int MAX_STEPS_PER_FRAME = 2000;

    private final Frame frame;
    private boolean running;
    private int stepsPerFrame = 1;
    private double stepsPerSecond;

    public FrameLoop(Frame frame) {
        this.frame = frame;
    }

    public boolean isRunning() {
        return running;
    }

    /** Training steps per second over the last frame, for the page and the tests. */
    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    public void start() {
        if (running) {
            return;
        }
        running = true;
        Window.requestAnimationFrame(this::tick);
    }

    public void stop() {
        running = false;
    }

    private void tick(double now) {
        if (!running) {
            return;
        }
        double before = Performance.now();
        int taken = frame.train(stepsPerFrame);
        double spent = Performance.now() - before;
        if (taken > 0 && spent > 0) {
            double perStep = spent / taken;
            stepsPerSecond = 1000 / perStep;
            int fit = (int) (TRAIN_BUDGET_MS / perStep);
            // Grow gently, shrink at once: a sudden slowdown must not cost several long frames.
            stepsPerFrame = Math.max(1, Math.min(MAX_STEPS_PER_FRAME, Math.min(fit, stepsPerFrame * 2)));
        } else if (taken > 0) {
            stepsPerFrame = Math.min(MAX_STEPS_PER_FRAME, stepsPerFrame * 2);
        }
        frame.draw(now);
        if (running) {
            Window.requestAnimationFrame(this::tick);
        }
    }
}
