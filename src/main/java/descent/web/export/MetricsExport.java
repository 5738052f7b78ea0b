package descent.web.export;

import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.Series;

/**
 * Every lane's metric history as CSV and as JSON, for spreadsheets and notebooks. Pure text building with no
 * browser types, so it is tested on the JVM; the page only hands the text to a download.
 *
 * <p>Both formats hold the same long table: one row per (lane, metric, step), because the metrics are recorded
 * at different steps (the batch loss every step, the full-set losses every few steps) and the series thin
 * themselves over long runs.
 */
public final class MetricsExport {
    /** The metrics exported, by the names the files use. */
    static final String[] METRICS = {"batch_loss", "train_loss", "val_loss", "train_accuracy", "val_accuracy",
        "grad_norm", "step_length", "learning_rate", "avg_train_loss", "avg_val_loss"};

    private MetricsExport() {
    }

    static Series series(Run run, int metric) {
        switch (metric) {
            case 0: return run.batchLossSeries();
            case 1: return run.trainLossSeries();
            case 2: return run.validationLossSeries();
            case 3: return run.trainAccuracySeries();
            case 4: return run.validationAccuracySeries();
            case 5: return run.gradientNormSeries();
            case 6: return run.stepLengthSeries();
            case 7: return run.learningRateSeries();
            case 8: return run.averagedTrainLossSeries();
            default: return run.averagedValidationLossSeries();
        }
    }

    /** {@code lane,label,metric,step,value}; non-finite values are left empty. */
    public static String csv(Race race) {
        StringBuilder out = new StringBuilder("lane,label,metric,step,value\n");
        for (int lane = 0; lane < race.laneCount(); lane++) {
            Run run = race.run(lane);
            String label = csvField(race.lane(lane).displayLabel());
            for (int m = 0; m < METRICS.length; m++) {
                Series s = series(run, m);
                for (int i = 0; i < s.size(); i++) {
                    out.append(lane).append(',').append(label).append(',').append(METRICS[m]).append(',')
                            .append(s.step(i)).append(',').append(number(s.value(i), "")).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code {"hash": …, "lanes": [{"lane": 0, "label": …, "status": …, "metrics": {"train_loss": [[step,
     * value], …], …}}]}}; non-finite values are null.
     */
    public static String json(Race race, String hash, String[] statuses) {
        StringBuilder out = new StringBuilder("{\"hash\":").append(quote(hash)).append(",\"lanes\":[");
        for (int lane = 0; lane < race.laneCount(); lane++) {
            Run run = race.run(lane);
            out.append(lane > 0 ? "," : "").append("{\"lane\":").append(lane)
                    .append(",\"label\":").append(quote(race.lane(lane).displayLabel()))
                    .append(",\"status\":").append(quote(statuses[lane]))
                    .append(",\"metrics\":{");
            for (int m = 0; m < METRICS.length; m++) {
                Series s = series(run, m);
                out.append(m > 0 ? "," : "").append('"').append(METRICS[m]).append("\":[");
                for (int i = 0; i < s.size(); i++) {
                    out.append(i > 0 ? "," : "").append('[').append(s.step(i)).append(',')
                            .append(number(s.value(i), "null")).append(']');
                }
                out.append(']');
            }
            out.append("}}");
        }
        return out.append("]}").toString();
    }

    /** A file name that says what it holds: descent-momentum-vs-gd-metrics.csv, descent-playground-loss.png. */
    public static String fileName(String lesson, String what, String extension) {
        String base = lesson == null || lesson.isEmpty() ? "playground" : lesson;
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < base.length() && i < 40; i++) {
            char c = base.charAt(i);
            safe.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ? c : '-');
        }
        return "descent-" + safe + "-" + what + "." + extension;
    }

    private static String number(double v, String nonFinite) {
        return v - v == 0 ? Double.toString(v) : nonFinite;
    }

    /** A CSV field: quoted when it holds a comma, quote or line break (labels come from links). */
    static String csvField(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            quote |= c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                out.append("\\u");
                for (int k = hex.length(); k < 4; k++) {
                    out.append('0');
                }
                out.append(hex);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
