package descent.web.export;

import descent.web.dom.Dom;
import descent.web.engine.RemoteLanes;
import descent.web.lanes.LaneBoard;

import java.util.function.Supplier;

/** The playground's download buttons: each chart as PNG, every lane's metric histories as CSV or JSON. */
public final class ExportButtons {
    private ExportButtons() {
    }

    /** @param lesson the lesson id now ("" in free play), which names the files; @param hash the page's link now */
    public static void wire(LaneBoard board, Supplier<String> lesson, Supplier<String> hash) {
        Dom.onClick("export-loss-png", () -> Dom.downloadCanvas(Dom.byId("loss-chart"),
                MetricsExport.fileName(lesson.get(), "loss", "png")));
        Dom.onClick("export-grad-png", () -> Dom.downloadCanvas(Dom.byId("grad-chart"),
                MetricsExport.fileName(lesson.get(), "gradient-norm", "png")));
        Dom.onClick("export-step-png", () -> Dom.downloadCanvas(Dom.byId("step-chart"),
                MetricsExport.fileName(lesson.get(), "step-length", "png")));
        Dom.onClick("export-csv", () -> metrics(board, false, lesson.get(), hash.get()));
        Dom.onClick("export-json", () -> metrics(board, true, lesson.get(), hash.get()));
    }

    /** In the worker the engine writes the file: the board's own race holds settings only, all at step 0. */
    private static void metrics(LaneBoard board, boolean json, String lesson, String hash) {
        String name = MetricsExport.fileName(lesson, "metrics", json ? "json" : "csv");
        String type = json ? "application/json" : "text/csv";
        RemoteLanes remote = board.remote();
        if (remote != null) {
            remote.export(json, hash, board.statuses(), file -> Dom.downloadText(name, type, file));
        } else {
            Dom.downloadText(name, type, json ? MetricsExport.json(board.race(), hash, board.statuses())
                    : MetricsExport.csv(board.race()));
        }
    }
}
