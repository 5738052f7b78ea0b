package descent.web;

/**
 * Entry point of the bench page's own JavaScript build: a script holding only what this page reaches loads
 * and starts faster than one holding every page. {@link Main} stays the entry of the all-pages build.
 */
public final class BenchEntry {
    private BenchEntry() {
    }

    public static void main(String[] args) {
        new BenchPage().start();
    }
}
