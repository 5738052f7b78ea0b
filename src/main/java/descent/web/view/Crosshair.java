package descent.web.view;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Moves a chart's crosshair with the pointer (mouse, pen, or a finger dragged sideways; vertical drags still
 * scroll the page) and with the keyboard once the chart has focus: ← and → step through the run (Shift: ten
 * times as far), Home and End jump to its ends. The listener hears the step, or NaN when the crosshair goes.
 */
public final class Crosshair {
    /** Parts of the run one arrow key moves the crosshair by. */
    private static final double KEY_PARTS = 50;

    public interface Listener {
        void moved(double step);
    }

    private Crosshair() {
    }

    public static void attach(LineChart chart, Listener listener) {
        HTMLElement e = chart.canvas().element();
        e.addEventListener("pointermove", ev -> listener.moved(chart.stepAt(((MouseEvent) ev).getOffsetX())));
        e.addEventListener("pointerdown", ev -> listener.moved(chart.stepAt(((MouseEvent) ev).getOffsetX())));
        e.addEventListener("pointerleave", ev -> {
            if (pointerType(ev).equals("mouse")) { // a finger lifts off but its reading should stay
                listener.moved(Double.NaN);
            }
        });
        e.addEventListener("blur", ev -> listener.moved(Double.NaN));
        e.addEventListener("keydown", ev -> key(chart, listener, (KeyboardEvent) ev));
    }

    private static void key(LineChart chart, Listener listener, KeyboardEvent event) {
        double max = chart.stepMax();
        double now = chart.crosshair();
        if (now != now) {
            now = max;
        }
        double move = Math.max(1, Math.rint(max / KEY_PARTS)) * (event.isShiftKey() ? 10 : 1);
        String key = event.getKey();
        double next;
        if (key.equals("ArrowLeft")) {
            next = now - move;
        } else if (key.equals("ArrowRight")) {
            next = now + move;
        } else if (key.equals("Home")) {
            next = 0;
        } else if (key.equals("End")) {
            next = max;
        } else {
            return;
        }
        event.preventDefault();
        listener.moved(Math.max(0, Math.min(max, next)));
    }

    @JSBody(params = "e", script = "return e.pointerType || '';")
    private static native String pointerType(Event e);
}
