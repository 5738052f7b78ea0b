package descent.web;

import descent.core.experiment.Lesson;
import descent.core.experiment.Lessons;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Verdict;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The lesson picker: choosing a lesson loads its comparison and shows what to look at. */
final class LessonMenu {
    private static final String FREE_PLAY_TEXT =
            "Pick a lesson to set up a comparison from the course, or change any lane's settings yourself.";

    private static final String LANDSCAPE = "landscape:";
    private final ComparisonPage page;
    private HTMLSelectElement select;

    LessonMenu(ComparisonPage page) {
        this.page = page;
    }

    void install() {
        select = Dom.byId("lesson");
        for (Lesson lesson : Lessons.all()) {
            select.appendChild(El.option(lesson.id(), lesson.title()));
        }
        // The landscape lab's lessons are listed here too; choosing one opens that page.
        org.teavm.jso.dom.html.HTMLElement group = El.make("optgroup", "");
        group.setAttribute("label", "On 2D surfaces (opens the landscape lab)");
        for (LandscapeLesson lesson : LandscapeLessons.all()) {
            group.appendChild(El.option(LANDSCAPE + lesson.id(), lesson.title()));
        }
        select.appendChild(group);
        select.addEventListener("change", e -> {
            if (select.getValue().startsWith(LANDSCAPE)) {
                Dom.navigate("landscape.html#lesson=" + select.getValue().substring(LANDSCAPE.length()));
                return;
            }
            Lesson lesson = find(select.getValue());
            if (lesson == null) {
                show("");
                return;
            }
            PlaygroundConfig config = lesson.config().copy();
            config.lesson = lesson.id();
            page.applyLesson(config);
        });
    }

    private Lesson current;

    /** Shows the lesson with this id as chosen, with its text ("" = free play). */
    void show(String id) {
        current = find(id);
        select.setValue(current == null ? "" : current.id());
        Dom.setText("lesson-text", current == null ? FREE_PLAY_TEXT : current.lookAt());
        Dom.setText("lesson-verdict", "");
    }

    /** Says whether the lesson's claim holds yet, with the numbers that decide it. */
    void showVerdict(Race race) {
        if (current == null) {
            return;
        }
        int step = 0; // a lane that diverged or converged stops early: the race's progress is its furthest lane
        for (int i = 0; i < race.laneCount(); i++) {
            step = Math.max(step, race.run(i).stepCount());
        }
        String text;
        boolean holds = false;
        if (step < current.steps()) {
            text = "After " + current.steps() + " steps: " + current.claimText();
        } else {
            Verdict verdict = current.check(race);
            holds = verdict.holds();
            text = (holds ? "Seen: " : "Not (yet) seen: ") + current.claimText() + " (" + verdict.measured() + ")";
        }
        Dom.setText("lesson-verdict", text);
        Dom.byId("lesson-verdict").setAttribute("data-holds", holds ? "true" : "false");
    }

    /** The active lesson's verdict as JSON for the script API, or null. */
    String verdictJson(Race race) {
        if (current == null) {
            return "null";
        }
        Verdict verdict = current.check(race);
        return "{\"id\":" + ScriptApi.quote(current.id()) + ",\"steps\":" + current.steps()
                + ",\"claim\":" + ScriptApi.quote(current.claimText()) + ",\"holds\":" + verdict.holds()
                + ",\"measured\":" + ScriptApi.quote(verdict.measured()) + "}";
    }

    static Lesson find(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        for (Lesson lesson : Lessons.all()) {
            if (lesson.id().equals(id)) {
                return lesson;
            }
        }
        return null;
    }

    /** [{"id": …, "title": …}, …] for the script API. */
    String json() {
        StringBuilder s = new StringBuilder("[");
        Lesson[] all = Lessons.all();
        for (int i = 0; i < all.length; i++) {
            s.append(i > 0 ? "," : "").append("{\"id\":").append(ScriptApi.quote(all[i].id()))
                    .append(",\"title\":").append(ScriptApi.quote(all[i].title())).append('}');
        }
        return s.append(']').toString();
    }
}
