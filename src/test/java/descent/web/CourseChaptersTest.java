package descent.web;

import descent.core.experiment.Lesson;
import descent.core.experiment.Lessons;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Verdict;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.core.landscape.LessonVerdict;
import descent.core.landscape.PathRace;
import descent.web.landscape.LandscapeLink;
import descent.web.state.DecodedState;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course's chapters as an instructor writes them (webapp/course*.html): the contents list every chapter file
 * in order, each chapter's previous/next links follow that order, and every live figure's state is one the
 * playground reads without a notice, names a lesson, and shows that lesson's claim when run as the page runs it.
 */
class CourseChaptersTest {
    private static final Path SITE = Path.of("webapp");
    private static final Pattern LINK = Pattern.compile("<a href=\"(course-[a-z0-9-]+\\.html)\"");
    private static final Pattern FIGURE =
            Pattern.compile("<figure id=\"figure-(\\d+)\" class=\"live\"( data-lab=\"landscape\")? data-state=\"([^\"]*)\"");

    private static String read(String file) throws IOException {
        return Files.readString(SITE.resolve(file));
    }

    /** The chapters in the contents' order. */
    private static List<String> contents() throws IOException {
        String page = read("course.html");
        String list = page.substring(page.indexOf("<ol id=\"chapters\""), page.indexOf("</ol>"));
        List<String> chapters = new ArrayList<>();
        Matcher m = LINK.matcher(list);
        while (m.find()) {
            chapters.add(m.group(1));
        }
        return chapters;
    }

    @Test
    void theContentsListEveryChapterFileAndTheLinksFollowTheirOrder() throws IOException {
        List<String> chapters = contents();
        List<String> files;
        try (Stream<Path> all = Files.list(SITE)) {
            files = all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("course-") && n.endsWith(".html"))
                    .sorted().collect(Collectors.toList());
        }
        assertEquals(files, chapters.stream().sorted().collect(Collectors.toList()), "every chapter file is listed once");
        for (int i = 0; i < chapters.size(); i++) {
            String page = read(chapters.get(i));
            assertTrue(page.contains("data-page=\"course\""), chapters.get(i) + " starts the course page");
            String nav = page.substring(page.indexOf("<nav class=\"course-nav\""));
            nav = nav.substring(0, nav.indexOf("</nav>"));
            assertEquals(i > 0, nav.contains("rel=\"prev\""), chapters.get(i) + ": a previous link exactly when there is one");
            assertEquals(i + 1 < chapters.size(), nav.contains("rel=\"next\""), chapters.get(i) + ": a next link exactly when there is one");
            if (i > 0) {
                assertTrue(nav.contains("<a href=\"" + chapters.get(i - 1) + "\" rel=\"prev\""), chapters.get(i) + " ← " + chapters.get(i - 1));
            }
            if (i + 1 < chapters.size()) {
                assertTrue(nav.contains("<a href=\"" + chapters.get(i + 1) + "\" rel=\"next\""), chapters.get(i) + " → " + chapters.get(i + 1));
            }
        }
    }

    @Test
    void everyFiguresClaimHoldsAsThePageRunsIt() throws IOException {
        int figures = 0;
        for (String chapter : contents()) {
            Matcher m = FIGURE.matcher(read(chapter));
            int inChapter = 0;
            while (m.find()) {
                String state = m.group(3).replace("&amp;", "&");
                inChapter++;
                assertEquals(Integer.toString(inChapter), m.group(1), chapter + ": figures numbered in order, as #figure-n");
                if (m.group(2) != null) {
                    landscapeFigure(chapter, state);
                    continue;
                }
                DecodedState decoded = HashState.decode(state);
                assertTrue(decoded.isClean(), chapter + ": " + state + " → " + decoded.notices());
                Lesson lesson = Lessons.byId(decoded.config().lesson);
                assertNotNull(lesson, chapter + ": " + state + " names a lesson");
                // what the page trains for this link: the lesson's preset, or the variation the link writes
                PlaygroundConfig config = LessonPanel.presetOrAsWritten(decoded.config());
                Race race = new Race(config);
                race.steps(lesson.steps());
                Verdict verdict = lesson.check(race);
                assertTrue(verdict.holds(), chapter + ", " + state + ": " + verdict);
            }
            assertTrue(inChapter >= 2 && inChapter <= 4, chapter + " has two to four live figures: " + inChapter);
            assertEquals(inChapter, read(chapter).split("<figure ", -1).length - 1, chapter + ": every figure is declared as above");
            figures += inChapter;
        }
        assertTrue(figures >= 4, "figures: " + figures);
    }

    /** A landscape figure is one of the landscape lab's lessons as it is (its claim checked as the lab checks it). */
    private static void landscapeFigure(String chapter, String state) {
        assertEquals(List.of(), LandscapeLink.noticesOf(state), chapter + ": " + state);
        LandscapeLesson lesson = LandscapeLessons.find(LandscapeLink.lessonOf(state));
        assertNotNull(lesson, chapter + ": " + state + " names a landscape lesson");
        assertEquals("lesson=" + lesson.id(), state, chapter + ": a landscape figure is its lesson as it is");
        LessonVerdict verdict = PathRace.of(lesson).verdict(lesson);
        assertTrue(verdict.holds(), chapter + ", " + state + ": " + verdict);
    }
}
