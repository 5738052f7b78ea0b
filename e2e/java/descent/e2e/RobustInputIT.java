package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

/**
 * Issue 15, item 6, as a person (or a meddling extension) would meet it: option values rewritten in the page
 * are read like a link's values, with a notice and no exception; a subnormal from a link reads as a number.
 */
class RobustInputIT {
    private static Page open(String url, List<String> errors) throws Exception {
        Page page = Browser.get().open(url, errors);
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    /** Rewrites the selected option's value, as devtools would, and fires the change the control listens to. */
    private static void tamper(Locator select, String value) {
        select.evaluate("(s, v) => { s.options[s.selectedIndex].value = v; s.dispatchEvent(new Event('change')); }",
                value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "&engine=js"})
    void aTamperedOptionGivesANoticeAndTheLastGoodValue(String engine) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open("index.html?x=1" + engine + "#lanes=2&l1.opt=momentum", errors);
        Locator lane = page.locator(".lane").nth(1);
        lane.locator("summary:has-text('More settings')").click();
        Locator momentum = lane.locator("label:has-text('Momentum α') select");
        String before = momentum.inputValue();

        tamper(momentum, "bogus");
        Locator notice = lane.locator(".lane-input-notice");
        assertTrue(notice.isVisible(), "a notice under the card");
        assertTrue(notice.textContent().contains("mom: \"bogus\" is not a number, kept 0.9"), notice.textContent());
        assertEquals(before, momentum.inputValue(), "the last good value stays");

        tamper(lane.locator("label:has-text('Clipping') select"), "bogus");
        assertTrue(notice.textContent().contains("clip: \"bogus\" is not a clipping mode"), notice.textContent());

        tamper(lane.locator("label:has-text('Init scale') select"), "1e308");
        assertTrue(notice.textContent().contains("scale: \"1e308\" clamped to 10 (allowed 0 to 10)"),
                notice.textContent());
        assertEquals("10", lane.locator("label:has-text('Init scale') select").inputValue());

        tamper(lane.locator("select").first(), "bogus");
        assertTrue(notice.textContent().contains("opt: \"bogus\" is not an optimizer"), notice.textContent());
        assertEquals("momentum", lane.locator("select").first().inputValue());

        lane.locator("label:has-text('Momentum α') select").selectOption("0.5");
        assertTrue(notice.isHidden(), "a good change clears the notice");

        tamper(page.locator("#noise"), "1e-320x");
        assertTrue(page.textContent("#notices").contains("noise: \"1e-320x\" is not a number, kept 0.1"),
                page.textContent("#notices"));
        tamper(page.locator("#layers"), "4,999");
        assertTrue(page.textContent("#notices").contains("layers"), page.textContent("#notices"));

        page.evaluate("() => window.descent.step(5)");
        page.context().close();
        assertEquals(List.of(), errors, "no page errors");
    }

    @Test
    void aSubnormalFromALinkReadsAsZeroWithANotice() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open("index.html#lanes=1&l0.opt=adam&l0.delta=1e-320&l0.scale=4e-310", errors);
        String notices = page.textContent("#notices");
        assertTrue(notices.contains("l0.delta: \"1e-320\" is too small to tell from 0, read as 0"), notices);
        assertTrue(notices.contains("l0.scale: \"4e-310\" is too small to tell from 0, read as 0"), notices);
        page.locator(".lane").nth(0).locator("summary:has-text('More settings')").click();
        String card = page.locator(".lane").nth(0).textContent();
        assertFalse(card.contains("–e") || card.contains("E-") || card.contains("e-3"), card);
        page.context().close();
        assertEquals(List.of(), errors, "no page errors");
    }

    @Test
    void loadReturnsEveryNoticeThePageShows() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open("index.html", errors);
        @SuppressWarnings("unchecked")
        List<String> returned = (List<String>) page.evaluate("() => window.descent.load('own=1&noise=9')");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('#notices li'), li => li.textContent)");
        assertEquals(shown, returned);
        assertEquals(2, returned.size(), returned.toString());
        assertTrue(returned.toString().contains("none is stored"), returned.toString());
        page.context().close();
        assertEquals(List.of(), errors, "no page errors");
    }
}
