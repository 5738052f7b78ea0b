package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench.html in both builds writes its JSON result with positive rates. */
class BenchIT {
    private static final Pattern RESULT = Pattern.compile(
            "\\{\"engine\": \"(js|wasm)\", \"small\": (\\d+), \"deep\": (\\d+), \"heatmap\": (\\d+)\\}");

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void benchmarkWritesItsJson(String engine) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("bench.html" + (engine.equals("wasm") ? "?engine=wasm" : ""), errors);
        try {
            page.waitForSelector("body[data-done=true]", new Page.WaitForSelectorOptions().setTimeout(Ship.HANG_MS));
            assertEquals(engine, page.getAttribute("html", "data-engine"), "ran the " + engine + " build");
            String json = page.textContent("#result").trim();
            Matcher m = RESULT.matcher(json);
            assertTrue(m.matches(), "result JSON: " + json);
            assertEquals(engine, m.group(1));
            for (int g = 2; g <= 4; g++) {
                assertTrue(Long.parseLong(m.group(g)) > 0, "positive rate in " + json);
            }
            System.out.println("bench " + engine + ": " + json);
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        } finally {
            page.context().close();
        }
    }
}
