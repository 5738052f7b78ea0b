package descent.web;

import descent.core.experiment.Lesson;
import descent.core.experiment.LessonVariation;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Prediction;
import descent.core.experiment.Race;
import descent.core.experiment.Verdict;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.state.HashState;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The lesson beside the lanes: what to look at, what the learner changed (a variation keeps the lesson), the
 * predict-first question before Play, the verdict in one sentence with its numbers under it, and the answer
 * the run gave to the prediction. Every judgement comes from the core's {@link Lesson}.
 */
final class LessonPanel {
    private static final String FREE_PLAY_TEXT =
            "Pick a lesson to set up a comparison from the course, or change any lane's settings yourself.";
    private static final String STORE = "descent.prediction.";

    private final ComparisonPage page;
    private Lesson current;
    private String shownQuestionOf = "";
    private HTMLInputElement[] choices = new HTMLInputElement[0];
    /** The verdict at the lesson's step count, kept while the run goes on past it (null until then). */
    private Verdict verdictAtDue;
    private String revealAtDue = "";

    LessonPanel(ComparisonPage page) {
        this.page = page;
        Dom.onClick("lesson-restore", () -> {
            if (current != null) {
                page.applyLesson(current.config());
            }
        });
    }

    /**
     * A link that names only a lesson ({@code #lesson=momentum-vs-gd}) opens that lesson's preset; a link with
     * settings of its own is taken as written, and shown as a variation of the lesson its key names.
     */
    static PlaygroundConfig presetOrAsWritten(PlaygroundConfig decoded) {
        if (decoded.lesson.isEmpty()) {
            return decoded;
        }
        PlaygroundConfig bare = new PlaygroundConfig();
        bare.lesson = decoded.lesson;
        Lesson lesson = LessonMenu.find(decoded.lesson);
        if (lesson == null || !HashState.encode(decoded).equals(HashState.encode(bare))) {
            return decoded;
        }
        PlaygroundConfig config = lesson.config().copy();
        config.lesson = lesson.id();
        config.logScale = config.logScale || decoded.logScale;
        return config;
    }

    /**
     * Steps every lane may take before the lesson's run is complete, where the page pauses once; unbounded
     * (Integer.MAX_VALUE) without a lesson or once the lanes are at or past its step count.
     */
    int stepsBeforeDue(Race race) {
        int left = current == null ? 0 : current.steps() - Lesson.furthestStep(race);
        return left > 0 ? left : Integer.MAX_VALUE;
    }

    /** Shows the lesson {@code config} belongs to (none = free play) and how {@code config} varies it. */
    void show(PlaygroundConfig config) {
        verdictAtDue = null; // new settings: the claim is checked again
        current = LessonMenu.find(config.lesson);
        HTMLElement variation = Dom.byId("lesson-variation");
        if (current == null) {
            Dom.setText("lesson-text", FREE_PLAY_TEXT);
            variation.setHidden(true);
            Dom.byId("lesson-predict").setHidden(true);
            Dom.byId("lesson-reveal").setHidden(true);
            setVerdict("none", "", "");
            shownQuestionOf = "";
            return;
        }
        Dom.setText("lesson-text", current.lookAt());
        String changes = LessonVariation.changes(current.config(), config);
        Dom.setText("lesson-variation-text", "Variation: you changed " + changes + ". The claim is checked again on "
                + "these settings.");
        variation.setHidden(changes.isEmpty());
        if (!shownQuestionOf.equals(current.id())) {
            buildQuestion(current);
        }
        setVerdict("pending", "", "");
    }

    private void buildQuestion(Lesson lesson) {
        shownQuestionOf = lesson.id();
        Prediction p = lesson.prediction();
        HTMLElement box = Dom.byId("lesson-predict");
        HTMLElement options = Dom.byId("lesson-options");
        El.clear(options);
        box.setHidden(p == null);
        if (p == null) {
            choices = new HTMLInputElement[0];
            return;
        }
        Dom.setText("lesson-question", "Predict first: " + p.question());
        int remembered = remembered(lesson.id());
        choices = new HTMLInputElement[p.optionCount()];
        for (int i = 0; i < p.optionCount(); i++) {
            HTMLInputElement radio = El.input("radio", "");
            radio.setName("lesson-prediction");
            radio.setValue(Integer.toString(i));
            radio.setChecked(i == remembered);
            int option = i;
            radio.addEventListener("change", e -> store(STORE + lesson.id(), Integer.toString(option)));
            HTMLElement label = El.make("label", "lesson-option");
            label.appendChild(radio);
            label.appendChild(El.text("span", "", p.option(i)));
            options.appendChild(label);
            choices[i] = radio;
        }
    }

