package descent.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Own data that is too large is refused before anything is shown or parsed, with the limits in the message;
 * each malformed file gets a message that names its real problem.
 */
class OwnDataLimitsIT {
    private static Page open(List<String> errors) throws Exception {
        Page page = Browser.get().open("index.html", errors);
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    @Test
    void aDroppedMegabyteFileIsRefusedUnreadAndTheTextAreaStaysAsItWas() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open(errors);
        page.fill("#csv", "x,y,label\n");
        page.evaluate("() => { const dt = new DataTransfer();"
                + " dt.items.add(new File(['x,y,label\\n' + '1.25,2.5,0\\n'.repeat(95326)], 'big.csv', {type: 'text/csv'}));"
                + " document.getElementById('csv').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); }");
        page.waitForFunction("() => document.getElementById('csv-message').textContent.includes('limit')");
        String message = page.textContent("#csv-message");
        assertTrue(message.contains("the file has 1 MB; the limit is 256 KB (up to 2000 points)"), message);
        assertEquals("x,y,label\n", page.inputValue("#csv"), "the text area never took the file");
        assertEquals("circle", page.inputValue("#dataset"), "the data in use has not changed");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void aTenMegabytePasteIsStoppedBeforeTheTextAreaTakesIt() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open(errors);
        Object prevented = page.evaluate("() => { const dt = new DataTransfer(); dt.setData('text/plain', '1,2,0\\n'.repeat(1747627));"
                + " const e = new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true});"
                + " document.getElementById('csv').dispatchEvent(e); return e.defaultPrevented; }");
        assertEquals(Boolean.TRUE, prevented, "the paste is cancelled");
        String message = page.textContent("#csv-message");
        assertTrue(message.contains("the file has 10 MB; the limit is 256 KB"), message);
        assertEquals("", page.inputValue("#csv"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void messagesNameTheRealProblem() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open(errors);
        String[][] cases = {
                {"1e309,1,0\n1,2,0\n2,1,1\n0,0,0\n", "line 1: x is too large for a number"},
                {"\u22121,1,0\n1,2,0\n2,1,1\n0,0,0\n", "as a minus sign"},
                {"1,2,0\n2,1,0.5\n0,0,1\n3,3,1\n", "read as regression"},
        };
        for (String[] c : cases) {
            page.fill("#csv", c[0]);
            page.click("#csv-load");
            String message = page.textContent("#csv-message");
            assertTrue(message.contains(c[1]), c[1] + " ← " + message);
        }
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void storedDataThatNoLongerReadsIsNamedAsSuch() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = open(errors);
        page.evaluate("() => localStorage.setItem('descent.own-data.csv', 'x,y,label\\n1,oops,0\\n')");
        page.navigate(Browser.get().server.url() + "index.html#own=1");
        page.waitForSelector("body[data-ready=true]");
        String notices = page.textContent("#notices");
        assertTrue(notices.contains("no longer reads") && notices.contains("oops"), notices);
        assertEquals("circle", page.inputValue("#dataset"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }
}
