package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lesson, chosen from the lesson menu as a learner would, runs without console errors and shows what
 * it claims after its number of steps — judged by the page's own verdict line.
 */
class LessonsIT {
    @Test
    void everyLessonShowsWhatItClaims() throws Exception {
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
            assertTrue(page.evaluate("() => location.hash").toString().contains("lesson=" + id), id + " in the link");
            assertTrue(page.textContent("#lesson-text").length() > 40, id + " says what to look at");
            @SuppressWarnings("unchecked")
            Map<String, Object> verdict = (Map<String, Object>) page.evaluate("() => window.descent.metrics().lesson");
            int steps = ((Number) verdict.get("steps")).intValue();
            page.evaluate("n => window.descent.step(n)", steps);
            @SuppressWarnings("unchecked")
            Map<String, Object> after = (Map<String, Object>) page.evaluate("() => window.descent.metrics().lesson");
            String line = page.textContent("#lesson-verdict");
            System.out.println("lesson " + id + " after " + steps + " steps: " + line);
            if (!Boolean.TRUE.equals(after.get("holds")) || !line.startsWith("Seen: ")) {
                failed.add(id + ": " + after.get("measured"));
            }
            assertEquals(id, after.get("id"));
        }
        assertTrue(failed.isEmpty(), "claims not shown in the page: " + failed);
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        page.context().close();
    }
}
