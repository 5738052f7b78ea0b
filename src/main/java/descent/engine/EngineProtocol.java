package descent.engine;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.typedarrays.Float64Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Every message between a page and its training engine (the {@link Engine}, run in a dedicated Web Worker by
 * {@link EngineWorker}, or in the page's own thread where there is no Worker). The page sends small
 * {@link Command}s; the engine answers with {@link Snapshot}s, at most one per {@link #PULL} (the page pulls
 * once per animation frame) or per finished {@link #STEP}: never one per training step.
 *
 * <h2>Commands (page → engine)</h2>
 * <ul>
 * <li>{@link #CONFIGURE}: {@code text} = the playground state as its URL hash ({@code HashState.encode});
 *     {@code data} = the learner's own points when the state asks for them ({@link DataPacking#packData}), or the table the
 *     lanes learn — the learner's own or a shipped file as the page read it ({@link DataPacking#packTable}, with its column
 *     and class names in {@code names}) — else null. A new race: every lane is fresh in the next snapshot.</li>
 * <li>{@link #PLAY}: train until {@link #PAUSE}, until every lane stopped, or until the furthest lane reaches
 *     step {@code n} when n &gt; 0 (a lesson's step count).</li>
 * <li>{@link #PAUSE}.</li>
 * <li>{@link #STEP}: {@code n} more steps for every lane (pausing play first); the snapshot that ends it carries
 *     {@link #DONE} = {@code id} and {@link #TAKEN} = how far the furthest lane got since it came. Steps an earlier
 *     STEP still had left are added to it (that one is answered at once with how far it got).</li>
 * <li>{@link #RESET}: every lane back to θ₀ at step 0.</li>
 * <li>{@link #CHANGE_LANE}: lane {@code lane} becomes lane {@code lane} of the state in {@code text};
 *     {@code flag} = restart it; the engine's notice comes back in the snapshot's texts.</li>
 * <li>{@link #ADD_LANE}: adds lane {@code lane} of the state in {@code text}. {@link #DUPLICATE_LANE},
 *     {@link #REMOVE_LANE}: of lane {@code lane}.</li>
 * <li>{@link #WATCH}: {@code n} = the lanes (bit i = lane i) whose insides the page shows (an open rule view or
 *     network diagram): their step-size statistics are recorded from now on, and their internals block comes in
 *     the next snapshot, in every snapshot that ends a STEP, and when a PULL asks for it.</li>
 * <li>{@link #EXPORT}: every lane's metric histories as a file, {@code n} = 0 for CSV, 1 for JSON ({@code text} =
 *     the page's hash, {@code names} = the lanes' statuses, each followed by {@link #TEXT_SEPARATOR}); answered
 *     at once by an {@link #EXPORTED} message with the same {@code id} and the file in {@code text}.</li>
 * <li>{@link #SURFACE}: {@code n} = 0 closes the loss surface, 1 asks for it on the principal plane, 2 on a random
 *     one. The engine builds it from its lanes' paths (again when they change, and when they rest after moving
 *     on), computes its grid in its slices and sends a snapshot unasked when it is done.</li>
 * <li>{@link #PULL}: the page is about to draw: send what changed; {@code n} = the watched lanes whose internals
 *     block it wants in this snapshot (the page asks a few times a second, not every frame).</li>
 * </ul>
 *
 * <h2>Snapshots (engine → page)</h2>
 * {@code numbers} (a Float64Array, transferred): a header of {@link #HEADER} values ({@link #SEQ} …
 * {@link #LANE_COUNT}), then per lane {@link #LANE_VALUES} values ({@link #STEP_COUNT} …) followed by, for each
 * of the {@link #SERIES} histories, its count c of new (step, value) pairs and the 2c values, then its table block:
 * a count c and c values — for a table lane ({@link #TABLE_CLASSES} = K &gt; 0) whose map this snapshot brings, the
 * K² counts C[y][ŷ] of its validation confusion matrix (row by row), the number listed of misclassified examples,
 * then {@code TableReadout.LISTED} validation indices and as many predicted classes; else c = 0; then its
 * internals block: a count c and c values — for a watched lane when due, the step s they are of, P, θ (P values),
 * 1 if the rule accounts for its steps ({@code RuleTerms}) else 0, and then T, the P × T terms (parameter by
 * parameter), S, the S scalars, the parameter of largest |g|, ‖v‖, α, m, the m Hessian eigenvalues and the m
 * curvatures the rule divided by; else c = 0. After the last lane, the surface section: state (0 off, 1
 * computing, 2 done, 3 failed), progress in [0, 1], the build's number, a count c and c values — once per build,
 * when it is done: the grid's side g, xMin, xMax, yMin, yMax, the g² values of J row by row, 0 for the principal
 * plane or 1 for a random one, the share of the movement held, the step it was built at, the number L of lanes
 * and per lane its race index, J at its last point, J on the plane there, m and m triples (step, a, b) — then a
 * count L' and L' live positions (a, b), one per lane of the surface. A lane with
 * {@link #FRESH} = 1 was rebuilt, reset or changed: its histories start over and hold every stored point.
 * {@code texts}: per lane {@link #LANE_TEXTS} strings, then the engine's notice, then the lesson's
 * {@link #LESSON_TEXTS} strings, then the surface's three (why there is none, which lanes were left out, the
 * plane's note), each followed by {@link #TEXT_SEPARATOR}.
 * {@code maps} (an Int8Array, transferred): for each lane in the bitmask {@link #MAP_LANES}, in lane order, its
 * decision map as {@link #MAP_RESOLUTION}² unsigned levels 0…255 between {@link #MAP_LO} and {@link #MAP_HI}
 * (and right after it, when the lane averages its iterates ({@link #AVERAGING} = 1), its map at the averaged
 * weights θ̂, the same way),
 * in {@code Run.predictGrid}'s order over the
 * square ±{@code Dataset.EXTENT}; a non-finite output is level 0. A table lane on two inputs sends its K-class map
 * instead, over the square ±{@link #MAP_EXTENT}: {@link #MAP_RESOLUTION}² class indices, then as many levels
 * 0…255 of softmax(z)_max ∈ [0, 1]; a table lane of more inputs sends no image (its confusion block says it all).
 *
 * <h2>The layers lab's commands and snapshots</h2>
 * A worker serves lanes or the lab, whichever its first command is for. {@link #LAB_CONFIGURE}: {@code text} =
 * the lab's settings as its link ({@code LayersLink.encode}), {@code data} = a shipped table as the page read it
 * ({@link DataPacking#packTable}, names in {@code names}; sent once per worker) or null. {@link #LAB_PLAY},
 * {@link #LAB_PAUSE}, {@link #LAB_STEP} ({@code n} more steps, answered as STEP is), {@link #LAB_RESET},
 * {@link #LAB_PULL}. A lab snapshot's {@code numbers}: {@link #SEQ}, {@link #DONE}, {@link #TAKEN},
 * {@link #PLAYING}, {@link #LAB_GENERATION} (how many LAB_CONFIGUREs and LAB_RESETs came: the page drops a
 * snapshot of an earlier one), then {@code LabJob.pack}'s layout; it also comes unasked when a LAB_STEP under way
 * filled the engine's record of points. Texts and maps are empty.
 *
 * <h2>A lane's network slices</h2>
 * {@link #SLICES}: lane 0 of the state in {@code text} (the page sends the linked lane alone), its data in
 * {@code data} as for CONFIGURE: train it and slice its loss ({@code SliceJob}). {@link #SLICES_PULL}. A slices
 * snapshot's {@code numbers}: {@link #SEQ}, {@link #SLICES_STATE} (0 training, 1 slicing, 2 projecting, 3 done,
 * 4 failed), {@link #SLICES_PROGRESS} in [0, 1], {@link #SLICES_STEPS}; once done, three blocks of a count c and
 * c values: the line, the plane (row by row), the path's a; then as many b. Its text: why it failed, else "".
 * It also comes unasked once the slices are done or failed.
 */
public final class EngineProtocol {
    private EngineProtocol() {
    }

    // ---- command kinds ----
    public static final String CONFIGURE = "configure";
    public static final String PLAY = "play";
    public static final String PAUSE = "pause";
    public static final String STEP = "step";
    public static final String RESET = "reset";
    public static final String CHANGE_LANE = "change-lane";
    public static final String ADD_LANE = "add-lane";
    public static final String DUPLICATE_LANE = "duplicate-lane";
    public static final String REMOVE_LANE = "remove-lane";
    public static final String PULL = "pull";
    public static final String WATCH = "watch";
    public static final String EXPORT = "export";
    public static final String SURFACE = "surface";
    public static final String LAB_CONFIGURE = "lab-configure";
    public static final String LAB_PLAY = "lab-play";
    public static final String LAB_PAUSE = "lab-pause";
    public static final String LAB_STEP = "lab-step";
    public static final String LAB_RESET = "lab-reset";
    public static final String LAB_PULL = "lab-pull";
    public static final String SLICES = "slices";
    public static final String SLICES_PULL = "slices-pull";
    /** What every lab command's kind starts with. */
    public static final String LAB = "lab-";
    /** The kind of the engine's answer to an EXPORT (every other message it sends is a SNAPSHOT). */
    public static final String EXPORTED = "exported";
    /** The kind of every message the engine sends. */
    public static final String SNAPSHOT = "snapshot";

    // ---- snapshot header ----
    public static final int SEQ = 0;
    /** The id of the STEP command this snapshot ends, or -1. */
    public static final int DONE = 1;
    /** For DONE: how many steps the furthest lane moved. */
    public static final int TAKEN = 2;
    /** 1 while the engine plays. */
    public static final int PLAYING = 3;
    /** 1 when no lane can step any more. */
    public static final int FINISHED = 4;
    public static final int MAP_LANES = 5;
    public static final int LANE_COUNT = 6;
    public static final int HEADER = 7;
    /** A lab snapshot's generation, in the place of FINISHED; its pull follows at LAB_HEADER. */
    public static final int LAB_GENERATION = 4;
    public static final int LAB_HEADER = 5;
    public static final int SLICES_STATE = 1;
    public static final int SLICES_PROGRESS = 2;
    public static final int SLICES_STEPS = 3;
    public static final int SLICES_HEADER = 4;

    // ---- per lane ----
    public static final int STEP_COUNT = 0;
    public static final int EPOCH = 1;
    public static final int TRAIN_LOSS = 2;
    public static final int VALIDATION_LOSS = 3;
    public static final int TRAIN_ACCURACY = 4;
    public static final int VALIDATION_ACCURACY = 5;
    public static final int GRADIENT_NORM = 6;
    public static final int STEP_LENGTH = 7;
    public static final int LEARNING_RATE = 8;
    public static final int CLIPPED_STEPS = 9;
    public static final int AVERAGED_TRAIN_LOSS = 10;
    public static final int GUARD_RAILS = 11;
    /** 0 running, 1 converged, 2 diverged. */
    public static final int STATUS = 12;
    public static final int DIVERGED_AT = 13;
    public static final int CONVERGED_AT = 14;
    public static final int AVERAGING = 15;
    public static final int FULL_BATCH = 16;
    public static final int FRESH = 17;
    /** The capacity of the lane's histories (the page's copies hold as many points). */
    public static final int SERIES_CAPACITY = 18;
    public static final int MAP_LO = 19;
    public static final int MAP_HI = 20;
    /** The batch size in use (examples per step). */
    public static final int BATCH_SIZE = 21;
    /** K for a table lane (softmax over K logits), 0 for a lane on the plane's data. */
    public static final int TABLE_CLASSES = 22;
    /** d, the lane's inputs. */
    public static final int INPUTS = 23;
    /** The half-width of the square a table lane's K-class map covers. */
    public static final int MAP_EXTENT = 24;
    public static final int LANE_VALUES = 25;

    // ---- histories, in the order they follow each lane's values ----
    public static final int TRAIN_LOSS_SERIES = 0;
    public static final int VALIDATION_LOSS_SERIES = 1;
    public static final int AVERAGED_TRAIN_LOSS_SERIES = 2;
    public static final int GRADIENT_NORM_SERIES = 3;
    public static final int STEP_LENGTH_SERIES = 4;
    public static final int VALIDATION_ACCURACY_SERIES = 5;
    public static final int WEIGHT_NORM_SERIES = 6;
    /** The step-size statistics of a watched lane ({@code OptimizerStatistics}): min, median and max ε_eff. */
    public static final int EFFECTIVE_MIN_SERIES = 7;
    public static final int EFFECTIVE_MEDIAN_SERIES = 8;
    public static final int EFFECTIVE_MAX_SERIES = 9;
    /** ‖v‖ and the terminal speed ε‖g‖/(1 − α) of a watched momentum lane. */
    public static final int SPEED_SERIES = 10;
    public static final int TERMINAL_SPEED_SERIES = 11;
    public static final int SERIES = 12;

    // ---- texts per lane ----
    public static final int DIVERGENCE_REASON = 0;
    public static final int CONVERGENCE_REASON = 1;
    public static final int LAST_GUARD_RAIL = 2;
    /** What a converged lane stopped at, as {@code StopCheck.Kind.id()} ("" when nothing is against it). */
    public static final int STOP_KIND = 3;
    /** The status line that says so ({@code StopCheck.note}), else "". */
    public static final int STOP_NOTE = 4;
    public static final int LANE_TEXTS = 5;
    public static final String TEXT_SEPARATOR = "\u001f";

    // ---- the lesson's texts, after the notice (all "" without a lesson or before its step count) ----
    /** "1" once the lesson is due: the furthest lane reached its step count, or every lane stopped. */
    public static final int LESSON_DUE = 0;
    /** "1" when the race still has the lesson's lanes, so its claim can be checked. */
    public static final int LESSON_CHECKABLE = 1;
    /** "1" when the claim holds (checked once, when it came due). */
    public static final int LESSON_HOLDS = 2;
    /** The numbers that decided it ({@code Verdict.measured}). */
    public static final int LESSON_MEASURED = 3;
    /** Which option of the lesson's prediction the run shows, or −1. */
    public static final int LESSON_ANSWER = 4;
    public static final int LESSON_TEXTS = 5;

    /** The side of a decision map in cells (the lane cards' resolution). */
    public static final int MAP_RESOLUTION = 48;

    /** A command, as the engine reads it (the same fields in the JS message). */
    public static final class Command {
        public final String kind;
        public final int id;
        public final int n;
        public final int lane;
        public final boolean flag;
        public final String text;
        public final double[] data;
        /** A table's column names then class names, each followed by {@link #TEXT_SEPARATOR} (else ""). */
        public final String names;

        public Command(String kind, int id, int n, int lane, boolean flag, String text, double[] data) {
            this(kind, id, n, lane, flag, text, data, "");
        }

        public Command(String kind, int id, int n, int lane, boolean flag, String text, double[] data, String names) {
            this.kind = kind;
            this.id = id;
            this.n = n;
            this.lane = lane;
            this.flag = flag;
            this.text = text == null ? "" : text;
            this.data = data;
            this.names = names == null ? "" : names;
        }

        public static Command of(String kind) {
            return new Command(kind, -1, 0, 0, false, "", null);
        }
    }

    /** A snapshot as built by the engine and read by the page. */
    public static final class Snapshot {
        public final double[] numbers;
        public final String texts;
        public final byte[] maps;

        public Snapshot(double[] numbers, String texts, byte[] maps) {
            this.numbers = numbers;
            this.texts = texts;
            this.maps = maps;
        }
    }

    // ---- the messages as JavaScript objects (structured-clone data; buffers are transferred) ----

    /** A message's fields; absent fields read as undefined (0, false, null). */
    public interface Message extends JSObject {
        @JSProperty
        String getKind();

        @JSProperty
        void setKind(String kind);

        @JSProperty
        int getId();

        @JSProperty
        void setId(int id);

        @JSProperty
        int getN();

        @JSProperty
        void setN(int n);

        @JSProperty
        int getLane();

        @JSProperty
        void setLane(int lane);

        @JSProperty
        boolean isFlag();

        @JSProperty
        void setFlag(boolean flag);

        @JSProperty
        String getText();

        @JSProperty
        void setText(String text);

        @JSProperty
        String getNames();

        @JSProperty
        void setNames(String names);

        @JSProperty
        Float64Array getNumbers();

        @JSProperty
        void setNumbers(Float64Array numbers);

        @JSProperty
        Int8Array getMaps();

        @JSProperty
        void setMaps(Int8Array maps);
    }

    @JSBody(script = "return {};")
    private static native Message newMessage();

    @JSBody(params = "m", script = "return !!m.numbers;")
    private static native boolean hasNumbers(Message m);

    @JSBody(params = "m", script = "return typeof m.names === 'string';")
    private static native boolean hasNames(Message m);

    public static Message toMessage(Command c) {
        Message m = newMessage();
        m.setKind(c.kind);
        m.setId(c.id);
        m.setN(c.n);
        m.setLane(c.lane);
        m.setFlag(c.flag);
        m.setText(c.text);
        m.setNames(c.names);
        if (c.data != null) {
            m.setNumbers(ownCopy(c.data));
        }
        return m;
    }

    public static Command command(Message m) {
        return new Command(m.getKind(), m.getId(), m.getN(), m.getLane(), m.isFlag(), m.getText(),
                hasNumbers(m) ? m.getNumbers().copyToJavaArray() : null, hasNames(m) ? m.getNames() : "");
    }

    public static Message toMessage(Snapshot s) {
        Message m = newMessage();
        m.setKind(SNAPSHOT);
        m.setNumbers(ownCopy(s.numbers));
        m.setText(s.texts);
        // A typed array of its own: in the JS build copyFromJavaArray hands out the Java array's storage.
        m.setMaps(Int8Array.create(Int8Array.copyFromJavaArray(s.maps)));
        return m;
    }

    /** The answer to EXPORT {@code id}: the file's text. */
    public static Message exported(int id, String file) {
        Message m = newMessage();
        m.setKind(EXPORTED);
        m.setId(id);
        m.setText(file);
        return m;
    }

    public static Snapshot snapshot(Message m) {
        return new Snapshot(m.getNumbers().copyToJavaArray(), m.getText(), m.getMaps().copyToJavaArray());
    }

    private static Float64Array ownCopy(double[] values) {
        return Float64Array.create(Float64Array.copyFromJavaArray(values));
    }

    /** The buffers a message gives away when posted (its numbers and maps), as a JS array. */
    @JSBody(params = "m", script = "var t = []; if (m.numbers) { t.push(m.numbers.buffer); }"
            + " if (m.maps) { t.push(m.maps.buffer); } return t;")
    public static native JSObject transferList(Message m);
}
