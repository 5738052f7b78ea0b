package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner's own data: pasted CSV, clear errors, local storage across reloads, points added by clicking. */
class OwnDataIT {
    private static final String CSV = "x,y,label\n" + points();

    private static String points() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            double x = -4 + 8 * ((i * 37) % 60) / 60.0;
            double y = -4 + 8 * ((i * 17) % 60) / 60.0;
            s.append(x).append(',').append(y).append(',').append(x + y > 0 ? 1 : 0).append('\n');
        }
        return s.toString();
    }

    @Test
    void pastedDataTrainsAndSurvivesAReloadWhileABadFileChangesNothing() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html", errors));
        BrowserContext context = page.context();

        page.fill("#csv", "x,y,label\n1,2,0\n3,oops,1\n");
        page.click("#csv-load");
        String message = page.textContent("#csv-message");
        assertTrue(message.contains("line 3: y is not a number: \"oops\""), message);
        assertEquals("circle", page.inputValue("#dataset"), "the data in use has not changed");

        page.fill("#csv", CSV);
        page.click("#csv-load");
        assertTrue(page.textContent("#csv-message").contains("Using your 60 points"), page.textContent("#csv-message"));
        assertEquals("custom", page.inputValue("#dataset"));
        String hash = page.evaluate("() => location.hash").toString();
        assertTrue(hash.contains("own=1"), hash);
        assertFalse(hash.contains("oops") || hash.contains("1.5"), "the points are not in the link: " + hash);
        page.evaluate("() => window.descent.step(300)");
        double accuracy = ((Number) page.evaluate("() => window.descent.metrics().lanes[3].accuracy")).doubleValue();
        assertTrue(accuracy > 0.85, "Adam learns the pasted diagonal split: " + accuracy);

        Page again = context.newPage();
        again.navigate(Browser.get().server.url() + "index.html" + hash);
        ready(again);
        assertEquals("custom", again.inputValue("#dataset"), "kept in local storage");
        assertTrue(again.isHidden("#notices"));

        again.selectOption("#click-class", "1");
        int before = ((Number) again.evaluate("() => document.querySelectorAll('.lane').length")).intValue();
        again.locator(".lane canvas[role=img]:not(.lane-key):not(.network-canvas)").first().click();
        assertTrue(again.textContent("#csv-message").contains("Using your 61 points"), again.textContent("#csv-message"));
        assertEquals(before, ((Number) again.evaluate("() => document.querySelectorAll('.lane').length")).intValue());
        context.close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aLinkToOwnDataInAnotherBrowserSaysSoAndShowsGeneratedData() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = ready(Browser.get().open("index.html#own=1", errors));
        assertFalse(page.isHidden("#notices"));
        assertTrue(page.textContent("#notices").contains("own data"), page.textContent("#notices"));
        assertEquals("circle", page.inputValue("#dataset"));
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static Page ready(Page page) {
        page.waitForSelector("body[data-ready=true]");
        return page;
    }
}
