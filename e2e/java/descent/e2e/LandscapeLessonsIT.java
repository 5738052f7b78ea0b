package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The landscape lessons as a student sees them: each shows its verdict after the run, the saddle's chart shows
 * the lingering, paths carry step bars, the map is drawn at one scale for x and y, and the page fits a phone.
 */
class LandscapeLessonsIT {
    private static final List<String> LESSONS = List.of("saddle", "ravine", "plateau", "cliff", "newton-saddle");
    private static final String VERDICT_SHOWN = "() => { const v = document.getElementById('lesson-verdict').dataset.verdict;"
            + " return v === 'seen' || v === 'not-seen'; }";
    private final List<String> errors = new ArrayList<>();
    private BrowserContext context;
    private Page page;

    private void open(String url, int width, int height) throws Exception {
        Browser browser = Browser.get();
        context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height));
        context.setDefaultTimeout(Ship.HANG_MS);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
        page.navigate(browser.server.url() + url);
        page.waitForSelector("body[data-ready=true]");
    }

    /** Opens a lesson, presses Play and waits for its run to finish (the verdict shows then). */
    private void lesson(String hash, int width) throws Exception {
        open("landscape.html#" + hash, width, width < 500 ? 844 : 900);
        play();
    }

    private void play() {
        page.waitForFunction("() => document.getElementById('replay').textContent === 'Play'");
        page.click("#replay");
        page.waitForFunction(VERDICT_SHOWN);
    }

    private void load(String hash) {
        page.evaluate("h => window.descent.load(h)", hash);
        play();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private double attr(String selector, String name) {
        return Double.parseDouble(page.getAttribute(selector, name));
    }

    @Test
    void everyLessonShowsItsClaimSeenAfterTheRun() throws Exception {
        for (String id : LESSONS) {
            lesson("lesson=" + id, 1280);
            assertEquals("seen", page.getAttribute("#lesson-verdict", "data-verdict"), id);
            String sentence = page.textContent("#lesson-verdict-line").trim();
            String numbers = page.textContent("#lesson-verdict-numbers").trim();
            System.out.println(id + ": " + sentence + " | " + numbers);
            assertTrue(sentence.startsWith("✓ Seen: "), id + ": " + sentence);
            assertTrue(page.isVisible("#lesson-verdict-numbers") && numbers.matches(".*\\d.*"), id + ": " + numbers);
            // the numbers are the smaller line
            double head = fontSize("#lesson-verdict-line");
            double small = fontSize("#lesson-verdict-numbers");
            assertTrue(small < head, id + ": numbers " + small + " px under a " + head + " px sentence");
            context.close();
            context = null;
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private double fontSize(String selector) {
        return ((Number) page.evaluate("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)",
                selector)).doubleValue();
    }

    @Test
    void aVariationThatBreaksTheClaimReadsNotSeenInADistinctStyle() throws Exception {
        lesson("lesson=saddle", 1280);
        String seenBorder = (String) page.evaluate("() => getComputedStyle(document.getElementById('lesson-verdict'))"
                + ".borderLeftStyle");
        // started well off the ridge, gradient descent does not linger: the lesson stays, its claim fails
        load("lesson=saddle&x=-1.8&y=0.5");
        assertEquals("not-seen", page.getAttribute("#lesson-verdict", "data-verdict"));
        assertEquals("saddle", page.inputValue("#land-lesson"), "the lesson stays selected");
        String sentence = page.textContent("#lesson-verdict-line").trim();
        assertTrue(sentence.startsWith("✗ Not seen: "), sentence);
        String notSeenBorder = (String) page.evaluate(
                "() => getComputedStyle(document.getElementById('lesson-verdict')).borderLeftStyle");
        assertNotEquals(seenBorder, notSeenBorder, "seen and not seen differ by more than colour");
        // the cliff lesson with clipping on checks the other half of its claim
        load("lesson=cliff&clip=1");
        assertEquals("seen", page.getAttribute("#lesson-verdict", "data-verdict"));
        assertTrue(page.textContent("#lesson-verdict-line").contains("clipped at 1"));
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /**
     * Every landscape lesson asks first: the paths wait at step 0 under a question whose options are open; Play
     * locks the choice, and the answer appears with the verdict when the run ends — worded like the index
     * page's, in the same boxes.
     */
    @Test
    void everyLessonAsksBeforeThePathsAreDrawnAndTheRunAnswers() throws Exception {
        for (String id : LESSONS) {
            open("landscape.html#lesson=" + id, 1280, 900);
            page.waitForFunction("() => document.getElementById('replay').textContent === 'Play'");
            assertTrue(page.isVisible("#lesson-predict"), id + ": the question shows");
            assertTrue(page.textContent("#lesson-question").startsWith("Predict first: "), id);
            assertEquals("0", page.textContent("#land-step").trim(), id + ": no path drawn before Play");
            assertEquals(0, attr("#contour", "data-path-ticks"), 0, id + ": no step bars before Play");
            assertTrue(page.isHidden("#lesson-reveal"), id + ": no answer before the run");
            assertEquals("pending", page.getAttribute("#lesson-verdict", "data-verdict"), id);
            com.microsoft.playwright.Locator options = page.locator("#lesson-options input[type=radio]");
            assertTrue(options.count() >= 2 && options.first().isEnabled(), id + ": the choice is open");
            String first = page.locator("#lesson-options label").first().textContent().trim();
            options.first().check();
            page.click("#replay");
            assertTrue(options.first().isDisabled(), id + ": locked once the run starts");
            page.waitForFunction(VERDICT_SHOWN);
            String reveal = page.textContent("#lesson-reveal");
            System.out.println(id + ": " + page.textContent("#lesson-question") + " → " + reveal);
            assertTrue(page.isVisible("#lesson-reveal") && reveal.startsWith("You predicted “" + first
                    + "”; the run shows “"), id + ": " + reveal);
            assertTrue(attr("#contour", "data-path-ticks") > 0, id + ": the paths are drawn");
            context.close();
            context = null;
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSaddleChartShowsGradientDescentLingeringAtTheSaddlesLevel() throws Exception {
        lesson("lesson=saddle", 1280);
        assertEquals("linear", page.getAttribute("#land-loss", "data-scale"));
        double yMin = attr("#land-loss", "data-y-min");
        double yMax = attr("#land-loss", "data-y-max");
        assertTrue(yMin >= -10 && yMax <= 10 && yMax > yMin, "a bounded range: " + yMin + " … " + yMax);
        String[] plot = page.getAttribute("#land-loss", "data-plot").split(",");
        double left = Double.parseDouble(plot[0]);
        double top = Double.parseDouble(plot[1]);
        double width = Double.parseDouble(plot[2]);
        double height = Double.parseDouble(plot[3]);
        double steps = 200;
        String colour = (String) page.evaluate("() => getComputedStyle(document.querySelector('#land-legend li"
                + " .land-key-line')).borderTopColor");
        // the y of gradient descent's curve (the legend's first colour), found in the canvas's pixels
        String find = "([x, rgb]) => { const c = document.getElementById('land-loss');"
                + " const r = c.width / c.clientWidth; const want = rgb.match(/\\d+/g).map(Number);"
                + " const d = c.getContext('2d').getImageData(Math.round(x * r), 0, 1, c.height).data; const ys = [];"
                + " for (let y = 0; y < c.height; y++) { const i = 4 * y;"
                + "  if (Math.abs(d[i] - want[0]) + Math.abs(d[i+1] - want[1]) + Math.abs(d[i+2] - want[2]) < 60) ys.push(y / r); }"
                + " return ys.length ? ys[Math.floor(ys.length / 2)] : -1; }";
        double zero = top + height * (yMax - 0) / (yMax - yMin);
        double atStart = ((Number) page.evaluate(find, List.of(left + 1.5, colour))).doubleValue();
        assertTrue(atStart >= 0 && zero - atStart > 0.3 * height, "the start stands well above J = 0: " + atStart
                + " vs " + zero);
        for (int step = 25; step <= 60; step += 5) {
            double y = ((Number) page.evaluate(find, List.of(left + width * step / steps, colour))).doubleValue();
            assertTrue(y >= 0 && Math.abs(y - zero) < 0.03 * height, "step " + step + ": the curve is flat at J = 0 ("
                    + y + " px, J = 0 at " + zero + " px)");
        }
        // and it leaves the chart at the bottom when its path leaves the map
        assertTrue(attr("#land-loss", "data-exits") >= 1);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void pathsCarryABarEveryTenStepsAndMarkWhereTheyLeaveTheMap() throws Exception {
        lesson("lesson=saddle", 1280);
        // gradient descent: points 10 … 70 on the map (it leaves at step 80); momentum leaves at step 30
        double ticks = attr("#contour", "data-path-ticks");
        assertTrue(ticks >= 9 && ticks <= 12, "bars drawn: " + ticks);
        assertEquals(2, attr("#contour", "data-exits"), 0);
        load("lesson=ravine");
        assertEquals(100, attr("#contour", "data-path-ticks"), 0, "two paths of 500 steps");
        assertEquals(0, attr("#contour", "data-exits"), 0);
        // the cliff's throw lands on the map
        load("lesson=cliff");
        assertEquals(0, attr("#contour", "data-exits"), 0, "the cliff lesson's path stays on the map");
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theMapsXAndYScalesAreEqualAndItsLabelsInside() throws Exception {
        for (int width : new int[] {1280, 390}) {
            open("landscape.html", width, width < 500 ? 844 : 900);
            for (String surface : List.of("quadratic", "saddle", "rosenbrock", "plateau-cliff", "asymptotes",
                    "logistic")) {
                page.selectOption("#surface", surface);
                page.waitForFunction("s => window.descentLandscape.state().surface === s", surface);
                page.waitForFunction("() => document.getElementById('contour').hasAttribute('data-x-scale')");
                double sx = attr("#contour", "data-x-scale");
                double sy = attr("#contour", "data-y-scale");
                assertEquals(1, sx / sy, 0.01, surface + " at " + width + " px: " + sx + " vs " + sy + " px per unit");
                assertEquals("true", page.getAttribute("#contour", "data-labels-inside"), surface);
                String[] plot = page.getAttribute("#contour", "data-plot").split(",");
                double cw = ((Number) page.evaluate("() => document.getElementById('contour').clientWidth"))
                        .doubleValue();
                double ch = ((Number) page.evaluate("() => document.getElementById('contour').clientHeight"))
                        .doubleValue();
                assertTrue(Double.parseDouble(plot[0]) + Double.parseDouble(plot[2]) <= cw + 0.5
                        && Double.parseDouble(plot[1]) + Double.parseDouble(plot[3]) <= ch + 0.5, "plot inside");
                // the map fills its box: no band wider than a fifth of it
                assertTrue(Double.parseDouble(plot[2]) > 0.6 * cw && Double.parseDouble(plot[3]) > 0.6 * ch,
                        surface + ": plot " + String.join(",", plot) + " in " + cw + "×" + ch);
            }
            context.close();
            context = null;
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLessonFitsAPhone() throws Exception {
        for (String id : LESSONS) {
            lesson("lesson=" + id, 390);
            Map<String, Object> m = (Map<String, Object>) page.evaluate("() => ({"
                    + " overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,"
                    + " chart: document.getElementById('land-loss').getBoundingClientRect().height,"
                    + " map: document.getElementById('contour').getBoundingClientRect().height,"
                    + " counter: document.querySelector('.counters-inline').getBoundingClientRect().height,"
                    + " line: parseFloat(getComputedStyle(document.querySelector('.counters-inline')).lineHeight) || 24,"
                    + " stepTop: document.getElementById('land-step').getBoundingClientRect().top,"
                    + " ofTop: document.getElementById('land-steps').getBoundingClientRect().top })");
            System.out.println(id + " at 390 px: " + m);
            assertEquals(0, ((Number) m.get("overflow")).intValue(), id + ": no sideways scrolling");
            assertTrue(((Number) m.get("chart")).doubleValue() >= 200, id + ": chart " + m.get("chart"));
            assertTrue(((Number) m.get("map")).doubleValue() >= 200, id + ": map " + m.get("map"));
            assertEquals(((Number) m.get("stepTop")).doubleValue(), ((Number) m.get("ofTop")).doubleValue(), 2,
                    id + ": 'Step k of n' on one line");
            context.close();
            context = null;
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
