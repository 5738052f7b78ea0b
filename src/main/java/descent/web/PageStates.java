package descent.web;

import descent.core.experiment.LaneCheck;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.optim.OptimizerKind;
import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.ArrayList;
import java.util.List;

/**
 * How a page turns a playground state it was given into one it can run, and says what it changed: the comparison
 * page, and the landscape page for the lane a link carries over.
 */
public final class PageStates {
    private PageStates() {
    }

    /** The configuration with the learner's stored data filled in when it asks for it (or a notice). */
    public static PlaygroundConfig withStoredData(PlaygroundConfig config, List<String> notices) {
        PlaygroundConfig next = config.copy();
        if (next.ownData && next.customData == null && next.customTable == null) {
            descent.core.data.CsvImport.Result stored = OwnData.stored();
            next.customData = stored != null && stored.ok() ? stored.dataset() : null;
            next.customTable = stored != null && stored.ok() ? stored.table() : null;
            if (!next.usesOwn()) {
                next.ownData = false;
                notices.add(stored == null
                        ? "this link trains on the learner's own data, which is kept in each browser and none is "
                        + "stored in this one: showing generated data instead"
                        : "this link trains on the learner's own data, but what this browser stored no longer "
                        + "reads (" + stored.error() + "): showing generated data instead");
            }
        }
        return next;
    }

    /**
     * Whether {@code config} names a shipped table this page has not read yet. Then it starts reading it and
     * returns true; {@code then} gets the configuration with the table (or, if it could not be read, back on
     * the plane with a notice) once the file has arrived. A table the page has read is filled in at once. (In
     * worker mode the page reads the file too and hands the table to the engine: the worker reads no files.)
     */
    public static boolean awaitingTable(PlaygroundConfig config, List<String> notices,
                                 java.util.function.Consumer<PlaygroundConfig> then) {
        if (!config.usesTable() || config.tableReady()) {
            return false;
        }
        descent.core.data.table.Table cached = TableFiles.cached(config.table);
        if (cached != null) {
            config.loadedTable = cached;
            return false;
        }
        PlaygroundConfig waiting = config.copy();
        Dom.document().getBody().setAttribute("data-loading", waiting.table.id()); // tests and hosts wait for it
        TableFiles.load(waiting.table, (table, error) -> {
            Dom.document().getBody().removeAttribute("data-loading");
            if (table != null) {
                waiting.loadedTable = table;
            } else {
                notices.add(waiting.table.title() + ": " + error);
                waiting.table = null;
            }
            then.accept(waiting);
        });
        return true;
    }

    /** Drops lanes the race would refuse, saying why, so that a link never breaks the page. */
    static PlaygroundConfig runnable(PlaygroundConfig c, List<String> notices) {
        PlaygroundConfig out = c.copy();
        List<LaneConfig> kept = new ArrayList<>();
        for (int i = 0; i < out.lanes.length; i++) {
            String problem = LaneCheck.problem(out, out.lanes[i]);
            if (problem.isEmpty()) {
                kept.add(out.lanes[i]);
            } else {
                notices.add("lane " + (i + 1) + " (" + out.lanes[i].displayLabel() + ") left out: " + problem);
            }
        }
        if (kept.isEmpty()) {
            kept.add(LaneConfig.of(OptimizerKind.GD, 0.1));
        }
        out.lanes = kept.toArray(new LaneConfig[0]);
        return out;
    }

    /** The notices above the lanes: what of a link or of a change could not be used as written. */
    static void showNotices(List<String> notices, boolean fromLink) {
        HTMLElement box = Dom.byId("notices");
        El.clear(box);
        if (notices.isEmpty()) {
            box.setHidden(true);
            return;
        }
        box.appendChild(El.text("p", "", fromLink ? "Some of the link could not be used as written:"
                : "Some of this change could not be made:"));
        HTMLElement list = El.make("ul", "");
        for (String notice : notices) {
            list.appendChild(El.text("li", "", notice));
        }
        box.appendChild(list);
        box.setHidden(false);
    }

    /**
     * A call from the page that embeds this one was refused: said above the lanes, so that the learner knows
     * a host asked (a host that polls gets the same line again, not a growing list).
     */
    static void showHostRefusal(String reason) {
        HTMLElement box = Dom.byId("notices");
        El.clear(box);
        box.appendChild(El.text("p", "", "The page around this one asked for something and was refused:"));
        HTMLElement list = El.make("ul", "");
        list.appendChild(El.text("li", "", reason + "."));
        box.appendChild(list);
        box.setHidden(false);
    }
}
