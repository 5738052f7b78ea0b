package descent.web;

import descent.web.dom.Dom;

/** Entry point of both compiled builds (JS and Wasm GC): starts the app the page asks for. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String page = Dom.bodyAttribute("data-page");
        if (page.equals("bench")) {
            new BenchPage().start();
        } else if (page.equals("layers")) {
            new descent.web.layers.LayersPage().start();
        } else if (page.equals("course")) {
            new descent.web.course.CoursePage().start();
        } else if (page.equals("landscape")) {
            new descent.web.landscape.LandscapePage().start();
        } else {
            new ComparisonPage().start();
        }
    }
}
