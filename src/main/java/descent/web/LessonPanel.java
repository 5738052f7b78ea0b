package descent.web;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.LaneTitle;
import descent.core.experiment.Lesson;
import descent.core.experiment.LessonVariation;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Prediction;
import descent.core.experiment.Race;
import descent.core.experiment.Verdict;
import descent.web.dom.Dom;
import descent.web.state.HashState;
import descent.web.view.PredictionBox;
import descent.web.view.VerdictView;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lesson beside the lanes: what to look at, what the learner changed (a variation keeps the lesson), the
 * predict-first question before Play, the verdict in one sentence with its numbers under it, and the answer
 * the run gave to the prediction. Every judgement comes from the core's {@link Lesson}.
 */
final class LessonPanel {
    private static final String FREE_PLAY_TEXT =
            "Pick a lesson to set up a comparison from the course, or change any lane's settings yourself.";

    private final ComparisonPage page;
    private Lesson current;
    private final PredictionBox question = new PredictionBox();
    /** The verdict at the lesson's step count, kept while the run goes on past it (null until then). */
    private Verdict verdictAtDue;
    private String revealAtDue;

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
        bare.smoothCharts = decoded.smoothCharts; // view settings: the link still names the bare lesson
        bare.ruleViews = decoded.ruleViews;
        bare.diagramViews = decoded.diagramViews;
        bare.surface = decoded.surface;
        Lesson lesson = LessonMenu.find(decoded.lesson);
        if (lesson == null || !HashState.encode(decoded).equals(HashState.encode(bare))) {
            return decoded;
        }
        PlaygroundConfig config = lesson.config().copy();
        config.lesson = lesson.id();
        config.logScale = config.logScale || decoded.logScale;
        config.examplesAxis = config.examplesAxis || decoded.examplesAxis;
        config.smoothCharts = decoded.smoothCharts;
        config.ruleViews = decoded.ruleViews;
        config.diagramViews = decoded.diagramViews;
        config.surface = decoded.surface;
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
            question.show("", null, null);
            PredictionBox.reveal(null);
            VerdictView.set("none", "", "");
            return;
        }
        Dom.setText("lesson-text", current.lookAt());
        String changes = LessonVariation.changes(current.config(), config);
        Dom.setText("lesson-variation-text", "Variation: you changed " + changes + ". The claim is checked again on "
                + "these settings.");
        variation.setHidden(changes.isEmpty());
        question.show(current.id(), current.prediction(), titles(config));
        VerdictView.set("pending", "", "");
    }

    /**
     * Titles the lesson's lanes of {@code config} as they are now (see {@link LaneTitle}); nothing in free play.
     */
    void retitle(PlaygroundConfig config) {
        Lesson lesson = LessonMenu.find(config.lesson);
        if (lesson != null) {
            LaneTitle.retitle(lesson.config(), config);
        }
    }

    /** Lane {@code lane} of the current lesson, changed to {@code next}, with its title as it is now. */
    LaneConfig retitled(int lane, LaneConfig next) {
        PlaygroundConfig preset = current == null ? null : current.config();
        if (preset == null || lane >= preset.lanes.length) {
            return next;
        }
        LaneConfig titled = next.copy();
        titled.label = LaneTitle.of(preset.lanes[lane], next);
        return titled;
    }

    private static String[] titles(PlaygroundConfig config) {
        String[] titles = new String[config.lanes.length];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = config.lanes[i].displayLabel();
        }
        return titles;
    }

    /** Says whether the claim is seen yet, and what the run answered to the prediction. */
    void showVerdict(Race race) {
        if (current == null) {
            return;
        }
        // a prediction is made before the run, not after watching it
        question.lock(Lesson.furthestStep(race) > 0);
        if (!current.isDue(race)) {
            pending();
            return;
        }
        if (!current.canCheck(race)) {
            unchecked(current.check(race).measured());
            return;
        }
        // Checked once, at the lesson's step count: what a run does thousands of steps later is another question.
        Prediction<Race> p = current.prediction();
        if (verdictAtDue == null) {
            verdictAtDue = current.check(race);
            revealAtDue = p == null ? null : p.reveal(question.chosen(), race, titles(race.config()));
        }
        Verdict verdict = verdictAtDue;
        VerdictView.judged(verdict.holds(), current.sentence(verdict), verdict.measured());
        PredictionBox.reveal(revealAtDue);
    }

    /**
     * As {@link #showVerdict(Race)} with the claim checked by the training engine where the lanes are
     * ({@code EngineProtocol.LESSON_TEXTS}): the page's own race only holds the settings ({@code config}).
     */
    void showVerdict(PlaygroundConfig config, int furthestStep, boolean due, boolean checkable, boolean holds,
            String measured, int answer) {
        if (current == null) {
            return;
        }
        question.lock(furthestStep > 0);
        if (!due) {
            pending();
            return;
        }
        if (!checkable) {
            unchecked(measured);
            return;
        }
        Prediction<Race> p = current.prediction();
        if (verdictAtDue == null) {
            verdictAtDue = new Verdict(holds, measured);
            revealAtDue = p == null ? null : p.revealAnswer(question.chosen(), answer, titles(config));
        }
        VerdictView.judged(verdictAtDue.holds(), current.sentence(verdictAtDue), verdictAtDue.measured());
        PredictionBox.reveal(revealAtDue);
    }

    private void pending() {
        verdictAtDue = null; // reset, or not there yet
        VerdictView.set("pending", "Checked after " + current.steps() + " steps: does the run show it?",
                "The claim: " + current.claimText() + ".");
        PredictionBox.reveal(null);
    }

    private void unchecked(String measured) {
        VerdictView.set("unchecked", "Cannot check: this run no longer has the lesson's lanes.", measured);
        PredictionBox.reveal(null);
    }

    /** The active lesson's verdict as JSON for the script API, or null. */
    String verdictJson(Race race) {
        if (current == null) {
            return "null";
        }
        Verdict verdict = verdictAtDue != null ? verdictAtDue : current.check(race);
        Prediction<Race> p = current.prediction();
        return json(verdict, current.isDue(race), race.config(), p == null ? -1 : p.answer(race));
    }

    /**
     * As {@link #verdictJson(Race)} when the engine checks the claim: the verdict it sent when the lesson came
     * due ({@code holds} false and no numbers before that).
     */
    String verdictJson(PlaygroundConfig config, boolean due, int answer) {
        if (current == null) {
            return "null";
        }
        return json(verdictAtDue != null ? verdictAtDue : new Verdict(false, ""), due, config, answer);
    }

    private String json(Verdict verdict, boolean due, PlaygroundConfig config, int answer) {
        return "{\"id\":" + ScriptApi.quote(current.id()) + ",\"steps\":" + current.steps()
                + ",\"claim\":" + ScriptApi.quote(current.claimText()) + ",\"holds\":" + verdict.holds()
                + ",\"due\":" + due
                + ",\"sentence\":" + ScriptApi.quote(current.sentence(verdict))
                + ",\"measured\":" + ScriptApi.quote(verdict.measured())
                + ",\"variation\":" + ScriptApi.quote(LessonVariation.changes(current.config(), config))
                + ",\"predicted\":" + question.chosen()
                + ",\"answer\":" + answer + "}";
    }
}