    /** Says whether the claim is seen yet, and what the run answered to the prediction. */
    void showVerdict(Race race) {
        if (current == null) {
            return;
        }
        boolean started = Lesson.furthestStep(race) > 0;
        for (HTMLInputElement choice : choices) {
            choice.setDisabled(started); // a prediction is made before the run, not after watching it
        }
        Dom.byId("lesson-predict").setAttribute("data-locked", started ? "true" : "false");
        HTMLElement reveal = Dom.byId("lesson-reveal");
        if (!current.isDue(race)) {
            verdictAtDue = null; // reset, or not there yet
            setVerdict("pending", "Checked after " + current.steps() + " steps: does the run show it?",
                    "The claim: " + current.claimText() + ".");
            reveal.setHidden(true);
            return;
        }
        if (!current.canCheck(race)) {
            setVerdict("unchecked", "Cannot check: this run no longer has the lesson's lanes.",
                    current.check(race).measured());
            reveal.setHidden(true);
            return;
        }
        // Checked once, at the lesson's step count: what a run does thousands of steps later is another question.
        Prediction p = current.prediction();
        if (verdictAtDue == null) {
            verdictAtDue = current.check(race);
            revealAtDue = p == null ? "" : p.reveal(chosen(), race);
        }
        Verdict verdict = verdictAtDue;
        setVerdict(verdict.holds() ? "seen" : "not-seen",
                (verdict.holds() ? "✓ Seen: " : "✗ Not seen: ") + current.sentence(verdict),
                verdict.measured());
        if (p != null) {
            reveal.setTextContent(revealAtDue);
            reveal.setHidden(false);
        }
    }

    private void setVerdict(String state, String line, String numbers) {
        HTMLElement box = Dom.byId("lesson-verdict");
        box.setAttribute("data-verdict", state);
        box.setAttribute("data-holds", state.equals("seen") ? "true" : "false");
        Dom.setText("lesson-verdict-line", line);
        Dom.setText("lesson-verdict-numbers", numbers);
    }

    private int chosen() {
        for (int i = 0; i < choices.length; i++) {
            if (choices[i].isChecked()) {
                return i;
            }
        }
        return -1;
    }

    /** The active lesson's verdict as JSON for the script API, or null. */
    String verdictJson(Race race) {
        if (current == null) {
            return "null";
        }
        Verdict verdict = verdictAtDue != null ? verdictAtDue : current.check(race);
        Prediction p = current.prediction();
        return "{\"id\":" + ScriptApi.quote(current.id()) + ",\"steps\":" + current.steps()
                + ",\"claim\":" + ScriptApi.quote(current.claimText()) + ",\"holds\":" + verdict.holds()
                + ",\"due\":" + current.isDue(race)
                + ",\"sentence\":" + ScriptApi.quote(current.sentence(verdict))
                + ",\"measured\":" + ScriptApi.quote(verdict.measured())
                + ",\"variation\":" + ScriptApi.quote(LessonVariation.changes(current.config(), race.config()))
                + ",\"predicted\":" + chosen()
                + ",\"answer\":" + (p == null ? -1 : p.answer(race)) + "}";
    }

    private static int remembered(String id) {
        String v = load(STORE + id);
        if (v == null || v.length() != 1 || v.charAt(0) < '0' || v.charAt(0) > '3') {
            return -1;
        }
        return v.charAt(0) - '0';
    }

    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); } catch (e) { return null; }")
    private static native String load(String key);

    @JSBody(params = { "key", "value" },
            script = "try { window.localStorage.setItem(key, value); } catch (e) { }")
    private static native void store(String key, String value);
}
