package descent.web;

import descent.core.experiment.Lesson;
import descent.core.experiment.Lessons;
import descent.core.experiment.PlaygroundConfig;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LandscapeLessons;
import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The lesson picker: choosing a lesson loads its comparison; "Free play" leaves the lesson. */
final class LessonMenu {
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
                page.leaveLesson();
                return;
            }
            PlaygroundConfig config = lesson.config().copy();
            config.lesson = lesson.id();
            page.applyLesson(config);
        });
    }

    /** Shows the lesson with this id as chosen ("" or an unknown id = free play). */
    void show(String id) {
        Lesson current = find(id);
        select.setValue(current == null ? "" : current.id());
    }

    static Lesson find(String id) {
        return id == null || id.isEmpty() ? null : Lessons.byId(id);
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
