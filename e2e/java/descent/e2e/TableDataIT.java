package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * K-class data in the page: the shipped files load from the site's data/ folder, lanes train by softmax, a
 * plane set's map shows each class's region in its own colour, and the 64-input digits show a confusion matrix
 * and misclassified images instead of a map. Screenshots go to target/screenshots for a person to look at.
 */
class TableDataIT {
    private static final Path SHOTS = Path.of("target/screenshots");

    @Test
    void penguinsTrainAndTheMapShowsThreeClassRegionsInThreeColours() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#data=penguins&lanes=2&l0.opt=gd&l0.lr=0.1&l1.opt=adam&l1.lr=0.01",
                errors);
        page.waitForSelector("body[data-ready=true]");
        assertEquals("penguins", page.inputValue("#dataset"));
        assertTrue(page.textContent("#data-source").contains("CC0"), "the page names the source and licence");
        String key = page.textContent("#map-key");
        assertTrue(key.contains("Adelie (orange)") && key.contains("Gentoo (green)") && key.contains("bill_depth_mm"),
                "the key names each class's colour and the axes: " + key);
        page.evaluate("() => window.descent.step(600)");
        double accuracy = ((Number) page.evaluate(
                "() => window.descent.metrics().lanes[1].accuracy")).doubleValue();
        assertTrue(accuracy > 0.9, "Adam tells the species apart: " + accuracy);
        page.evaluate("() => new Promise(r => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 300))");
        List<Object> hues = MapHues.of(page, 2); // three classes, three clearly different dominant colours
        shoot(page, "penguins-light-1280.png");
        assertTrue(hues.size() >= 3, "three class colours on the map, found hue bins " + hues);
        // under the map, each lane's 3×3 confusion matrix counts the validation penguins
        page.waitForFunction("() => [...document.querySelectorAll('.lane')].every(l =>"
                + " l.querySelectorAll('.confusion-matrix td.hit').length === 3)");
        int counted = ((Number) page.evaluate("() => [...document.querySelectorAll('.lane')[1]"
                + ".querySelectorAll('.confusion-matrix td.hit, .confusion-matrix td.miss')]"
                + ".reduce((s, c) => s + (+c.textContent || 0), 0)")).intValue();
        assertEquals(171, counted, "342 penguins less 171 for training");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void digitsTrainInThePageAndShowAConfusionMatrixAndMisclassifiedImages() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#data=digits&layers=32&lanes=1&l0.opt=adam&l0.lr=0.001&l0.batch=32",
                errors);
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.isHidden(".lane .canvas-box"), "64 inputs: no map of the plane");
        assertTrue(page.isHidden("#map-key"), "and no key of maps");
        page.evaluate("() => window.descent.step(2000)");
        double accuracy = ((Number) page.evaluate(
                "() => window.descent.metrics().lanes[0].accuracy")).doubleValue();
        assertTrue(accuracy >= 0.9, "digits reach 90% in the page: " + accuracy);
        page.waitForFunction("() => document.querySelectorAll('.confusion-matrix td.hit').length === 10"
                + " && document.querySelector('.confusion-caption').textContent.includes('right')");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => {"
                + " const cells = [...document.querySelectorAll('.confusion-matrix td.hit, .confusion-matrix td.miss')];"
                + " const total = cells.reduce((s, c) => s + (+c.textContent || 0), 0);"
                + " const hits = [...document.querySelectorAll('.confusion-matrix td.hit')].reduce((s, c) => s + (+c.textContent || 0), 0);"
                + " const hitShare = Math.min(...[...document.querySelectorAll('.confusion-matrix td.hit')].map(c => +c.dataset.share));"
                + " const images = [...document.querySelectorAll('.misclassified figure')].filter(f => !f.hidden).length;"
                + " return {total, hits, hitShare, images}; }");
        int total = ((Number) m.get("total")).intValue();
        int hits = ((Number) m.get("hits")).intValue();
        assertEquals(898, total, "the matrix counts every validation image (1,797 less 899 for training)");
        assertEquals(accuracy, hits / (double) total, 1e-9, "its diagonal is the accuracy");
        assertTrue(((Number) m.get("hitShare")).intValue() >= 70, "every digit's diagonal cell is dark: " + m);
        assertTrue(((Number) m.get("images")).intValue() > 0, "misclassified digits are drawn: " + m);
        shoot(page, "digits-light-1280.png");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    private static void shoot(Page page, String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }
}
