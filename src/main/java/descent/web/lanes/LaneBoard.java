package descent.web.lanes;

import descent.core.experiment.LaneCheck;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.LaneReadout;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.optim.OptimizerKind;
import descent.web.ScriptApi;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.engine.RemoteLanes;
import descent.web.state.HashState;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A race's lanes on a page: their cards ({@link LaneView}), their charts ({@link ChartsPanel}), Play, Step and
 * Reset, and the engine's worker that trains them ({@link RemoteLanes}) unless the link says {@code ?thread=main}.
 * The comparison playground and the layers lab's lockstep comparison are both this board; the page (its
 * {@link Host}) decides which lanes race and what else a change of lanes means to it.
 *
 * <p>With the worker, the board's race holds the lanes' settings, data and θ₀ only and is never trained: every
 * number a card or chart shows comes from the engine's latest snapshot ({@link #readout}).
 */
public final class LaneBoard implements LaneView.Listener {
    /** What the page adds to the board's work; every method has a default that does nothing. */
    public interface Host {
        /** The lane the learner just set, renamed if the page names lanes by their settings (a lesson does). */
        default LaneConfig retitled(int lane, LaneConfig next) {
            return next;
        }

        /** Steps before the page wants play to pause once (a lesson's step count), else Integer.MAX_VALUE. */
        default int stepsBeforeDue(Race race) {
            return Integer.MAX_VALUE;
        }

        /** A card just made, before it shows: what the page offers on it (map clicks, file names, open views). */
        default void cardAdded(LaneView view) {
        }

        /** Every change of lanes ends here, once cards and charts see the current runs, before they are drawn. */
        default void lanesChanged() {
        }

        /** The learner changed lane {@code lane} on its card (after {@link #lanesChanged}). */
        default void laneEdited(int lane) {
        }

        /** A view inside a card opened or closed. */
        default void viewsChanged() {
        }

        /** After each frame's drawing; {@code slowClock} a few times a second (verdicts, tables). */
        default void drawn(boolean running, boolean slowClock) {
        }

        /** The engine's snapshot has been read into the board's readouts. */
        default void snapshotRead() {
        }
    }

    private final Host host;
    private final List<LaneView> views = new ArrayList<>();
    private final HTMLElement lanesBox;
    private final ChartsPanel charts = new ChartsPanel();
    private final LaneTraining training;
    private final RemoteLanes remote;
    private Race race;
    private boolean building;
    private int generation;

    /**
     * @param speedId the element that shows steps per second while playing, or null
     * @param fieldIntervalMs how often a page training its lanes itself redraws one lane's map (0: every frame;
     *     deep lanes make a map costly)
     * @param inWorker whether the engine's worker trains (else this page's frames do)
     */
    public LaneBoard(Host host, String lanesId, String playId, String stepCountId, String speedId,
            double fieldIntervalMs, boolean inWorker) {
        this.host = host;
        this.lanesBox = Dom.byId(lanesId);
        this.training = new LaneTraining(this, host, playId, stepCountId, speedId, fieldIntervalMs);
        this.remote = inWorker ? new RemoteLanes(training) : null;
    }

    /** Play, Step, Reset, the script API's steps, and each frame's drawing. */
    public LaneTraining training() {
        return training;
    }

    public Race race() {
        return race;
    }

    /**
     * A race to {@link #show} for this configuration: where the worker trains, the page's copy only holds the
     * lanes' settings, data and θ₀ (it does not evaluate θ₀: the engine's first snapshot brings those numbers).
     */
    public Race raceFor(descent.core.experiment.PlaygroundConfig config) {
        return remote != null ? Race.settingsOnly(config) : new Race(config);
    }

    /**
     * Runs once the lanes show real numbers: at once where the page trains them, else when the engine's first
     * snapshot of this race has been read (the page's settings-only race has none of its own).
     */
    public void whenNumbers(Runnable then) {
        if (remote == null) {
            then.run();
        } else {
            remote.whenNumbers(then);
        }
    }

    /** The engine's worker, or null when this page trains the race itself. */
    public RemoteLanes remote() {
        return remote;
    }

    public ChartsPanel charts() {
        return charts;
    }

    public List<LaneView> views() {
        return views;
    }

    public boolean isRunning() {
        return training.isRunning();
    }

    /** Whether a race's cards are still being made (one per task). */
    public boolean isBuilding() {
        return building;
    }

    /** Lane i's numbers: from the board's own race, or from the engine's last snapshot. */
    public LaneReadout readout(int i) {
        return remote == null ? race.run(i) : remote.lane(i);
    }

    /**
     * Shows a new race: the engine builds its own from it, and the cards are made at once or, with
     * {@code oneCardPerTask}, one per task (a card of a deep network is a noticeable moment); {@code then} runs
     * when they all exist, unless a newer race came first.
     */
    public void show(Race next, boolean oneCardPerTask, Runnable then) {
        training.halt();
        race = next;
        if (remote != null) {
            remote.configure(next);
        }
        El.clear(lanesBox);
        views.clear();
        int build = ++generation;
        building = true;
        Runnable finish = () -> {
            building = false;
            rebind();
            if (then != null) {
                then.run();
            }
        };
        if (oneCardPerTask) {
            addCardsFrom(0, build, finish);
        } else {
            for (int i = 0; i < race.laneCount(); i++) {
                addCard(i);
            }
            finish.run();
        }
    }

    private void addCardsFrom(int i, int build, Runnable then) {
        if (build != generation) {
            return; // a newer race has come
        }
        if (i == race.laneCount()) {
            then.run();
            return;
        }
        Window.setTimeout(() -> {
            if (build == generation) {
                addCard(i);
                addCardsFrom(i + 1, build, then);
            }
        }, 0);
    }

