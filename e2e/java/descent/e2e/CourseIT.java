package descent.e2e;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course as a reader meets it: the contents list every chapter; a chapter's figures are the playground's
 * compact view, each grown to the height it posts, with a link that opens the same state in the lab; the
 * contents then offer to continue at the chapter read last.
 */
class CourseIT {
    @Test
    void aReaderOpensAChapterSeesItsLiveFiguresAndCanContinueThereLater() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("course.html", errors);
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.isHidden("#course-continue"), "nothing to continue on a first visit");
        Locator chapters = page.locator("#chapters a");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < chapters.count(); i++) {
            names.add(chapters.nth(i).getAttribute("href"));
        }
        assertEquals(Ship.pages().stream().filter(n -> n.startsWith("course-")).sorted().toList(),
                names.stream().sorted().toList(), "the contents list every chapter page");

        chapters.nth(0).click();
        page.waitForSelector("body[data-ready=true]");
        Locator figures = page.locator("figure.live");
        assertTrue(figures.count() >= 2, "live figures: " + figures.count());
        for (int i = 0; i < figures.count(); i++) {
            Locator figure = figures.nth(i);
            assertEquals("live", figure.getAttribute("data-figure"), "figure " + (i + 1));
            String state = figure.getAttribute("data-state");
            FrameLocator frame = page.frameLocator("figure.live >> nth=" + i + " >> iframe.course-frame");
            figure.scrollIntoViewIfNeeded(); // the frames load lazily, as a reader scrolls to them
            frame.locator("body[data-ready=true]").waitFor();
            String lesson = state.substring("lesson=".length(), state.indexOf('&'));
            assertEquals(lesson, frame.locator("#lesson").inputValue(), "figure " + (i + 1) + " shows its lesson");
            assertTrue(frame.locator("body.embed").count() == 1, "the compact view");
            page.waitForFunction("f => { const h = f.querySelector('iframe').getBoundingClientRect().height;"
                    + " return h > 300 && Math.abs(h - 760) > 1; }", figure.elementHandle());
            assertEquals("index.html#" + state.replaceAll("&hide=[^&]*", ""),
                    figure.locator("a.course-lab-link").getAttribute("href"),
                    "the lab link carries the figure's state, with every control shown");
        }

        // the first figure in the lab: the same lesson, full page
        String labLink = figures.nth(0).locator("a.course-lab-link").getAttribute("href");
        page.locator("a.course-lab-link").first().click();
        page.waitForSelector("body[data-ready=true]");
        assertEquals(labLink.substring(labLink.indexOf("lesson=") + 7), page.locator("#lesson").inputValue(),
                "the lab opens the figure's lesson: " + page.url());
        assertTrue(page.isVisible("#lesson"), "with the lesson menu shown");
        assertTrue(page.locator("body.embed").count() == 0, "the full lab");

        // printed: the figures keep their pictures, the navigation goes
        page.goBack();
        page.waitForSelector("body[data-ready=true]");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertTrue(page.locator(".course-nav").isHidden(), "no navigation on paper");
        Number printed = (Number) page.evaluate(
                "() => document.querySelector('iframe.course-frame').getBoundingClientRect().height");
        assertTrue(printed.doubleValue() > 300,
                "a figure keeps its height on paper");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.navigate(Browser.get().server.url() + "course.html");
        page.waitForSelector("body[data-ready=true]");
        page.waitForSelector("#course-continue:not([hidden])");
        assertEquals(names.get(0), page.locator("#course-continue-link").getAttribute("href"), "continue where you left off");
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void aLandscapeFigureIsTheLandscapeLabsCompactView() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("course-second-order.html", errors);
        page.waitForSelector("body[data-ready=true]");
        Locator figure = page.locator("figure.live[data-lab=landscape]").first();
        assertEquals("live", figure.getAttribute("data-figure"));
        figure.scrollIntoViewIfNeeded();
        FrameLocator frame = page.frameLocator("figure.live[data-lab=landscape] >> nth=0 >> iframe.course-frame");
        frame.locator("body[data-ready=true]").waitFor();
        assertTrue(frame.locator("body.embed[data-page=landscape]").count() == 1, "the landscape lab, compact");
        assertTrue(frame.locator(".masthead").isHidden(), "without its masthead");
        String state = figure.getAttribute("data-state");
        assertEquals(state.substring("lesson=".length()), frame.locator("#land-lesson").inputValue());
        page.waitForFunction("f => { const h = f.querySelector('iframe').getBoundingClientRect().height;"
                + " return h > 300 && Math.abs(h - 760) > 1; }", figure.elementHandle());
        assertEquals("landscape.html#" + state, figure.locator("a.course-lab-link").getAttribute("href"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void everyChapterLoadsWithoutConsoleErrors() throws Exception {
        for (String chapter : Ship.pages().stream().filter(n -> n.startsWith("course-")).toList()) {
            List<String> errors = Browser.errorList();
            Page page = Browser.get().open(chapter, errors);
            page.waitForSelector("body[data-ready=true]");
            assertEquals(0, page.locator("figure.live[data-figure=failed]").count(), chapter + ": a figure failed");
            Locator figures = page.locator("figure.live");
            for (int i = 0; i < figures.count(); i++) {
                Locator figure = figures.nth(i);
                assertEquals("figure-" + (i + 1), figure.getAttribute("id"), chapter + ": addressable as #figure-n");
                String lab = "landscape".equals(figure.getAttribute("data-lab")) ? "landscape.html" : "index.html";
                assertEquals(lab + "#" + figure.getAttribute("data-state").replaceAll("&hide=[^&]*", ""),
                        figure.locator("a.course-lab-link").getAttribute("href"), chapter + ": figure " + (i + 1) + "'s lab link");
                assertEquals(lab + "?embed=1#" + figure.getAttribute("data-state"),
                        figure.locator("iframe.course-frame").getAttribute("src"), chapter + ": figure " + (i + 1) + " embeds its state");
            }
            assertTrue(page.locator("main.course h1, header h1").count() > 0);
            page.context().close();
            assertEquals(List.of(), errors, chapter + ": console errors");
        }
    }
}
