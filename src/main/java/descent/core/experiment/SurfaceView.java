package descent.core.experiment;

import descent.core.landscape.LossPlane;

/** Whether the comparison shows all lanes on one loss surface, and on which plane: page state kept in the link. */
public enum SurfaceView {
    OFF("off", null),
    PRINCIPAL("pca", LossPlane.Directions.PRINCIPAL),
    RANDOM("random", LossPlane.Directions.RANDOM);

    private final String id;
    private final LossPlane.Directions directions;

    SurfaceView(String id, LossPlane.Directions directions) {
        this.id = id;
        this.directions = directions;
    }

    public String id() {
        return id;
    }

    /** The plane's directions; null when the view is off. */
    public LossPlane.Directions directions() {
        return directions;
    }

    /** The view of an id, or null (no Enum.valueOf: TeaVM cannot compile it). */
    public static SurfaceView fromId(String id) {
        for (SurfaceView v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }
}