    private void addCard(int i) {
        LaneView view = new LaneView(i, race.lane(i), this);
        host.cardAdded(view);
        views.add(view);
        lanesBox.appendChild(view.element());
    }

    /** After any change of lanes: cards see their current runs, the charts all lanes, the engine what is open. */
    private void rebind() {
        int n = race.laneCount();
        if (remote != null) {
            remote.bindRuns(race); // before the cards bind: their views read the layout from these runs
        }
        LaneReadout[] runs = new LaneReadout[n];
        String[] labels = new String[n];
        String secondOrder = LaneCheck.secondOrderReason(OptimizerKind.NEWTON,
                LaneCheck.parameterCount(race.config(), false), true);
        boolean decays = false;
        for (int i = 0; i < n; i++) {
            LaneView view = views.get(i);
            view.setIndex(i);
            view.bind(readout(i));
            view.setRemovable(n > 1);
            view.setDuplicable(n < PlaygroundConfig.MAX_LANES);
            view.setSecondOrderAvailability(secondOrder);
            runs[i] = readout(i);
            labels[i] = race.lane(i).displayLabel();
            decays |= race.lane(i).decaysWeights();
        }
        charts.setLanes(runs, labels);
        charts.showWeights(decays);
        String net = Dom.encodeUriComponent(HashState.encode(race.config())); // the page may link its own hash
        for (int i = 0; i < n; i++) {
            views.get(i).setLandscapeLink("landscape.html#net=" + net + "&lane=" + i);
        }
        if (remote != null) {
            remote.watch(watchedLanes());
        }
        host.lanesChanged();
        training.redrawLanes();
    }

    // ---- lanes ----

    @Override
    public void laneChanged(int lane, LaneConfig next, boolean restart) {
        String problem = LaneCheck.problem(race.config(), next);
        if (!problem.isEmpty()) {
            views.get(lane).setConfig(race.lane(lane));
            views.get(lane).note("Not changed: " + problem + ".");
            return;
        }
        LaneConfig titled = host.retitled(lane, next);
        views.get(lane).setLabel(titled.label);
        String notice = race.changeLane(lane, titled, restart);
        if (remote != null) {
            remote.changeLane(lane, race, restart);
        }
        rebind();
        views.get(lane).note(notice.isEmpty() ? "" : "Changed: " + notice + ".");
        host.laneEdited(lane);
    }

    @Override
    public void duplicateLane(int lane) {
        if (race.laneCount() < PlaygroundConfig.MAX_LANES) {
            int index = race.duplicateLane(lane);
            if (remote != null) {
                remote.duplicateLane(lane, index);
            }
            addCard(index);
            rebind();
        }
    }

    @Override
    public void removeLane(int lane) {
        if (race.laneCount() > 1) {
            race.removeLane(lane);
            if (remote != null) {
                remote.removeLane(lane);
            }
            lanesBox.removeChild(views.remove(lane).element());
            rebind();
        }
    }

    /** Adds a lane of these settings (nothing when the race is full). */
    public void addLane(LaneConfig lane) {
        if (race.laneCount() < PlaygroundConfig.MAX_LANES) {
            int index = race.addLane(lane);
            if (remote != null) {
                remote.addLane(index, race);
            }
            addCard(index);
            rebind();
        }
    }

    @Override
    public void viewsChanged() {
        if (remote != null) {
            remote.watch(watchedLanes());
        }
        host.viewsChanged();
    }

    /** The lanes (by index) whose view {@code open} says is open: what a link carries as rule= and diagram=. */
    public int[] openViews(Predicate<LaneView> open) {
        int count = 0;
        for (LaneView view : views) {
            count += open.test(view) ? 1 : 0;
        }
        int[] lanes = new int[count];
        int k = 0;
        for (int i = 0; i < views.size(); i++) {
            if (open.test(views.get(i))) {
                lanes[k++] = i;
            }
        }
        return lanes;
    }

    /** The lanes whose insides a view shows (rule view or network diagram open), bit i = lane i. */
    private int watchedLanes() {
        int mask = 0;
        for (int i = 0; i < views.size(); i++) {
            mask |= views.get(i).isRuleOpen() || views.get(i).isNetworkOpen() ? 1 << i : 0;
        }
        return mask;
    }

    /** Each lane's status id (running, converged, diverged …), as the cards show it. */
    public String[] statuses() {
        String[] out = new String[views.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = views.get(i).statusId(training.isRunning());
        }
        return out;
    }

    /** The lanes as the script API's JSON list: label, step, losses, accuracy, gradient norm, status. */
    public String lanesJson() {
        if (race == null || building) {
            return "[]";
        }
        boolean running = training.isRunning();
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < race.laneCount(); i++) {
            LaneReadout r = readout(i);
            s.append(i > 0 ? "," : "").append('{')
                    .append("\"label\":").append(ScriptApi.quote(race.lane(i).displayLabel()))
                    .append(",\"step\":").append(r.stepCount())
                    .append(",\"trainLoss\":").append(ScriptApi.number(r.trainLoss()))
                    .append(",\"valLoss\":").append(ScriptApi.number(r.validationLoss()))
                    .append(",\"accuracy\":").append(ScriptApi.number(r.validationAccuracy()))
                    .append(",\"gradNorm\":").append(ScriptApi.number(r.gradientNorm()))
                    .append(",\"status\":").append(ScriptApi.quote(views.get(i).statusId(running)))
                    .append('}');
        }
        return s.append(']').toString();
    }
}
