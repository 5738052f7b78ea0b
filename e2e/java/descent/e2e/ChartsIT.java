package descent.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playground's line charts as a student reads them: a diverged lane leaves the scale to the others and is
 * marked at the top, ticks are round, the step length and the averaged model are drawn, the crosshair names
 * every lane, and the charts keep their height on a phone. Each chart writes what it drew into data attributes
 * of its canvas; pixels are read back where the marks should be.
 */
class ChartsIT {
    private static final String[] LANE_COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9"};
    private final List<String> errors = Browser.errorList();
    private Page page;

    private void openLesson(String hash, int steps) throws Exception {
        page = Browser.get().open("index.html" + hash, errors);
        page.waitForSelector("body[data-ready=true]");
        if (steps > 0) {
            page.evaluate("async n => { for (;;) { const before = window.descent.metrics().lanes[0].step;"
                + " if (before >= n) { return; } await window.descent.step(n - before);"
                + " if (window.descent.metrics().lanes[0].step === before) { return; } } }", steps); // step(n) takes fewer on heavy work
        }
    }

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aDivergedLaneDoesNotStretchTheScaleAndIsMarkedAtTheTop() throws Exception {
        openLesson("#lesson=learning-rate", 200);
        for (String chart : new String[] {"loss-chart", "grad-chart", "step-chart"}) {
            Map<String, String> drawn = attributes(chart);
            double top = Double.parseDouble(drawn.get("data-y-max"));
            double healthy = Double.parseDouble(drawn.get("data-healthy-max"));
            assertEquals("1", drawn.get("data-log"), chart + " on a log scale in this lesson");
            assertTrue(top <= 10 * healthy, chart + ": the y range reaches " + top
                    + ", more than a decade above the other lanes' maximum " + healthy);
            double[] plot = plot(drawn);
            Map<String, double[]> curves = curves(drawn);
            for (String lane : new String[] {"0:", "1:"}) { // the lanes that did not diverge are not flattened
                double[] c = curves.get(lane + (chart.equals("loss-chart") ? "train" : chart.equals("grad-chart")
                        ? "grad" : "step"));
                assertTrue(c[5] - c[4] >= 0.25 * plot[3], chart + ": lane " + lane + " spans " + (c[5] - c[4])
                        + " of " + plot[3] + " px");
            }
            String marks = drawn.get("data-diverged");
            assertFalse(marks.isEmpty(), chart + " marks the diverged lane");
            String[] mark = marks.split(";")[0].split(" ");
            assertTrue(mark[0].startsWith("2:"), chart + ": the mark is the ε = 3 lane's: " + marks);
            double x = Double.parseDouble(mark[1]);
            double y = Double.parseDouble(mark[2]);
            assertTrue(y < plot[1] + 20, chart + ": the mark sits in the top band, at y " + y);
            assertTrue(hasColourNear(chart, x, y, 3, LANE_COLOURS[2]), chart + ": the lane's colour at its mark");
        }
        assertTrue(page.textContent("#readout").contains("Point at"), "no crosshair yet");
    }

    @Test
    void tickLabelsAreRoundAndShort() throws Exception {
        openLesson("#lesson=learning-rate", 200);
        checkRoundTicks("loss-chart", true);
        checkRoundTicks("step-chart", true);
        openLesson("", 300); // the default page draws linear axes
        checkRoundTicks("loss-chart", false);
        checkRoundTicks("grad-chart", false);
    }

