package descent.web.layers;

import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/** The notices above the lab: what of a link could not be used, always as text, never as HTML. */
final class LinkNotices {
    private LinkNotices() {
    }

    static void show(List<String> notices) {
        HTMLElement box = Dom.byId("notices");
        El.clear(box);
        if (notices.isEmpty()) {
            box.setHidden(true);
            return;
        }
        box.appendChild(El.text("p", "", "Some of the link could not be used as written:"));
        HTMLElement list = El.make("ul", "");
        for (String n : notices) {
            list.appendChild(El.text("li", "", n));
        }
        box.appendChild(list);
        box.setHidden(false);
    }
}
