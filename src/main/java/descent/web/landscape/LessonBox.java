package descent.web.landscape;

import descent.core.experiment.Prediction;
import descent.core.landscape.LandscapeLesson;
import descent.core.landscape.LessonVerdict;
import descent.core.landscape.PathRace;
import descent.web.view.PredictionBox;
import descent.web.view.VerdictView;

/**
 * A landscape lesson's predict-first question and its verdict, with the index page's own views: the question
 * is open while the race waits at step 0 for Play, locked once the paths grow, and the verdict and the answer
 * to the prediction are shown when the replay reaches its end (the claim is about the finished run).
 */
final class LessonBox {
    private static final int HOLDING = 1;
    private static final int RUNNING = 2;
    private static final int DONE = 3;
    private final PredictionBox question = new PredictionBox();
    private LandscapeLesson lesson;
    private LessonVerdict verdict;
    private PathRace race;
    private int state;

    /** The lesson (null: free play) and the race just run for it. */
    void set(LandscapeLesson l, PathRace race) {
        lesson = l;
        state = 0;
        if (l == null) {
            verdict = null;
            question.show("", null, null);
            PredictionBox.reveal(null);
            VerdictView.set("none", "", "");
            return;
        }
        question.show("landscape." + l.id(), l.prediction(), null);
        verdict = race.verdict(l);
        this.race = race;
    }

    /** Where the replay is: waiting for Play at step 0, growing, or at its end. */
    void progress(boolean holding, boolean finished) {
        int now = holding ? HOLDING : finished ? DONE : RUNNING;
        if (lesson == null || now == state) {
            return;
        }
        state = now;
        question.lock(now != HOLDING);
        if (now != DONE) {
            VerdictView.set("pending", now == HOLDING ? "Predict, then press Play: the verdict comes when the run ends."
                    : "Checked when the run ends: does it show the claim?", "");
            PredictionBox.reveal(null);
            return;
        }
        VerdictView.judged(verdict.holds(), verdict.said(), verdict.numbers());
        Prediction<PathRace> p = lesson.prediction();
        PredictionBox.reveal(p == null ? null : p.reveal(question.chosen(), race));
    }
}
