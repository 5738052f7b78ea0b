package descent.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charts and maps as PNG, every lane's history as CSV and JSON, with names that say what they hold. */
class ExportIT {
    /** In worker mode the engine writes the CSV and JSON (the page's race holds settings only, at step 0). */
    @ParameterizedTest
    @ValueSource(strings = {"", "?thread=main"})
    void chartsMapsAndMetricsDownload(String query) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html" + query + "#lesson=adam-bias-correction", errors);
        page.waitForSelector("body[data-ready=true]");
        page.evaluate("() => window.descent.step(40)");

        Download png = page.waitForDownload(() -> page.click("#export-loss-png"));
        assertEquals("descent-adam-bias-correction-loss.png", png.suggestedFilename());
        byte[] bytes = Files.readAllBytes(png.path());
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG");

        // the step-length chart ‖Δθ‖ saves like the other two, as the picture on the page
        Download steps = page.waitForDownload(() -> page.click("#export-step-png"));
        assertEquals("descent-adam-bias-correction-step-length.png", steps.suggestedFilename());
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(steps.path().toFile());
        Number backing = (Number) page.evaluate("() => document.getElementById('step-chart').width");
        assertEquals(backing.intValue(), picture.getWidth(), "the chart's own pixels");
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 2) {
            for (int x = 0; x < picture.getWidth(); x += 2) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "curves, axes and labels drawn: " + colours.size() + " colours");

        Download map = page.waitForDownload(() -> page.locator(".lane").nth(1).locator("button:has-text('Save map')").click());
        assertEquals("descent-adam-bias-correction-lane-2-map.png", map.suggestedFilename());

        Download csv = page.waitForDownload(() -> page.click("#export-csv"));
        assertEquals("descent-adam-bias-correction-metrics.csv", csv.suggestedFilename());
        List<String> lines = Files.readAllLines(csv.path());
        assertEquals("lane,label,metric,step,value", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1,") && l.contains(",batch_loss,40,")), "lane 2 at step 40");

        Download json = page.waitForDownload(() -> page.click("#export-json"));
        assertEquals("descent-adam-bias-correction-metrics.json", json.suggestedFilename());
        String text = Files.readString(json.path());
        assertTrue(text.startsWith("{\"hash\":\"") && text.contains("lesson=adam-bias-correction") && text.contains("\"train_loss\":[[0,"),
                text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("\"status\":\"paused\"") || text.contains("\"status\":\"running\""),
                "each lane's status as the page shows it: " + text.substring(0, Math.min(400, text.length())));
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
