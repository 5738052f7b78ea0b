package descent.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a phone-sized touch screen the playground fits the width and trains by taps alone. */
class PhoneIT {
    @Test
    void tapsTrainThePlaygroundOnAPhone() throws Exception {
        Browser browser = Browser.get();
        BrowserContext phone = browser.chromium.newContext(new NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true));
        phone.setDefaultTimeout(Ship.HANG_MS);
        List<String> errors = new ArrayList<>();
        Page page = phone.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.navigate(browser.server.url() + "index.html");
        page.waitForSelector("body[data-ready=true]");
        assertEquals(0, ((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue(),
                "no sideways scrolling on a phone");
        page.tap("#play");
        page.waitForFunction(ComparisonIT.STEPS_ABOVE, 100);
        page.tap("#play");
        assertEquals("Play", page.textContent("#play").trim());
        page.locator(".lane").nth(0).locator("summary:has-text('More settings')").tap();
        assertTrue(page.locator(".lane").nth(0).locator("label:has-text('Batch size')").isVisible(), "settings open by tap");
        page.evaluate("() => window.descent.step(1200)");
        assertOneLine(page, "#step-count");
        phone.close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static final String OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    /** The element's text takes one line: its box is less than two line heights tall. */
    private static void assertOneLine(Page page, String selector) {
        Object lines = page.evaluate("s => { const e = document.querySelector(s); const st = getComputedStyle(e);"
                + " const line = parseFloat(st.lineHeight) || 1.45 * parseFloat(st.fontSize);"
                + " return e.getBoundingClientRect().height / line; }", selector);
        assertTrue(((Number) lines).doubleValue() < 1.6, selector + " wraps: " + lines + " lines of '"
                + page.textContent(selector) + "'");
    }

    private static BrowserContext phone(Browser browser) {
        BrowserContext phone = browser.chromium.newContext(new NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true));
        phone.setDefaultTimeout(Ship.HANG_MS);
        return phone;
    }

    @Test
    void theLabsAndTheBenchmarkFitAPhoneToo() throws Exception {
        Browser browser = Browser.get();
        BrowserContext phone = phone(browser);
        List<String> errors = new ArrayList<>();
        Page page = phone.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.navigate(browser.server.url() + "layers.html");
        page.waitForSelector("body[data-ready=true]");
        for (String preset : new String[] {"saturate", "vanish", "xavier", "he", "zero", "bn"}) {
            page.selectOption("#lab-preset", preset);
            assertEquals(0, ((Number) page.evaluate(OVERFLOW)).intValue(), "layers.html, preset " + preset);
        }
        // every histogram label inside the canvas: the canvas itself is no wider than its box
        Object fits = page.evaluate("() => { const c = document.getElementById('lay-hist');"
                + " return c.getBoundingClientRect().right <= document.documentElement.clientWidth; }");
        assertEquals(Boolean.TRUE, fits);
        page.locator("#compare").scrollIntoViewIfNeeded();
        page.waitForFunction("() => document.querySelectorAll('#lanes .lane').length === 4");
        page.evaluate("() => window.descent.step(1500)");
        assertEquals(0, ((Number) page.evaluate(OVERFLOW)).intValue(), "layers.html with its lockstep lanes");
        assertOneLine(page, "#lab-step-count");
        assertOneLine(page, "#step-count");
        page.navigate(browser.server.url() + "bench.html");
        page.waitForLoadState();
        assertEquals(0, ((Number) page.evaluate(OVERFLOW)).intValue(), "bench.html");
        for (String course : Ship.pages().stream().filter(n -> n.startsWith("course")).toList()) {
            page.navigate(browser.server.url() + course); // a long formula scrolls in its line, not the page
            page.waitForSelector("body[data-ready=true]");
            assertEquals(0, ((Number) page.evaluate(OVERFLOW)).intValue(), course);
        }
        phone.close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
