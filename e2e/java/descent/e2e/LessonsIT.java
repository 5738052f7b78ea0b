package descent.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lesson, chosen from the lesson menu as a learner would: it asks its question before the run, shows
 * what it claims after its number of steps (judged by the page's own verdict line) and reveals the answer;
 * the pictures the averaging and Newton lessons depend on; and a lesson that survives a changed knob.
 */
class LessonsIT {
    @Test
    void everyLessonAsksFirstThenShowsWhatItClaims() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lessons = (List<Map<String, Object>>) page.evaluate("() => window.descent.lessons()");
        assertTrue(lessons.size() >= 12, "at least 12 lessons: " + lessons.size());
        List<String> failed = new ArrayList<>();
        for (Map<String, Object> lesson : lessons) {
            String id = (String) lesson.get("id");
            page.selectOption("#lesson", id);
            page.waitForSelector("body:not([data-loading])"); // a lesson on a shipped set reads its file first
            assertTrue(page.evaluate("() => location.hash").toString().contains("lesson=" + id), id + " in the link");
            assertTrue(page.textContent("#lesson-text").length() > 40, id + " says what to look at");
            assertTrue(page.isHidden("#lesson-variation"), id + ": the preset is no variation");

            // Predict first: a visible question with 2–4 enabled choices before any step.
            assertTrue(page.isVisible("#lesson-predict"), id + " asks before the run");
            Locator options = page.locator("#lesson-options input[type=radio]");
            int count = options.count();
            assertTrue(count >= 2 && count <= 4, id + ": " + count + " options");
            assertTrue(options.first().isEnabled(), id + ": the choice is open before Play");
            assertTrue(page.isHidden("#lesson-reveal"), id + ": no answer before the run");
            String firstOption = page.locator("#lesson-options label").first().textContent();
            options.first().check();

            @SuppressWarnings("unchecked")
            Map<String, Object> verdict = (Map<String, Object>) page.evaluate("() => window.descent.metrics().lesson");
            int steps = ((Number) verdict.get("steps")).intValue();
            // step(n) takes fewer steps on heavy work (StepBudget): ask again until the lesson's count is reached
            page.evaluate("async n => { for (;;) { const before = window.descent.metrics().lanes[0].step;"
                + " if (before >= n) { return; } await window.descent.step(n - before);"
                + " if (window.descent.metrics().lanes[0].step === before) { return; } } }", steps);
            @SuppressWarnings("unchecked")
            Map<String, Object> after = (Map<String, Object>) page.evaluate("() => window.descent.metrics().lesson");
            String line = page.textContent("#lesson-verdict-line");
            System.out.println("lesson " + id + " after " + steps + " steps: " + line + " | "
                    + page.textContent("#lesson-reveal"));
            if (!Boolean.TRUE.equals(after.get("holds")) || !line.startsWith("✓ Seen: ")
                    || !"seen".equals(page.getAttribute("#lesson-verdict", "data-verdict"))) {
                failed.add(id + ": " + after.get("measured"));
            }
            assertEquals(id, after.get("id"));
            assertFalse(page.textContent("#lesson-verdict-numbers").isEmpty(), id + ": the numbers under the verdict");
            assertTrue(page.isVisible("#lesson-reveal"), id + ": the run answers the question");
            assertTrue(page.textContent("#lesson-reveal").startsWith("You predicted “" + firstOption + "”; the run shows"),
                    id + ": " + page.textContent("#lesson-reveal"));
            assertFalse(options.first().isEnabled(), id + ": the choice is locked once the run has started");
            checkPicture(page, id);
        }
        assertTrue(failed.isEmpty(), "claims not shown in the page: " + failed);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        page.context().close();
    }

    /** The property each lesson's picture depends on, where it is the lesson's own. */
    private static void checkPicture(Page page, String id) {
        if (id.equals("averaging")) {
            Locator averaged = page.locator(".lane-map-averaged");
            assertEquals(2, averaged.count(), "each averaging lane draws the averaged model");
            for (int i = 0; i < 2; i++) {
                assertTrue(averaged.nth(i).isVisible(), "lane " + (i + 1) + "'s averaged map is shown");
                double differs = Double.parseDouble(averaged.nth(i).getAttribute("data-differs"));
                assertTrue(differs > 0.05, "lane " + (i + 1) + ": the averaged map differs from the raw one in "
                        + differs + " of the plane");
            }
            assertTrue(page.textContent(".lane-maps").contains("At θ̂ (averaged weights)"), "the map is labelled");
            Object samePixels = page.evaluate("() => { const card = document.querySelector('.lane');"
                    + " const c = card.querySelectorAll('.lane-maps canvas');"
                    + " return c[0].toDataURL() === c[1].toDataURL(); }");
            assertEquals(Boolean.FALSE, samePixels, "the raw and averaged maps are different pictures");
        }
        if (id.equals("newton-saddle")) {
            Locator newton = page.locator(".lane").first();
            String status = newton.locator(".lane-status").textContent();
            assertFalse(status.startsWith("Converged"), "Newton's saddle is not called converged: " + status);
            assertTrue(status.contains("critical point that is not a minimum"), status);
            assertEquals("not-minimum", newton.getAttribute("data-status"));
            String background = (String) newton.locator(".lane-status").evaluate("e => getComputedStyle(e).backgroundColor");
            assertNotEquals("rgba(0, 0, 0, 0)", background, "shown in the warning style, not as success");
        }
    }

    /** Changing one knob keeps the lesson: its text, the change named, the claim checked again on the new run. */
    @Test
    void aChangedKnobKeepsTheLessonAsAVariation() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lesson=momentum-vs-gd", errors);
        page.waitForSelector("body[data-ready=true]");
        String text = page.textContent("#lesson-text");
        page.selectOption("#seed", "2");
        page.waitForFunction("() => !document.getElementById('lesson-variation').hidden");
        assertEquals(text, page.textContent("#lesson-text"), "the lesson's text stays");
        assertEquals("momentum-vs-gd", page.inputValue("#lesson"));
        assertTrue(page.textContent("#lesson-variation").contains("Variation: you changed seed 1 → 2"),
                page.textContent("#lesson-variation"));
        String hash = page.evaluate("() => location.hash").toString();
        assertTrue(hash.contains("lesson=momentum-vs-gd") && hash.contains("seed=2"), "the link records both: " + hash);
        assertTrue(page.isHidden("#notices"), "a settings change raises no notice");
        page.evaluate("n => window.descent.step(n)", 150);
        String line = page.textContent("#lesson-verdict-line");
        String state = page.getAttribute("#lesson-verdict", "data-verdict");
        assertTrue(state.equals("seen") && line.startsWith("✓ Seen: ") || state.equals("not-seen")
                && line.startsWith("✗ Not seen: "), state + ": " + line);

        // A variation that breaks the claim says so in its own style: ε = 3 lowered to 0.1 no longer diverges.
        page.selectOption("#lesson", "learning-rate");
        page.waitForFunction("() => document.querySelectorAll('.lane').length === 3");
        page.locator(".lane").nth(2).locator("label:has-text('Learning rate') select").selectOption("0.1");
        page.waitForFunction("() => document.getElementById('lesson-variation').textContent.includes('lane 3: ε')");
        page.evaluate("n => window.descent.step(n)", 200);
        assertEquals("not-seen", page.getAttribute("#lesson-verdict", "data-verdict"));
        assertTrue(page.textContent("#lesson-verdict-line").startsWith("✗ Not seen: "));
        String seenBorder = "solid";
        String border = (String) page.locator("#lesson-verdict").evaluate("e => getComputedStyle(e).borderLeftStyle");
        assertNotEquals(seenBorder, border, "Not seen is drawn differently from Seen, not by colour alone");

        // Back to the lesson's settings: the variation note goes.
        page.click("#lesson-restore");
        page.waitForFunction("() => document.getElementById('lesson-variation').hidden");
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /**
     * After a knob changes, the lane's title and the question's options say what the lane is now: ε = 3 lowered
     * to 0.1 is no longer "ε = 3 (too large)" on its card, in the chart legend or in the options; the lesson's
     * settings bring its name back.
     */
    @Test
    void aChangedLaneIsTitledAndOfferedAsItIsNow() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lesson=learning-rate", errors);
        page.waitForSelector("body[data-ready=true]");
        page.waitForFunction("() => document.querySelectorAll('.lane').length === 3");
        assertEquals("ε = 3 (too large)", page.locator(".lane .lane-title").nth(2).textContent());
        assertEquals("ε = 3 (too large)", page.locator("#lesson-options label").nth(2).textContent().trim());
        page.locator(".lane").nth(2).locator("label:has-text('Learning rate') select").selectOption("0.1");
        page.waitForFunction("() => document.getElementById('lesson-variation').textContent.includes('lane 3: ε')");
        String title = page.locator(".lane .lane-title").nth(2).textContent();
        assertEquals("Gradient descent, ε = 0.1", title);
        assertEquals(title, page.locator("#lesson-options label").nth(2).textContent().trim(), "the option too");
        assertTrue(page.textContent("#chart-legend").contains(title), page.textContent("#chart-legend"));
        assertFalse(page.textContent("#lesson-predict").contains("ε = 3"),
                "the question names no old value: " + page.textContent("#lesson-predict"));
        assertFalse(page.textContent("#lanes").contains("ε = 3 (too large)"), "no card keeps the old name");
        // the link carries the new title, and reloading it shows the same
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        page.waitForFunction("() => document.querySelectorAll('.lane').length === 3");
        assertEquals(title, page.locator(".lane .lane-title").nth(2).textContent());
        page.click("#lesson-restore");
        page.waitForFunction("() => document.getElementById('lesson-variation').hidden");
        assertEquals("ε = 3 (too large)", page.locator(".lane .lane-title").nth(2).textContent());
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** The prediction is remembered: a reload of the same lesson shows the choice made before. */
    @Test
    void thePredictionIsRemembered() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lesson=zero-init", errors);
        page.waitForSelector("body[data-ready=true]");
        page.locator("#lesson-options input[type=radio]").nth(1).check();
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.locator("#lesson-options input[type=radio]").nth(1).isChecked());
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