    private void checkRoundTicks(String chart, boolean log) {
        Map<String, String> drawn = attributes(chart);
        assertEquals(log ? "1" : "0", drawn.get("data-log"), chart);
        String[] labels = drawn.get("data-ticks").split("\\|");
        assertTrue(labels.length >= 3, chart + " has ticks: " + drawn.get("data-ticks"));
        if (log) {
            assertTrue(labels.length <= 10, chart + ": few enough ticks to read: " + drawn.get("data-ticks"));
        }
        double[] values = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            assertTrue(labels[i].length() <= 5, chart + ": a compact label, not " + labels[i]);
            values[i] = Double.parseDouble(labels[i]);
        }
        if (log) {
            for (double v : values) {
                double mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
                assertTrue(near(mantissa, Math.rint(mantissa)), chart + ": " + v + " is a digit × 10ᵏ");
            }
        } else {
            double step = values[1] - values[0];
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(near(mantissa, 1) || near(mantissa, 2) || near(mantissa, 5), chart + ": step " + step);
            for (int i = 1; i < values.length; i++) {
                assertEquals(step, values[i] - values[i - 1], step * 1e-6, chart + ": evenly spaced");
            }
        }
    }

    @Test
    void theStepLengthChartHasOneCurvePerLane() throws Exception {
        // At step 30 the uncorrected lane's steps are still several times Adam's: the two curves' ends are apart.
        openLesson("#lesson=adam-bias-correction", 30);
        BoundingBox box = page.locator("#step-chart").boundingBox();
        assertTrue(box.height >= 150, "the ‖Δθ‖ chart is drawn tall enough to read: " + box.height);
        Map<String, String> drawn = attributes("step-chart");
        assertEquals("1", drawn.get("data-log"), "step lengths on a log scale");
        Map<String, double[]> curves = curves(drawn);
        assertEquals(2, curves.size(), "one curve per lane: " + drawn.get("data-curves"));
        for (int lane = 0; lane < 2; lane++) {
            double[] c = curves.get(lane + ":step");
            assertTrue(c != null && c[0] >= 20, "lane " + lane + " drawn with its steps: " + drawn.get("data-curves"));
            assertTrue(hasColourNear("step-chart", c[1], c[2], 2, LANE_COLOURS[lane]),
                    "lane " + lane + "'s colour at the end of its curve");
        }
        assertTrue(page.textContent("#step-legend").contains("Adam without bias correction"), "its legend");
    }

    @Test
    void theWeightNormChartShowsL2HoldingWeightsDownWhereAdamWAtTheSameLambdaDoesNot() throws Exception {
        openLesson("", 0);
        assertTrue(page.isHidden("#weight-section"), "no lane decays its weights: no ‖W‖ chart");
        page.context().close();
        openLesson("#lesson=adam-l2-vs-adamw", 1000);
        page.waitForSelector("body:not([data-loading])");
        assertTrue(page.isVisible("#weight-chart"), "lanes with L2 or AdamW's decay get a ‖W‖ chart");
        page.waitForFunction("() => document.getElementById('weight-chart').getAttribute('data-curves').split(';')"
                + ".filter(c => +c.split(':')[2] > 0).length === 4");
        Map<String, String> drawn = attributes("weight-chart");
        Map<String, double[]> curves = curves(drawn);
        double[] adam = curves.get("0:weights");
        double[] l2 = curves.get("1:weights");
        double[] small = curves.get("2:weights");
        double[] large = curves.get("3:weights");
        double[] plot = plot(drawn);
        // screen y grows downwards: a smaller ‖W‖ ends lower on the chart
        assertTrue(l2[2] - adam[2] > 0.2 * plot[3], "Adam + L2 ends well below plain Adam: " + drawn.get("data-curves"));
        assertTrue(large[2] - adam[2] > 0.2 * plot[3], "AdamW λ = 1 too: " + drawn.get("data-curves"));
        assertTrue(Math.abs(small[2] - adam[2]) < 0.15 * plot[3], "AdamW λ = 0.01 ends beside plain Adam: "
                + drawn.get("data-curves"));
        for (int lane = 2; lane < 4; lane++) { // drawn last: plain Adam's end lies under AdamW λ = 0.01's, L2's under λ = 1's
            double[] c = curves.get(lane + ":weights");
            assertTrue(hasColourNear("weight-chart", c[1], c[2], 5, LANE_COLOURS[lane]), "lane " + lane + "'s colour"); // dots leave gaps
        }
        assertTrue(page.textContent("#weight-key").contains("biases excluded"), page.textContent("#weight-key"));
    }

    @Test
    void perExampleTheSmallBatchLeadsAndPerStepThirtyTwoExamplesDoAsWellAsAll() throws Exception {
        openLesson("#lesson=digits-batch-size", 1000);
        assertTrue(page.isChecked("#examples-axis"), "the lesson charts per example seen");
        Map<String, String> drawn = attributes("loss-chart");
        assertEquals("examples seen", drawn.get("data-x-title"));
        double xMax = Double.parseDouble(drawn.get("data-x-max"));
        assertTrue(xMax >= 800 && xMax <= 1000, "the axis ends at what B = 1 has seen, not at the full batch's "
                + "899,000: " + xMax);
        double[] plot = plot(drawn);
        Map<String, double[]> curves = curves(drawn);
        double one = curves.get("0:train")[2];
        double some = curves.get("1:train")[2];
        double all = curves.get("2:train")[2];
        // screen y grows downwards: a lower loss ends lower
        assertTrue(one - some > 0.15 * plot[3] && some - all > 0.1 * plot[3],
                "per example B = 1 ends lowest, the full batch highest: " + drawn.get("data-curves"));

        page.uncheck("#examples-axis");
        page.waitForFunction("() => document.getElementById('loss-chart').getAttribute('data-x-title') === 'step'");
        drawn = attributes("loss-chart");
        curves = curves(drawn);
        one = curves.get("0:train")[2];
        some = curves.get("1:train")[2];
        all = curves.get("2:train")[2];
        assertTrue(some - one > 0.2 * plot[3], "per step B = 32 ends well below B = 1: " + drawn.get("data-curves"));
        assertTrue(Math.abs(some - all) < 0.05 * plot[3], "and beside the full batch: " + drawn.get("data-curves"));
        assertTrue(page.evaluate("() => location.hash").toString().contains("lesson=digits-batch-size"));
    }

    @Test
    void theAveragedModelHasItsOwnCurveBesideTheRawOne() throws Exception {
        openLesson("#lesson=averaging", 1000);
        Map<String, String> drawn = attributes("loss-chart");
        Map<String, double[]> curves = curves(drawn);
        for (int lane = 0; lane < 2; lane++) {
            double[] raw = curves.get(lane + ":train");
            double[] averaged = curves.get(lane + ":avg");
            assertTrue(averaged != null && averaged[0] >= 5, "lane " + lane + " draws its averaged model: "
                    + drawn.get("data-curves"));
            assertTrue(Math.abs(averaged[3] - raw[3]) > 4, "lane " + lane + ": the averaged curve runs apart from "
                    + "the raw one (mean heights " + averaged[3] + " and " + raw[3] + " px)");
            assertTrue(hasColourNear("loss-chart", averaged[1], averaged[2], 4, LANE_COLOURS[lane]),
                    "lane " + lane + "'s colour on its averaged curve");
        }
        String legend = page.textContent("#chart-legend");
        assertTrue(legend.contains("SGD + EMA α = 0.99 at the averaged weights θ̂"), legend);
        assertTrue(legend.contains("SGD + Polyak average at the averaged weights θ̂"), legend);
    }

    @Test
    void theCrosshairReadoutNamesEveryLaneByMouseAndByKeyboard() throws Exception {
        openLesson("", 400);
        List<String> lanes = page.locator(".lane .lane-title").allTextContents();
        assertEquals(4, lanes.size());
        page.locator("#loss-chart").scrollIntoViewIfNeeded();
        BoundingBox box = page.locator("#loss-chart").boundingBox();
        page.mouse().move(box.x + box.width * 0.5, box.y + box.height * 0.5);
        page.waitForFunction("() => document.getElementById('readout').textContent.startsWith('step ')");
        String mouse = page.textContent("#readout");
        for (String lane : lanes) {
            assertTrue(mouse.contains(lane + ": train "), "the readout names " + lane + ": " + mouse);
        }
        String gradients = page.textContent("#grad-readout");
        for (String lane : lanes) {
            assertTrue(gradients.contains(lane + ": ‖g‖ "), "the ‖g‖ readout names " + lane + ": " + gradients);
        }
        double crosshair = Double.parseDouble(attributes("loss-chart").get("data-crosshair"));
        assertTrue(crosshair > 0, "a crosshair is drawn: " + crosshair);

        page.mouse().move(box.x + box.width * 0.5, box.y - 20); // off the chart: the crosshair goes
        page.waitForFunction("() => document.getElementById('readout').textContent.startsWith('Point at')");
        page.focus("#step-chart");
        page.keyboard().press("End");
        page.keyboard().press("ArrowLeft");
        String keyboard = page.textContent("#step-readout");
        assertTrue(keyboard.startsWith("step "), keyboard);
        for (String lane : lanes) {
            assertTrue(keyboard.contains(lane + ": ‖Δθ‖ "), "the keyboard readout names " + lane + ": " + keyboard);
        }
        assertNotEquals(page.textContent("#readout"), mouse, "the crosshair moved with the keys");
    }

    @Test
    void chartsStayTallAndInsideTheScreenOnAPhone() throws Exception {
        Browser browser = Browser.get();
        BrowserContext phone = browser.chromium.newContext(new NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
        phone.setDefaultTimeout(Ship.HANG_MS);
        page = phone.newPage();
        page.onPageError(e -> errors.add("page error: " + e));
        page.navigate(browser.server.url() + "index.html#lesson=averaging");
        page.waitForSelector("body[data-ready=true]");
        page.evaluate("() => window.descent.step(300)");
        for (String chart : new String[] {"loss-chart", "grad-chart", "step-chart"}) {
            BoundingBox box = page.locator("#" + chart).boundingBox();
            assertTrue(box.height >= 200, chart + " is " + box.height + " px tall on a phone");
            assertTrue(box.x >= 0 && box.x + box.width <= 390, chart + " fits the screen: " + box.x + " + " + box.width);
        }
        Number overflow = (Number) page.evaluate("() => Array.from(document.querySelectorAll('.charts *'))"
                + ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))"
                + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length");
        assertEquals(0, overflow.intValue(), "nothing in the chart area reaches past the screen's edge");
        assertEquals(0, ((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue());
    }

    // ---- reading the picture ----

    private Map<String, String> attributes(String canvas) {
        @SuppressWarnings("unchecked")
        Map<String, String> m = (Map<String, String>) page.evaluate("id => Object.fromEntries(Array.from("
                + "document.getElementById(id).attributes).map(a => [a.name, a.value]))", canvas);
        return m;
    }

    /** tag → {points drawn, last x, last y, mean y, top y, bottom y} in CSS pixels. */
    private static Map<String, double[]> curves(Map<String, String> drawn) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String item : drawn.get("data-curves").split(";")) {
            String[] f = item.split(":");
            String tag = f[0] + ":" + f[1];
            int points = Integer.parseInt(f[2]);
            if (points > 0) {
                out.put(tag, new double[] {points, Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])});
            }
        }
        return out;
    }

    private static double[] plot(Map<String, String> drawn) {
        String[] f = drawn.get("data-plot").split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3])};
    }

    /** Whether a pixel within {@code radius} CSS px of (x, y) on the canvas is close to {@code hex}. */
    private boolean hasColourNear(String canvas, double x, double y, double radius, String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        List<Object> args = new ArrayList<>(List.of(canvas, x, y, radius, r, g, b));
        Object found = page.evaluate("([id, x, y, radius, r, g, b]) => {"
                + " const c = document.getElementById(id); const k = c.width / c.clientWidth;"
                + " const x0 = Math.round((x - radius) * k), y0 = Math.round((y - radius) * k);"
                + " const n = Math.max(1, Math.round(2 * radius * k));"
                + " const d = c.getContext('2d').getImageData(x0, y0, n, n).data;"
                + " for (let i = 0; i < d.length; i += 4) {"
                + "   if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 60) { return true; } }"
                + " return false; }", args);
        return Boolean.TRUE.equals(found);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6 * b;
    }
}
