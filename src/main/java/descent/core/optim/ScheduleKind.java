package descent.core.optim;

/** The shapes of {@link LearningRateSchedule}, by the name the URL and controls use. */
public enum ScheduleKind {
    CONSTANT("constant"),
    LINEAR("linear"),
    STEP("step"),
    EXPONENTIAL("exponential"),
    INVERSE_TIME("inverse-time"),
    COSINE("cosine");

    private final String id;

    ScheduleKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The kind named {@code id}, or null. */
    public static ScheduleKind fromId(String id) {
        for (ScheduleKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
