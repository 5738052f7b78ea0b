package descent.engine;

import descent.engine.EngineProtocol.Snapshot;

/** The page's copy of the engine's race, kept up to date by reading every snapshot in order. */
public final class EngineView {
    private final LaneMirror[] lanes = new LaneMirror[descent.core.experiment.PlaygroundConfig.MAX_LANES];
    private final String[] lessonTexts = {"", "", "", "", ""};
    private int laneCount;
    private boolean playing;
    private boolean finished;
    private int seq;
    private String notice = "";
    private final SurfaceMirror surface = new SurfaceMirror();
    /** A new race was configured: snapshots of the old one (already on their way) are passed over. */
    private boolean awaitingRace;
    private int expectedLanes;

    public EngineView() {
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new LaneMirror();
        }
    }

    /** Takes in one snapshot; returns the lanes whose map it brought (bit i = lane i). */
    public int read(Snapshot s) {
        double[] n = s.numbers;
        seq = (int) n[EngineProtocol.SEQ];
        playing = n[EngineProtocol.PLAYING] == 1;
        finished = n[EngineProtocol.FINISHED] == 1;
        laneCount = (int) n[EngineProtocol.LANE_COUNT];
        int maps = (int) n[EngineProtocol.MAP_LANES];
        String[] texts = s.texts.split(EngineProtocol.TEXT_SEPARATOR, -1);
        int at = EngineProtocol.HEADER;
        int image = 0;
        boolean allFresh = true;
        for (int i = 0; i < laneCount; i++) {
            boolean passedOver = lanes[i].isAwaitingFresh() && n[at + EngineProtocol.FRESH] != 1;
            allFresh &= n[at + EngineProtocol.FRESH] == 1;
            int bytes = LaneMirror.imageBytes(n, at);
            at = lanes[i].read(n, at);
            if (!passedOver) {
                lanes[i].readTexts(texts, i * EngineProtocol.LANE_TEXTS);
            }
            if ((maps & (1 << i)) != 0) {
                if (!passedOver) {
                    lanes[i].readImages(s.maps, image);
                }
                image += bytes;
            }
        }
        if (awaitingRace && !allFresh) {
            surface.read(n, at); // the old race's: the lesson and notice below are the old race's too
            laneCount = expectedLanes;
            playing = false;
            return 0;
        }
        awaitingRace = false;
        surface.read(n, at);
        int last = laneCount * EngineProtocol.LANE_TEXTS;
        notice = last < texts.length ? texts[last] : "";
        for (int i = 0; i < EngineProtocol.LESSON_TEXTS; i++) {
            int k = last + 1 + i;
            lessonTexts[i] = k < texts.length ? texts[k] : "";
        }
        surface.readTexts(texts, last + 1 + EngineProtocol.LESSON_TEXTS);
        return maps;
    }

    /**
     * The page configured a new race: every lane shows the page's own run of it until the engine's fresh numbers
     * come, and the lesson's texts start empty.
     */
    public void expectRace(descent.core.experiment.Race race) {
        awaitingRace = true;
        laneCount = race.laneCount();
        expectedLanes = laneCount;
        java.util.Arrays.fill(lessonTexts, "");
        notice = "";
        for (int i = 0; i < race.laneCount(); i++) {
            lanes[i].prime(race.run(i));
        }
    }

    /** Lane i starts over on the page's side (a restart, an added or duplicated lane): see LaneMirror.prime. */
    public void expectFresh(int i, descent.core.experiment.Run own) {
        lanes[i].prime(own);
        laneCount = Math.max(laneCount, i + 1);
    }

    /** Lane i was removed on the page's side: the mirrors after it move up with their lanes. */
    public void removed(int lane) {
        LaneMirror gone = lanes[lane];
        System.arraycopy(lanes, lane + 1, lanes, lane, lanes.length - lane - 1);
        lanes[lanes.length - 1] = gone;
        laneCount = Math.max(0, laneCount - 1);
    }

    /** The lesson's text {@code i} of the last snapshot ({@link EngineProtocol#LESSON_DUE} …). */
    public String lessonText(int i) {
        return lessonTexts[i];
    }

    /** The loss surface as the engine last told it. */
    public SurfaceMirror surface() {
        return surface;
    }

    public int laneCount() {
        return laneCount;
    }

    public LaneMirror lane(int i) {
        return lanes[i];
    }

    /** Whether the numbers of the race last expected have yet to come (the lanes show the page's settings only). */
    public boolean isAwaitingRace() {
        return awaitingRace;
    }

    public boolean isPlaying() {
        return playing;
    }

    public boolean isFinished() {
        return finished;
    }

    public int seq() {
        return seq;
    }

    /** The engine's notice about the last lane change ("" for none). */
    public String notice() {
        return notice;
    }

    /** The largest step count over the lanes. */
    public int furthestStep() {
        int step = 0;
        for (int i = 0; i < laneCount; i++) {
            step = Math.max(step, lanes[i].stepCount());
        }
        return step;
    }
}
