package descent.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each lane's network drawn: zero init's identical units seen at a glance, every weight named by pointer or key. */
class NetworkDiagramIT {
    /** In worker mode the engine sends θ and the rule's terms of the lanes whose diagram is open. */
    @ParameterizedTest
    @ValueSource(strings = {"", "?thread=main"})
    void zeroInitShowsIdenticalUnitsAndEveryWeightCanBeRead(String query) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html" + query + "#lesson=zero-init&diagram=0,1", errors);
        page.waitForSelector("body[data-ready=true]");
        page.evaluate("() => window.descent.step(200)");
        Locator views = page.locator(".network-view");
        assertTrue(views.nth(0).isVisible() && views.nth(1).isVisible(), "the link opens both diagrams");
        page.waitForFunction("() => [...document.querySelectorAll('.network-caption')].every(c => c.textContent.length > 20)");
        String xavier = views.nth(0).locator(".network-caption").textContent();
        String zero = views.nth(1).locator(".network-caption").textContent();
        assertTrue(xavier.startsWith("Every hidden unit differs"), xavier);
        assertTrue(zero.contains("Layer 1: all 8 units are the same") && zero.contains("Layer 2: all 8"), zero);

        // the picture: layer 1's unit squares are pixel for pixel the same under zero init, not under Xavier
        assertEquals(1, spread(page, 1), "zero init: one picture for all 8 units of layer 1");
        assertTrue(spread(page, 0) >= 6, "Xavier: the units of layer 1 look different: " + spread(page, 0));

        Locator canvas = views.nth(0).locator("canvas");
        canvas.focus();
        page.keyboard().press("ArrowRight");
        String read = views.nth(0).locator(".network-readout").textContent();
        assertTrue(read.contains("w = ") && read.contains("g = ") && read.contains("Δw = "), read);
        page.keyboard().press("ArrowRight");
        assertFalse(read.equals(views.nth(0).locator(".network-readout").textContent()), "→ moves to the next weight");

        // pointing at the line from x2 to the first unit of layer 1, near x2 where no other line crosses it
        String[] units = canvas.getAttribute("data-units").split(";");
        double[] from = box(units, "0:1");
        double[] to = box(units, "1:0");
        var at = canvas.boundingBox();
        double sx = from[0] + from[2];
        double sy = from[1] + from[2] / 2;
        double mx = at.x + sx + 0.1 * (to[0] - sx);
        double my = at.y + sy + 0.1 * (to[1] + to[2] / 2 - sy);
        page.mouse().move(mx, my);
        read = views.nth(0).locator(".network-readout").textContent();
        assertTrue(read.contains("from input x2 to unit 1 of layer 1"), read);

        views.nth(0).locator("summary").click();
        page.waitForFunction("() => document.querySelector('.network-view table').rows.length > 1"); // filled on toggle
        int rows = views.nth(0).locator("table tr").count();
        assertEquals(1 + 2 * 8 + 8 * 8 + 8, rows, "one row per weight of the 2-8-8-1 network, and a header");

        page.locator(".lane").nth(0).locator("button:has-text('Network')").click();
        assertTrue(views.nth(0).isHidden());
        page.waitForFunction("() => location.hash.includes('diagram=1')");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void theDigitsNetworkIsDrawnWithoutPicturesAndTheInputsCounted() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#data=digits&layers=32&lanes=1&l0.opt=adam&l0.lr=0.001&diagram=0",
                errors);
        page.waitForSelector("body[data-ready=true]");
        page.evaluate("() => window.descent.step(50)");
        page.waitForFunction("() => document.querySelector('.network-caption').textContent.includes('more than two')");
        String units = page.locator(".network-view canvas").getAttribute("data-units");
        assertEquals(12 + 12 + 10, units.split(";").length, "12 of the 64 inputs, 12 of the 32 hidden units, 10 outputs: "
                + units);
        page.locator(".network-view canvas").focus();
        page.keyboard().press("ArrowRight");
        assertTrue(page.textContent(".network-readout").contains("from input x1 to unit 1 of layer 1"),
                page.textContent(".network-readout"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    private static double[] box(String[] units, String id) {
        for (String u : units) {
            if (u.startsWith(id + ":")) {
                String[] f = u.split(":");
                return new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])};
            }
        }
        throw new AssertionError("no unit " + id);
    }

    /** How many different pictures the units of layer 1 of lane {@code lane}'s diagram show. */
    private static int spread(Page page, int lane) {
        return ((Number) page.evaluate("lane => {"
                + " const c = document.querySelectorAll('.network-view canvas')[lane];"
                + " const k = c.width / c.clientWidth; const g = c.getContext('2d');"
                + " const seen = new Set();"
                + " for (const u of c.dataset.units.split(';')) {"
                + "   const [l, , x, y, s] = u.split(':').map(Number); if (l !== 1) continue;"
                + "   const d = g.getImageData(Math.round((x + 2) * k), Math.round((y + 2) * k),"
                + "     Math.round((s - 4) * k), Math.round((s - 4) * k)).data;"
                + "   let h = 0; for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] * 7 + d[i + 1] * 3 + d[i + 2]) % 1000000007; }"
                + "   seen.add(h); }"
                + " return seen.size; }", lane)).intValue();
    }
}
