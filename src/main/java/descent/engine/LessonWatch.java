package descent.engine;

import descent.core.experiment.Lesson;
import descent.core.experiment.Lessons;
import descent.core.experiment.Prediction;
import descent.core.experiment.Race;
import descent.core.experiment.Verdict;

/**
 * The lesson's claim checked where the trained lanes are, in the engine: once, when the furthest lane reaches
 * the lesson's step count (what the lanes do thousands of steps later is another question), and again after
 * any change of lanes. The page shows what it sends ({@link EngineProtocol#LESSON_TEXTS}).
 */
final class LessonWatch {
    private Lesson lesson;
    private Verdict atDue;
    private int answerAtDue = Prediction.UNDECIDED;

    /** The lesson of a new race ("" or an unknown id: none). */
    void watch(String id) {
        lesson = id == null || id.isEmpty() ? null : Lessons.byId(id);
        forget();
    }

    /** The lanes changed: the claim is checked again when due. */
    void forget() {
        atDue = null;
        answerAtDue = Prediction.UNDECIDED;
    }

    /** The lesson's texts of a snapshot, each followed by the separator: due, checkable, holds, measured, answer. */
    void append(Race race, StringBuilder texts) {
        String sep = EngineProtocol.TEXT_SEPARATOR;
        if (lesson == null || !lesson.isDue(race)) {
            forget();
            texts.append(sep).append(sep).append(sep).append(sep).append(sep);
            return;
        }
        boolean checkable = lesson.canCheck(race);
        if (atDue == null) {
            atDue = lesson.check(race);
            Prediction<Race> p = lesson.prediction();
            answerAtDue = checkable && p != null ? p.answer(race) : Prediction.UNDECIDED;
        }
        texts.append('1').append(sep).append(checkable ? "1" : "").append(sep).append(atDue.holds() ? "1" : "")
                .append(sep).append(atDue.measured()).append(sep).append(answerAtDue).append(sep);
    }
}
