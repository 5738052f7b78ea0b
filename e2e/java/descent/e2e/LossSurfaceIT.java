package descent.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** All lanes on one loss surface: every path starts at θ₀, ends in a dot of its lane's colour, on either plane. */
class LossSurfaceIT {
    private static final String[] COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9"};

    /** In worker mode the engine builds the surface from its runs and sends the picture. */
    @ParameterizedTest
    @ValueSource(strings = {"", "?thread=main"})
    void theLanesPathsLieOnTheirSurfaceOnBothPlanes(String query) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html" + query + "#surface=pca", errors);
        page.waitForSelector("body[data-ready=true]");
        Locator map = page.locator("#surface-map");
        assertTrue(page.locator("#surface-draw").getAttribute("aria-expanded").equals("true"), "the link opens it");
        page.evaluate("() => window.descent.step(300)");
        page.waitForSelector("#surface-map[data-state=done][data-built-at='300'][data-replayed=true]");
        assertEquals("pca", map.getAttribute("data-directions"));
        assertEquals("0,1,2,3", map.getAttribute("data-lanes"));
        double pca = Double.parseDouble(map.getAttribute("data-captured"));
        assertTrue(pca > 0.5, "the principal plane holds most of the paths' movement: " + pca);
        assertTrue(page.textContent("#surface-status").contains("principal directions"), page.textContent("#surface-status"));

        // every path starts at θ₀: the same start, (0, 0), for each lane in the text equivalent
        Locator rows = page.locator("#surface-rows tr");
        assertEquals(4, rows.count());
        for (int i = 0; i < 4; i++) {
            assertEquals("(0, 0)", rows.nth(i).locator("td").nth(0).textContent(), "lane " + i + " starts at θ₀");
            assertTrue(rows.nth(i).locator("td").nth(1).textContent().startsWith("300 at ("));
        }
        int distinct = dotsInTheirColours(page);
        assertTrue(distinct >= 2, "at least two lanes end apart, each dot in its lane's colour: " + distinct);

        page.locator("#surface-random").check();
        page.waitForSelector("#surface-map[data-state=done][data-directions=random][data-replayed=true]");
        double random = Double.parseDouble(map.getAttribute("data-captured"));
        assertTrue(random < pca, "a random plane holds less of the paths than the principal one: " + random + " vs " + pca);
        page.waitForFunction("() => location.hash.includes('surface=random')");
        dotsInTheirColours(page);

        page.locator("#surface-draw").click();
        assertTrue(page.locator("#surface-box").isHidden());
        page.waitForFunction("() => !location.hash.includes('surface=')");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void batchNormLanesAreLeftOutTheSameWayInTheWorker() throws Exception {
        List<String> errors = Browser.errorList();
        String captured = null;
        for (String query : new String[] {"?thread=main", ""}) {
            Page page = Browser.get().open("index.html" + query + "#lanes=2&l1.bn=1&surface=pca", errors);
            page.waitForSelector("body[data-ready=true]");
            page.evaluate("() => window.descent.step(60)");
            page.waitForSelector("#surface-map[data-state=done][data-built-at='60']");
            assertEquals("0", page.locator("#surface-map").getAttribute("data-lanes"));
            assertTrue(page.textContent("#surface-status").contains("Lane 2 uses batch norm"),
                    page.textContent("#surface-status"));
            String held = page.locator("#surface-map").getAttribute("data-captured");
            if (captured != null) {
                assertEquals(captured, held, "the engine's surface holds the same share of the path as the page's");
            }
            captured = held;
            page.context().close();
        }
        assertEquals(List.of(), errors, "console errors");
    }

    /**
     * Checks that each lane's dot, where no later dot covers it, has its lane's colour on the canvas; returns how
     * many lanes were checked.
     */
    private static int dotsInTheirColours(Page page) {
        String[] dots = page.locator("#surface-map").getAttribute("data-dots").split(";");
        String[] lanes = page.locator("#surface-map").getAttribute("data-lanes").split(",");
        int checked = 0;
        for (int j = 0; j < dots.length; j++) {
            String[] xy = dots[j].split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            boolean covered = false;
            for (int k = j + 1; k < dots.length; k++) {
                String[] o = dots[k].split(",");
                covered |= Math.hypot(Double.parseDouble(o[0]) - x, Double.parseDouble(o[1]) - y) < 10;
            }
            if (covered) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Number> rgb = (List<Number>) page.evaluate("([x, y]) => { const c = document.getElementById('surface-map');"
                    + " const r = c.width / c.getBoundingClientRect().width;"
                    + " return [...c.getContext('2d').getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data]; }",
                    List.of(x, y));
            String colour = COLOURS[Integer.parseInt(lanes[j]) % COLOURS.length];
            int want = Integer.parseInt(colour.substring(1), 16);
            int distance = Math.abs(rgb.get(0).intValue() - (want >> 16)) + Math.abs(rgb.get(1).intValue() - (want >> 8 & 255))
                    + Math.abs(rgb.get(2).intValue() - (want & 255));
            assertTrue(distance < 40, "lane " + lanes[j] + "'s dot at " + dots[j] + " is " + rgb + ", not " + colour);
            checked++;
        }
        return checked;
    }
}
