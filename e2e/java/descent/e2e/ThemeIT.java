package descent.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both themes, read from the computed styles a person sees: the Play button's text against its fill (WCAG
 * 4.5:1), every focus ring against what surrounds it (3:1), and ?theme= overriding the system's scheme.
 */
class ThemeIT {
    /** WCAG contrast of two computed colours "rgb(r, g, b)". */
    private static final String CONTRAST = "(a, b) => {"
            + " const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)"
            + "   .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));"
            + "   return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
            + " const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); }";
    /** The first opaque background at or above an element: what a ring drawn around it sits on. */
    private static final String BACKDROP = "e => { for (let n = e.parentElement; n; n = n.parentElement) {"
            + " const c = getComputedStyle(n).backgroundColor;"
            + " if (c && c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c)) { return c; } }"
            + " return getComputedStyle(document.body).backgroundColor; }";

    private Page open(BrowserContext context, String url, List<String> errors) throws Exception {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.navigate(Browser.get().server.url() + url);
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    private static BrowserContext context(ColorScheme scheme) throws Exception {
        BrowserContext c = Browser.get().chromium.newContext(new NewContextOptions().setViewportSize(1280, 900)
                .setColorScheme(scheme));
        c.setDefaultTimeout(Ship.HANG_MS);
        return c;
    }

    private static double playContrast(Page page) {
        return ((Number) page.evaluate("() => { const c = " + CONTRAST + "; const s = getComputedStyle("
                + "document.getElementById('play')); return c(s.color, s.backgroundColor); }")).doubleValue();
    }

    /** Tabs through the first controls; the lowest contrast of a focus ring against its backdrop. */
    private static double weakestFocusRing(Page page) {
        double weakest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            double c = ((Number) page.evaluate("() => { const c = " + CONTRAST + "; const b = " + BACKDROP + ";"
                    + " const e = document.activeElement; const s = getComputedStyle(e);"
                    + " if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) { return 0; }"
                    + " return c(s.outlineColor, b(e)); }")).doubleValue();
            weakest = Math.min(weakest, c);
        }
        return weakest;
    }

    @Test
    void playTextAndFocusRingsMeetContrastInBothThemes() throws Exception {
        List<String> errors = new ArrayList<>();
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            BrowserContext context = context(scheme);
            Page page = open(context, "index.html", errors);
            double play = playContrast(page);
            assertTrue(play >= 4.5, scheme + ": Play text " + play + ":1");
            double ring = weakestFocusRing(page);
            assertTrue(ring >= 3, scheme + ": weakest focus ring " + ring + ":1");
            System.out.println(scheme + " theme: Play text " + play + ":1, weakest focus ring " + ring + ":1");
            context.close();
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theThemeParameterOverridesTheSystemScheme() throws Exception {
        List<String> errors = new ArrayList<>();
        BrowserContext light = context(ColorScheme.LIGHT);
        Page dark = open(light, "index.html?theme=dark", errors);
        String bg = dark.evaluate("() => getComputedStyle(document.body).backgroundColor").toString();
        assertEquals("rgb(18, 21, 28)", bg, "theme=dark on a light system");
        assertTrue(playContrast(dark) >= 4.5);
        light.close();
        BrowserContext system = context(ColorScheme.DARK);
        Page page = open(system, "index.html?embed=1&theme=light", errors);
        assertEquals("rgb(247, 246, 242)", page.evaluate("() => getComputedStyle(document.body).backgroundColor"),
                "theme=light on a dark system");
        system.close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
