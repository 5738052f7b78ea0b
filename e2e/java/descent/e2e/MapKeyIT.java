package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lanes' maps have a key a student can read: what a dot, a ring and the colours mean. */
class MapKeyIT {
    @Test
    void theKeyNamesTrainingAndValidationPointsAndTheColourScaleAboveTheLanes() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.isVisible("#map-key"), "the key is shown");
        String text = page.textContent("#map-key");
        assertTrue(text.contains("training point") && text.contains("validation point") && text.contains("class 0"), text);
        double keyBottom = ((Number) page.evaluate("() => document.getElementById('map-key').getBoundingClientRect().bottom")).doubleValue();
        double lanesTop = ((Number) page.evaluate("() => document.getElementById('lanes').getBoundingClientRect().top")).doubleValue();
        assertTrue(keyBottom <= lanesTop + 1, "the key sits above the maps it explains: " + keyBottom + " vs " + lanesTop);
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
