package descent.web;

/**
 * Entry point of the layers page's own JavaScript build: a script holding only what this page reaches loads
 * and starts faster than one holding every page. {@link Main} stays the entry of the all-pages build.
 */
public final class LayersEntry {
    private LayersEntry() {
    }

    public static void main(String[] args) {
        new descent.web.layers.LayersPage().start();
    }
}
