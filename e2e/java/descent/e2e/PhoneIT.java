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
        page.locator(".lane").nth(0).locator("summary").tap();
        assertTrue(page.locator(".lane").nth(0).locator("label:has-text('Batch size')").isVisible(), "settings open by tap");
        phone.close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
