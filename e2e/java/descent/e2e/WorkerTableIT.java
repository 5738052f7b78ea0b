package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables in worker mode: the page reads the shipped file and hands it to the engine with the configuration (the
 * worker reads no files); the lanes train there, and each card shows the confusion matrix and K-class map the
 * engine sent — the same counts as the page's own training of the same link.
 */
class WorkerTableIT {
    private static final String PENGUINS = "#data=penguins&lanes=2&l0.opt=gd&l0.lr=0.1&l1.opt=adam&l1.lr=0.01";
    private static final String CELLS = "() => [...document.querySelectorAll('.lane')[1]"
            + ".querySelectorAll('.confusion-matrix td.hit, .confusion-matrix td.miss')].map(c => +c.textContent || 0)";

    @SuppressWarnings("unchecked")
    private static List<Object> confusionAfter(String url, int steps, List<String> errors) throws Exception {
        Page page = Browser.get().open(url, errors);
        page.waitForSelector("body[data-ready=true]");
        page.evaluate("n => window.descent.step(n)", steps);
        page.waitForFunction("() => [...document.querySelectorAll('.lane')].every(l =>"
                + " [...l.querySelectorAll('.confusion-matrix td')].some(c => +c.textContent > 0))");
        List<Object> cells = (List<Object>) page.evaluate(CELLS);
        page.context().close();
        return cells;
    }

    @Test
    void penguinsTrainInTheWorkerWithTheMatrixAndMapOfThePagesOwnTraining() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html?thread=worker" + PENGUINS, errors);
        page.waitForSelector("body[data-ready=true]");
        assertEquals("penguins", page.inputValue("#dataset"), "the table stays in worker mode");
        assertFalse(page.textContent("body").contains("not trained in the worker"), "no refusal any more");
        page.evaluate("() => window.descent.step(600)");
        double accuracy = ((Number) page.evaluate("() => window.descent.metrics().lanes[1].accuracy")).doubleValue();
        assertTrue(accuracy > 0.9, "Adam tells the species apart in the worker: " + accuracy);
        page.waitForFunction("() => [...document.querySelectorAll('.lane')].every(l =>"
                + " l.querySelectorAll('.confusion-matrix td.hit').length === 3"
                + " && [...l.querySelectorAll('.confusion-matrix td')].some(c => +c.textContent > 0))");
        List<Object> hues = MapHues.of(page, 2); // three classes, three clearly different dominant colours
        assertTrue(hues.size() >= 3, "three class colours on the engine's map, found hue bins " + hues);
        @SuppressWarnings("unchecked")
        List<Object> worker = (List<Object>) page.evaluate(CELLS);
        page.context().close();
        int counted = worker.stream().mapToInt(o -> ((Number) o).intValue()).sum();
        assertEquals(171, counted, "the engine's matrix counts every validation penguin");
        assertEquals(confusionAfter("index.html?thread=main" + PENGUINS, 600, errors), worker,
                "the same counts as the page's own training of the same link");
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void digitsTrainInTheWorkerAndShowTheirMatrixAndMisclassifiedImages() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open(
                "index.html?thread=worker#data=digits&layers=32&lanes=1&l0.opt=adam&l0.lr=0.001&l0.batch=32", errors);
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.isHidden(".lane .canvas-box"), "64 inputs: no map of the plane");
        page.evaluate("() => window.descent.step(2000)");
        double accuracy = ((Number) page.evaluate("() => window.descent.metrics().lanes[0].accuracy")).doubleValue();
        assertTrue(accuracy >= 0.9, "digits reach 90% in the worker: " + accuracy);
        page.waitForFunction("() => document.querySelectorAll('.confusion-matrix td.hit').length === 10"
                + " && [...document.querySelectorAll('.misclassified figure')].some(f => !f.hidden)");
        double hits = ((Number) page.evaluate("() => [...document.querySelectorAll('.confusion-matrix td.hit')]"
                + ".reduce((s, c) => s + (+c.textContent || 0), 0)")).doubleValue();
        double total = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'.confusion-matrix td.hit, .confusion-matrix td.miss')].reduce((s, c) => s + (+c.textContent || 0), 0)"))
                .doubleValue();
        assertEquals(898, (int) total, "every validation image counted");
        assertTrue(hits / total >= 0.88, "the diagonal holds most of them: " + hits / total);
        Object inked = page.evaluate("() => { const c = [...document.querySelectorAll('.misclassified figure')]"
                + ".find(f => !f.hidden).querySelector('canvas'); const d = c.getContext('2d').getImageData(0, 0, 8, 8).data;"
                + " let dark = 0; for (let i = 0; i < d.length; i += 4) { if (d[i] < 128) dark++; } return dark; }");
        assertTrue(((Number) inked).intValue() > 3, "a misclassified digit is drawn in ink: " + inked);
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    /** The learner's own table goes to the engine with the configuration, names and all. */
    @Test
    void aLearnersOwnTableTrainsInTheWorker() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,c,label\n");
        for (int i = 0; i < 90; i++) {
            int k = i % 3;
            double[] v = {((i * 31) % 23) / 23.0 - 0.5, ((i * 17) % 19) / 19.0 - 0.5, ((i * 7) % 13) / 13.0 - 0.5};
            v[k] += 3;
            csv.append(v[0]).append(',').append(v[1]).append(',').append(v[2]).append(',').append(k).append('\n');
        }
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html?thread=worker", errors);
        page.waitForSelector("body[data-ready=true]");
        page.fill("#csv", csv.toString());
        page.click("#csv-load");
        page.waitForSelector("body[data-ready=true]");
        assertEquals("custom", page.inputValue("#dataset"), "the own table stays in worker mode");
        page.evaluate("() => window.descent.step(300)");
        double accuracy = ((Number) page.evaluate("() => Math.max(...window.descent.metrics().lanes"
                + ".map(l => l.accuracy))")).doubleValue();
        assertTrue(accuracy > 0.9, "three clusters told apart in the worker: " + accuracy);
        page.waitForFunction("() => document.querySelectorAll('.lane')[0].querySelectorAll('.confusion-matrix td.hit')"
                + ".length === 3 && [...document.querySelectorAll('.lane')[0].querySelectorAll('.confusion-matrix td')]"
                + ".some(c => +c.textContent > 0)");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
