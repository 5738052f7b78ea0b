package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner's own table: x1,…,xd,label with K classes, a confusion matrix without a plane, K colours on one. */
class OwnTableIT {
    /** Three clusters in four dimensions, 50 rows each, separated along different axes. */
    private static String fourInputs() {
        StringBuilder s = new StringBuilder("a,b,c,d,label\n");
        for (int i = 0; i < 150; i++) {
            int k = i % 3;
            double[] v = new double[4];
            for (int j = 0; j < 4; j++) {
                v[j] = ((i * 31 + j * 17) % 23) / 23.0 - 0.5; // spread, the same for every class
            }
            v[k] += 3; // class k sits out along axis k
            s.append(v[0]).append(',').append(v[1]).append(',').append(v[2]).append(',').append(v[3]).append(',')
                    .append(k).append('\n');
        }
        return s.toString();
    }

    /** Three classes on the plane: thirds of a fan around the origin. */
    private static String threeOnThePlane() {
        StringBuilder s = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 120; i++) {
            int k = i % 3;
            double angle = 2 * Math.PI * k / 3 + (((i * 7) % 11) / 11.0 - 0.5);
            double r = 1 + ((i * 13) % 17) / 17.0 * 3;
            s.append(r * Math.cos(angle)).append(',').append(r * Math.sin(angle)).append(',').append(k).append('\n');
        }
        return s.toString();
    }

    @Test
    void aFourInputTableTrainsWithAConfusionMatrixAndABadFileChangesNothing() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
        page.fill("#csv", "a,b,c,label\n1,2,3,0\n1,2,3,12\n");
        page.click("#csv-load");
        assertTrue(page.textContent("#csv-message").contains("line 3: label \"12\": at most 10 classes"),
                page.textContent("#csv-message"));
        assertEquals("circle", page.inputValue("#dataset"), "the data in use has not changed");

        page.fill("#csv", fourInputs());
        page.click("#csv-load");
        String message = page.textContent("#csv-message");
        assertTrue(message.contains("Using your table of 150 rows, 4 inputs and 3 classes"), message);
        page.waitForSelector("body[data-ready=true]");
        assertEquals("custom", page.inputValue("#dataset"));
        assertTrue(page.isHidden(".lane .canvas-box"), "4 inputs: no map of the plane");
        page.evaluate("() => window.descent.step(300)");
        double accuracy = ((Number) page.evaluate("() => window.descent.metrics().lanes[3].accuracy")).doubleValue();
        assertTrue(accuracy > 0.9, "Adam separates the clusters: " + accuracy);
        page.waitForFunction("() => document.querySelectorAll('.confusion-matrix td.hit').length >= 3");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => {"
                + " const lane = document.querySelectorAll('.lane')[3];"
                + " const cells = [...lane.querySelectorAll('.confusion-matrix td.hit, .confusion-matrix td.miss')];"
                + " const total = cells.reduce((s, c) => s + (+c.textContent || 0), 0);"
                + " const images = [...lane.querySelectorAll('.misclassified figure')].filter(f => !f.hidden).length;"
                + " return {cells: cells.length, total, images}; }");
        assertEquals(9, ((Number) m.get("cells")).intValue(), "a 3×3 matrix: " + m);
        assertEquals(75, ((Number) m.get("total")).intValue(), "it counts the validation half: " + m);
        assertEquals(0, ((Number) m.get("images")).intValue(), "rows of 4 numbers are not drawn as images: " + m);

        Page again = page.context().newPage();
        again.navigate(page.url());
        again.waitForSelector("body[data-ready=true]");
        assertEquals("custom", again.inputValue("#dataset"), "the table is kept in local storage");
        assertTrue(again.isHidden("#notices"), again.textContent("#notices"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void threeClassesOnThePlaneGetThreeColoursAndAKey() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lanes=1&l0.opt=adam&l0.lr=0.03", errors);
        page.waitForSelector("body[data-ready=true]");
        page.fill("#csv", threeOnThePlane());
        page.click("#csv-load");
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.textContent("#csv-message").contains("table of 120 rows, 2 inputs and 3 classes"),
                page.textContent("#csv-message"));
        assertTrue(page.textContent("#map-key").contains("2 (green)"), page.textContent("#map-key"));
        page.evaluate("() => window.descent.step(400)");
        double accuracy = ((Number) page.evaluate("() => window.descent.metrics().lanes[0].accuracy")).doubleValue();
        assertTrue(accuracy > 0.9, "the fan's thirds are learned: " + accuracy);
        page.selectOption("#click-class", "1");
        page.locator(".lane canvas[role=img]:not(.lane-key):not(.network-canvas)").first().click();
        assertTrue(page.textContent("#csv-message").contains("two-class data on the plane"),
                page.textContent("#csv-message"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
