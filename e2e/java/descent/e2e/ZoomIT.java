package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At 200% text size every page still fits its width (no sideways scrolling) and keeps its controls usable. */
class ZoomIT {
    @ParameterizedTest
    @ValueSource(strings = {"index.html", "landscape.html", "layers.html", "bench.html"})
    void twiceTheTextSizeFitsTheWindow(String pageName) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open(pageName, errors);
        page.waitForSelector("body[data-ready=true], body[data-done=true]");
        page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }");
        // Layout that reacts to the new size (resize observers, canvases) has run after two frames.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        Number overflow = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), pageName + " scrolls sideways at 200% text");
        Number hiddenButtons = (Number) page.evaluate("() => Array.from(document.querySelectorAll('main button'))"
                + ".filter(b => { const r = b.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1; }).length");
        assertEquals(0, hiddenButtons.intValue(), pageName + ": buttons cut off at the right edge");
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
