package descent.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bench.html in both builds writes its JSON result with positive rates for the compiled core and for the
 * hand-written reference; the ratios are printed (a report: speed is never asserted).
 */
class BenchIT {
    private static final String[] WORKLOADS = {"small", "deep", "heatmap"};

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void benchmarkWritesItsJson(String engine) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("bench.html?engine=" + engine, errors);
        try {
            page.waitForSelector("body[data-done=true]");
            assertEquals(engine, page.getAttribute("html", "data-engine"), "ran the " + engine + " build");
            String json = page.textContent("#result").trim();
            JsonObject result = JsonParser.parseString(json).getAsJsonObject();
            assertEquals(engine, result.get("engine").getAsString());
            JsonObject reference = result.getAsJsonObject("reference");
            StringBuilder ratios = new StringBuilder();
            for (String w : WORKLOADS) {
                double core = result.get(w).getAsDouble();
                double hand = reference.get(w).getAsDouble();
                assertTrue(core > 0 && hand > 0, "positive rates for " + w + " in " + json);
                ratios.append(String.format(Locale.ROOT, " %s %.2f×", w, core / hand));
                assertTrue(page.textContent("#bench-" + w + "-ratio").trim().endsWith("×"), "ratio shown for " + w);
            }
            assertTrue(result.get("digits").getAsDouble() > 0, "a positive digits rate in " + json);
            assertTrue(page.textContent("#bench-digits").trim().endsWith("examples/s"), "digits rate shown");
            System.out.println("bench " + engine + ": " + json);
            System.out.println("bench " + engine + " core ÷ hand-written JavaScript (reported, not gated):" + ratios);
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        } finally {
            page.context().close();
        }
    }
}
