package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A race that ends by itself (every lane diverged or converged) stops the loop; the frame it stopped in brings
 * every text and table up to date, so no card or table row is left saying "running".
 */
class FinishedRaceIT {
    @ParameterizedTest
    @CsvSource({
            "lanes=1&data=plane&l0.lr=100, diverged, DIVERGED",
            "lanes=1&l0.opt=cg&l0.batch=0, converged, Converged",
            "lanes=1&data=circle&l0.lr=10, diverged, DIVERGED",
    })
    void whenTheLoopStopsItselfTheCardsAndTableSayHowEachLaneEnded(String hash, String status, String cardWord)
            throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#" + hash, errors);
        page.waitForSelector("body[data-ready=true]");
        page.click("#play");
        page.waitForFunction("s => document.getElementById('play').getAttribute('aria-pressed') === 'false'"
                + " && window.descent.metrics().lanes.every(l => l.status === s)", status);
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        String card = page.textContent(".lane .lane-status");
        assertTrue(card.contains(cardWord), hash + ": the card says " + card);
        assertTrue(!card.contains("Running"), hash + ": the card says " + card);
        String row = page.textContent("#final-metrics tr");
        assertTrue(row.contains(status) && !row.contains("running"), hash + ": the table says " + row);
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
