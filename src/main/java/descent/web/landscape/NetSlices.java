package descent.web.landscape;

/** Slices of a comparison lane's loss (filled in later). */
final class NetSlices {
    void start(String hash) {
    }

    String json() {
        return "{\"state\":\"none\"}";
    }
}
