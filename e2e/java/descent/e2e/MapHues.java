package descent.e2e;

import com.microsoft.playwright.Page;

import java.util.List;

/** The dominant hues of a lane's map on the canvas: one per class region when the K-class map is drawn. */
final class MapHues {
    private MapHues() {
    }

    /**
     * The 30°-wide hue bins holding more than 5% of the map's coloured pixels (panel, ink and undecided cells,
     * being grey, are not counted), for the canvas whose label starts with "Decision boundary of lane {lane}".
     */
    @SuppressWarnings("unchecked")
    static List<Object> of(Page page, int lane) {
        return (List<Object>) page.evaluate("lane => {"
                + " const c = document.querySelector('canvas[aria-label^=\"Decision boundary of lane ' + lane + '\"]');"
                + " const g = c.getContext('2d'); const d = g.getImageData(0, 0, c.width, c.height).data;"
                + " const bins = new Map();"
                + " for (let i = 0; i < d.length; i += 4 * 7) {"
                + "  const r = d[i], gr = d[i+1], b = d[i+2]; const mx = Math.max(r, gr, b), mn = Math.min(r, gr, b);"
                + "  if (mx - mn < 40) continue;"
                + "  let h; if (mx === r) h = ((gr - b) / (mx - mn)) % 6; else if (mx === gr) h = (b - r) / (mx - mn) + 2;"
                + "  else h = (r - gr) / (mx - mn) + 4; const bin = Math.round(((h * 60) + 360) % 360 / 30) % 12;"
                + "  bins.set(bin, (bins.get(bin) || 0) + 1); }"
                + " const total = [...bins.values()].reduce((a, b) => a + b, 0);"
                + " return [...bins.entries()].filter(e => e[1] > 0.05 * total).map(e => e[0]); }", lane);
    }
}
