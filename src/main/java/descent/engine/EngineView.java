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
        for (int i = 0; i < laneCount; i++) {
            at = lanes[i].read(n, at);
            lanes[i].readTexts(texts, i * EngineProtocol.LANE_TEXTS);
            if ((maps & (1 << i)) != 0) {
                lanes[i].readImages(s.maps, image);
                image += lanes[i].imageBytes();
            }
        }
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
