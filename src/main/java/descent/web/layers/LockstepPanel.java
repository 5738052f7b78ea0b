package descent.web.layers;

import descent.core.data.DatasetKind;
import descent.core.data.table.TableKind;
import descent.core.experiment.LaneCheck;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.optim.OptimizerKind;
import descent.web.TableFiles;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.engine.RemoteLanes;
import descent.web.lanes.LaneBoard;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The same deep network trained in lockstep four ways — two initializations, each with and without batch norm —
 * on the comparison playground's own {@link LaneBoard}: its race, lane cards and charts, trained by the engine's
 * worker unless the link says {@code ?thread=main}.
 */
final class LockstepPanel implements LaneBoard.Host {
    /** Lanes are kept narrow enough that their decision boundaries stay cheap to redraw. */
    static final int MAX_WIDTH = 16;
    /** A deep lane's map is res² forward passes: a page training the lanes itself redraws one this often. */
    private static final double FIELD_INTERVAL_MS = 400;

    private final HTMLSelectElement initA = Dom.byId("cmp-init-a");
    private final HTMLSelectElement initB = Dom.byId("cmp-init-b");
    private final HTMLSelectElement rate = Dom.byId("cmp-lr");
    /** Made when the section is first built: its worker (and its four deep networks) cost nothing before. */
    private LaneBoard board;
    private int depth = 6;
    private int width = 8;
    private Activation activation = Activation.TANH;
    /** The lab's table (loaded before the lab switched to it), or null for the circle. */
    private TableKind table;

    void install(int depth, int width, Activation activation, TableKind table) {
        for (HTMLSelectElement s : new HTMLSelectElement[] {initA, initB}) {
            for (Init init : Init.values()) {
                s.appendChild(El.option(init.id(), init == Init.NORMAL ? "Normal N(0, 1)" : init.label()));
            }
        }
        initA.setValue(Init.XAVIER_UNIFORM.id());
        initB.setValue(Init.NORMAL.id());
        initA.addEventListener("change", e -> rebuild(false));
        initB.addEventListener("change", e -> rebuild(false));
        rate.addEventListener("change", e -> rebuild(false));
        Dom.onClick("cmp-play", () -> {
            ensureBuilt();
            board.training().toggle();
        });
        Dom.onClick("cmp-step", () -> {
            ensureBuilt();
            board.training().step(1);
        });
        Dom.onClick("cmp-reset", () -> {
            ensureBuilt();
            board.training().reset();
        });
        this.depth = depth;
        this.width = Math.min(width, MAX_WIDTH);
        this.activation = activation;
        this.table = table;
    }

    /**
     * Builds the comparison in the background, one lane per task. The page calls it when the section comes
     * into view: four deep networks are the costliest part of the page and nobody sees them before scrolling.
     */
    void build() {
        if (board == null) {
            rebuild(true);
        }
    }

    /** Builds the comparison at once if it does not exist yet (a control was used before it came into view). */
    void ensureBuilt() {
        if (board == null || board.isBuilding()) {
            rebuild(false);
        }
    }

    /** The lab's network shape (width capped at {@link #MAX_WIDTH}) and data; rebuilds the race once it exists. */
    void setShape(int depth, int width, Activation activation, TableKind table) {
        this.depth = depth;
        this.width = Math.min(width, MAX_WIDTH);
        this.activation = activation;
        this.table = table;
        if (board != null) {
            rebuild(false);
        }
    }

    private void rebuild(boolean oneCardPerTask) {
        if (board == null) {
            board = new LaneBoard(this, "lanes", "cmp-play", "step-count", null, FIELD_INTERVAL_MS,
                    RemoteLanes.asked());
        }
        board.training().pause();
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = DatasetKind.CIRCLE;
        c.points = 200;
        if (table != null) { // a shipped table is in LoadedTables: the lab was built on it first
            c.table = table;
            c.loadedTable = TableFiles.cached(table);
        }
        c.activation = activation;
        c.hiddenLayers = new int[depth];
        for (int i = 0; i < depth; i++) {
            c.hiddenLayers[i] = width;
        }
        Init a = initFor(initA.getValue());
        Init b = initFor(initB.getValue());
        double lr = LayersPage.parse(rate.getValue(), 0.3);
        c.lanes = new LaneConfig[] {lane(a, false, lr), lane(a, true, lr), lane(b, false, lr), lane(b, true, lr)};
        for (LaneConfig l : c.lanes) {
            String problem = LaneCheck.problem(c, l);
            if (!problem.isEmpty()) {
                Dom.setText("cmp-note", problem);
                return;
            }
        }
        board.show(board.raceFor(c), oneCardPerTask, () -> built(lr));
    }

    private void built(double lr) {
        Dom.setText("cmp-note", "Four lanes of the comparison playground: " + depth + " hidden layers of " + this.width
                + " " + activationName() + " units " + (table == null ? "on the circle data"
                : "on the 8×8 digits (64 inputs → 10 classes, softmax cross-entropy; each lane shows its confusion matrix)")
                + ", gradient descent with ε = " + Format.shortest(lr)
                + ", batches of 10, the same data and minibatch order in every lane"
                + (width > MAX_WIDTH ? " (the lab's width is capped at " + MAX_WIDTH + " here to keep four lanes fast)" : "")
                + ".");
    }

    @Override
    public void lanesChanged() {
        board.charts().setLogScale(true);
    }

    private String activationName() {
        return activation == Activation.RELU ? "ReLU" : activation == Activation.SIGMOID ? "sigmoid" : "tanh";
    }

    private static LaneConfig lane(Init init, boolean batchNorm, double lr) {
        LaneConfig l = LaneConfig.of(OptimizerKind.GD, lr);
        l.init = init;
        l.initScale = 1;
        l.batchNorm = batchNorm;
        l.label = (init == Init.NORMAL ? "N(0, 1)" : init.label()) + (batchNorm ? " + batch norm" : ", no batch norm");
        return l;
    }

    private static Init initFor(String id) {
        Init i = Init.fromId(id);
        return i == null ? Init.XAVIER_UNIFORM : i;
    }

    /** The lanes as JSON for the script API ([] before the section was first scrolled to). */
    String json() {
        return board == null ? "[]" : board.lanesJson();
    }
}
